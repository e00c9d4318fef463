import { normalizeForIdentity } from "../stable-id";
import { countCjk } from "../text/char-classes";
import { countOccurrences } from "../text/count-occurrences";
import { cutWords, extractKeywords, tagWords } from "./jieba";
import type { RawPoint } from "./raw-point";

const KEYWORD_TAGS = ["n", "nz", "vn", "nt", "l", "i", "j"];
const GENERIC = new Set(["问题", "方面", "情况", "工作", "过程", "条件", "时期", "作用", "方式", "部分", "同志", "我们", "关系", "人民", "群众", "国家", "社会", "能力", "发展", "建设", "领导", "利益", "思想", "重要", "文章", "内容", "时代", "事业", "基础"]);
const CONTENT_TAG = /^(n|nz|vn|v|a|l|i|j)/;
/** Terms start and end with a noun-like word (or start with a numeral: "四风"). */
const NOUN_TAG = /^(n|nz|vn|l|i|j)/;
const MIN_DOMAIN_FREQUENCY = 4;
const MIN_QUOTED_FREQUENCY = 2;

export interface TermSource {
  id: string;
  text: string;
}

/**
 * Terms the corpus shows to be terms although the dictionary splits them: word pairs and triples
 * of content words ("四风", "执政为民", "密切联系群众") that recur across the course, and short
 * phrases the authors put in quotation marks more than once ("三个代表", "两个务必").
 */
export function discoverDomainTerms(texts: string[]): string[] {
  const corpus = texts.join("\n");
  const candidates = new Map<string, number>();
  for (const text of texts) {
    for (const clause of text.split(/[^\u4e00-\u9fff]+/)) {
      if (clause.length < 3) continue;
      const words = tagWords(clause);
      for (let i = 0; i < words.length; i++) {
        const first = words[i]!;
        // Words the dictionary lacks come out of jieba's HMM tagged "x": candidates as they are.
        if (first.tag === "x" && first.word.length >= 2 && first.word.length <= 4 && countCjk(first.word) === first.word.length) candidates.set(first.word, 0);
        if (!NOUN_TAG.test(first.tag) && !(first.tag === "m" && /^[一二三四五六七八九十两]+$/.test(first.word))) continue;
        let combined = first.word;
        for (let j = i + 1; j < Math.min(words.length, i + 3); j++) {
          const word = words[j]!;
          if (!CONTENT_TAG.test(word.tag) || word.word.length < 2 && word.tag.startsWith("v")) break;
          combined += word.word;
          if (NOUN_TAG.test(word.tag) && combined.length <= 6) candidates.set(combined, 0);
        }
      }
    }
  }
  for (const match of corpus.matchAll(/“([\u4e00-\u9fff]{2,8})”/g)) candidates.set(match[1]!, 0);
  const terms = [...candidates.keys()];
  // One pass over the corpus for every candidate (and its quoted form), not one per candidate.
  const counts = countOccurrences(corpus, [...terms, ...terms.map((term) => `“${term}”`)]);
  const frequent = terms
    .map((term) => ({ term, count: counts.get(term)!, quoted: counts.get(`“${term}”`)! }))
    .filter(({ count, quoted }) => count >= MIN_DOMAIN_FREQUENCY || quoted >= MIN_QUOTED_FREQUENCY)
    .filter(({ term }) => countCjk(term) === term.length && !GENERIC.has(term));
  // Keep the longest form: drop a term whose occurrences are nearly all inside a longer kept term.
  return frequent
    .filter(({ term, count }) => !frequent.some((other) => other.term !== term && other.term.includes(term) && other.count >= count * 0.8))
    .filter(({ term }) => cutWords(term).length > 1 || /^[一二三四五六七八九十两]/.test(term) || tagWords(term)[0]?.tag === "x")
    .map(({ term }) => term)
    .sort();
}

/** A module's key terms: its TF-IDF keywords (nouns and fixed phrases) and the domain terms it uses, each at its first occurrence. */
export function extractTerms(passages: TermSource[], domainTerms: string[], limit: number): Array<RawPoint & { passage: string }> {
  const prose = passages.map((passage) => passage.text).join("\n");
  const keywords = extractKeywords(prose, limit, KEYWORD_TAGS).filter((word) => word.length >= 2 && !GENERIC.has(word));
  const used = domainTerms.filter((term) => prose.includes(term));
  const terms = [...new Set([...used, ...keywords])].slice(0, limit * 2);
  const points: Array<RawPoint & { passage: string }> = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const key = normalizeForIdentity(term);
    if (seen.has(key)) continue;
    const passage = passages.find((candidate) => candidate.text.includes(term));
    if (!passage) continue;
    seen.add(key);
    const start = passage.text.indexOf(term);
    points.push({ kind: "term", text: term, start, end: start + term.length, passage: passage.id });
  }
  return points;
}

/** Terms listed under 关键词, split where the list has no separators. */
export function extractKeywordListTerms(passage: TermSource): Array<RawPoint & { passage: string }> {
  const points: Array<RawPoint & { passage: string }> = [];
  let cursor = 0;
  for (const segment of passage.text.split(/[；;，,、\s]+/).filter(Boolean)) {
    const words = segment.length > 6 ? mergeShortWords(cutWords(segment)) : [segment];
    for (const word of words) {
      const start = passage.text.indexOf(word, cursor);
      if (start < 0 || word.length < 2) continue;
      cursor = start + word.length;
      points.push({ kind: "term", text: word, start, end: cursor, passage: passage.id });
    }
  }
  return points;
}

function mergeShortWords(words: string[]): string[] {
  const merged: string[] = [];
  for (const word of words) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (last.length < 2 || word.length < 2)) merged[merged.length - 1] = last + word;
    else merged.push(word);
  }
  return merged;
}
