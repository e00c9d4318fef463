import { tagWords, type TaggedWord } from "@/lib/content/knowledge/jieba";
import type { CourseIndex } from "./course-index";
import { perCourse, pureMemo } from "./course-memo";
import { isLexiconPerson, vocabularyClassOf } from "./party-vocabulary";

export type TermVerdict = "ok" | "FUNCTION_WORD_BLANK" | "NOT_A_TERM";

/** Part-of-speech tags of words that carry no content of their own (adverbs, prepositions, conjunctions, particles, pronouns …). */
const FUNCTION_TAG = /^(d|p|c|u|r|y|e|o|q|f|m|zg|ul|uj|uz|ug|uv|ud)$/;
/** Tags of words that can head a term. */
const NOUN_TAG = /^(n|nz|nt|ns|ng|l|i|j|vn)$/;
/** Words too general to be what a question tests. */
const GENERIC = new Set(["人民", "群众", "问题", "方面", "情况", "工作", "过程", "条件", "时期", "作用", "方式", "部分", "同志", "我们", "关系", "国家", "社会", "能力", "发展", "建设", "领导", "利益", "思想", "内容", "时代", "事业", "基础", "政治", "经济", "文化", "历史", "政府", "意见", "建议", "网络", "服务", "执政", "联系", "核心", "加强", "工程", "平台", "人们", "实际", "目标", "原因", "措施", "要求"]);
const NUMERAL_LED = /^[一二三四五六七八九十两][\u4e00-\u9fff]{1,4}$/;
const LEFT_BOUND_SHARE = 0.75;

/** A counted name (四风, 三个代表): a numeral followed by a noun, not an ordinal (一是) or a quantity (一定). */
function isCountedName(term: string): boolean {
  if (!NUMERAL_LED.test(term)) return false;
  const rest = tagWords(term.slice(1));
  return rest.length > 0 && /^(n|nz|q)/.test(rest[rest.length - 1]!.tag) && !/^(是|个|种|条|项|次|定|直|切|样)/.test(term.slice(1));
}

/** True when (nearly) every occurrence is preceded by the same character: the term is a piece of a longer one (人民谋利益 of 为人民谋利益). */
function isFragment(term: string, index: CourseIndex): boolean {
  const before = new Map<string, number>();
  let total = 0;
  for (let at = index.corpus.indexOf(term); at >= 0; at = index.corpus.indexOf(term, at + term.length)) {
    const char = index.corpus[at - 1] ?? "";
    total++;
    if (/[\u4e00-\u9fff]/.test(char)) before.set(char, (before.get(char) ?? 0) + 1);
  }
  return total >= 2 && [...before.values()].some((count) => count >= total * LEFT_BOUND_SHARE);
}

const verdicts = perCourse(() => new Map<string, TermVerdict>());

function isQuotedInCourse(term: string, index: CourseIndex): boolean {
  return index.count(`“${term}”`) + index.count(`‘${term}’`) > 0;
}

/**
 * Whether a text is a term a question may blank or offer as an option. The extractor's terms are
 * noisy (HMM fragments such as 使党/党同, adverbs, verbs, words met once), so this is judged
 * again here from the words jieba finds in the term.
 */
export function judgeTerm(term: string, index: CourseIndex): TermVerdict {
  const cache = verdicts(index);
  let verdict = cache.get(term);
  if (verdict === undefined) cache.set(term, (verdict = judge(term, index)));
  return verdict;
}

function judge(term: string, index: CourseIndex): TermVerdict {
  const verdict = judgeWords(term, index);
  return verdict === "ok" && !isQuotedInCourse(term, index) && isFragment(term, index) ? "NOT_A_TERM" : verdict;
}

