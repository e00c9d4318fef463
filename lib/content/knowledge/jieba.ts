import { Jieba, TfIdf } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict.js";

export interface TaggedWord {
  word: string;
  tag: string;
}

let jieba: Jieba | null = null;
let tfIdf: TfIdf | null = null;

/** Loading the dictionary takes about 150 ms, so one instance serves the whole process. */
function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const tagCache = new Map<string, TaggedWord[]>();
const TAG_CACHE_LIMIT = 50_000;

/** The words of a text with their part-of-speech tags; kept per text (the generators tag the same texts many times). Each call gets its own copy. */
export function tagWords(text: string): TaggedWord[] {
  let words = tagCache.get(text);
  if (!words) {
    words = instance().tag(text, true);
    if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
    tagCache.set(text, words);
  }
  return words.map((word) => ({ ...word }));
}

export function cutWords(text: string): string[] {
  return instance().cut(text, true);
}

export function extractKeywords(text: string, count: number, allowedTags: string[]): string[] {
  tfIdf ??= TfIdf.withDict(idf);
  return tfIdf.extractKeywords(instance(), text, count, allowedTags).map((keyword) => keyword.keyword);
}
