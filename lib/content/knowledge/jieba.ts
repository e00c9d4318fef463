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

export function tagWords(text: string): TaggedWord[] {
  return instance().tag(text, true);
}

export function cutWords(text: string): string[] {
  return instance().cut(text, true);
}

export function extractKeywords(text: string, count: number, allowedTags: string[]): string[] {
  tfIdf ??= TfIdf.withDict(idf);
  return tfIdf.extractKeywords(instance(), text, count, allowedTags).map((keyword) => keyword.keyword);
}
