import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let jieba: Jieba | null = null;

/**
 * The segmenter the question generator uses (lib/content/knowledge/jieba.ts), in an instance
 * of its own: that file is part of the generator's source, whose hash is the GENERATOR_VERSION
 * stored with every generated question, and search is not the generator. Loading takes about
 * 150 ms, so one instance serves the process.
 */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * The words a search query asks for: whitespace separates parts, and jieba cuts each part into
 * its smallest dictionary words, so 群众路线 and 群众 路线 ask for the same two words (群众, 路线).
 * Every other character (punctuation, `%`, `_`) stays in a word and is matched as itself.
 * Duplicates are dropped; an empty or blank query asks for nothing.
 */
export function searchWords(query: string): string[] {
  const words = new Set<string>();
  for (const part of query.split(/\s+/u)) {
    if (!part) continue;
    for (const word of segmenter().cut(part, true)) {
      if (word.trim()) for (const piece of smallestWords(word)) words.add(piece);
    }
  }
  return [...words];
}

/**
 * A word cut into the dictionary words inside it (jieba's search-engine mode lists them: 中国共产党
 * → 中国, 共产党 …), as the tiling with the most pieces; the word itself when they do not tile it
 * (党的领导 holds only 领导).
 */
function smallestWords(word: string): string[] {
  const inner = new Set(segmenter().cutForSearch(word, true).filter((piece) => piece.length < word.length));
  // best[i]: the tiling of word[0, i) with the most pieces, if any.
  const best: Array<string[] | undefined> = [[]];
  for (let start = 0; start < word.length; start += 1) {
    const before = best[start];
    if (!before) continue;
    for (const piece of inner) {
      if (!word.startsWith(piece, start)) continue;
      const end = start + piece.length;
      if (!best[end] || best[end]!.length < before.length + 1) best[end] = [...before, piece];
    }
  }
  return best[word.length] ?? [word];
}