function judgeWords(term: string, index: CourseIndex): TermVerdict {
  if (term.length < 2 || !/^[\u4e00-\u9fff]+$/.test(term)) return "NOT_A_TERM";
  if (GENERIC.has(term)) return "NOT_A_TERM";
  const words: TaggedWord[] = taggedSpans(term);
  // Names are speakers, asked about by 出处 questions, not terms (jieba also tags some compounds nr: 党风廉政).
  if (/(同志|总书记|总理|主席|书记)$/.test(term) || (words.length === 1 && words[0]!.tag === "nr" && term.length <= 3)) return "NOT_A_TERM";
  // A name the party-vocabulary lexicon holds is a term however often the course says it (民主集中制 once in a short text).
  if (isLexiconPerson(term)) return "NOT_A_TERM";
  // (Not a word of two characters: 通报, 检查, 执纪 are the lexicon's names and also everyday verbs.)
  if (term.length >= 3 && vocabularyClassOf(term) !== null) return "ok";
  if (words.length === 1) return judgeSingleWord(words[0]!, index);
  if (FUNCTION_TAG.test(words[0]!.tag) && !(words[0]!.tag === "m" && isCountedName(term))) {
    return isQuotedInCourse(term, index) ? "ok" : "FUNCTION_WORD_BLANK";
  }
  if (words.some((word) => FUNCTION_TAG.test(word.tag) && word.tag !== "m") && !isQuotedInCourse(term, index)) return "FUNCTION_WORD_BLANK";
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (isQuotedInCourse(term, index) && index.count(term) >= 2) return "ok";
  // A compound is a term when it ends in a noun of two characters or more and starts with neither a verb nor a bare one-character word.
  if (/^v/.test(first.tag) || !NOUN_TAG.test(last.tag) || last.word.length < 2 || first.word.length < 2 || words.some((word) => word.tag === "x")) return "NOT_A_TERM";
  return index.count(term) >= 2 ? "ok" : "NOT_A_TERM";
}

function judgeSingleWord(word: TaggedWord, index: CourseIndex): TermVerdict {
  if (FUNCTION_TAG.test(word.tag)) return "FUNCTION_WORD_BLANK";
  // Words the dictionary lacks come out tagged "x": a term only when counted (四风) or quoted in the course.
  if (word.tag === "x") return isCountedName(word.word) || isQuotedInCourse(word.word, index) ? "ok" : "NOT_A_TERM";
  if (!/^(n|nz|nt|l|i|j)$/.test(word.tag)) return "NOT_A_TERM";
  // A two-character noun used in one module only is rarely a key term of the course (民谣); in a
  // course of one or two modules (one document) every word is in one module, so passages count instead.
  if (word.word.length === 2 && (index.modules.length >= 3 ? index.moduleSpread(word.word) < 2 : passageSpread(word.word, index) < 2)) return "NOT_A_TERM";
  return index.count(word.word) >= 2 ? "ok" : "NOT_A_TERM";
}

function passageSpread(text: string, index: CourseIndex): number {
  return index.passages.filter(({ passage }) => passage.kind === "prose" && passage.text.includes(text)).length;
}

export type WordSpan = TaggedWord & { start: number; end: number };

/**
 * Words of a text with their offsets (remembered: the generators and the gate tag the same sentences many
 * times; a pure function of the text, course-memo.ts).
 */
export const taggedSpans: (text: string) => WordSpan[] = pureMemo((text) => {
  let at = 0;
  return tagWords(text).map((word) => {
    const start = text.indexOf(word.word, at);
    at = start + word.word.length;
    // A literal of one shape (tag, word, start, end: the keys' order of a spread of jieba's word), not a spread: several
    // times faster over the hundred thousand words a large course tags.
    return { tag: word.tag, word: word.word, start, end: at };
  });
}, 20_000);

/** True for a word too general to be what a question tests (问题, 建设, 政府, 意见). */
export function isGenericWord(word: string): boolean {
  return GENERIC.has(word);
}

export function isFunctionTag(tag: string): boolean {
  return FUNCTION_TAG.test(tag);
}
