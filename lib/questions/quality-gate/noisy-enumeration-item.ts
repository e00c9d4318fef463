import { taggedSpans } from "../term-quality";
import type { QualityRule } from "./rule";

const MAX_ITEM = 14;
const INNER_FUNCTION = /[的等在了]/;
/** A causative or object marker left on an item (使谋划创新 beside 推动创新): the cut took a word of the sentence. */
const LEADING_MARKER = /^(?:使|把|将|让|被)/;
/** A degree adverb opens a judgement (很有价值、十分必要), not a thing a list names. */
const DEGREE_OPENING = /^(?:很|非常|十分|极其|极为|特别|比较|相当|更加|最为)/;

function wordClass(tag: string): string {
  if (/^(n|vn|nz|nt|ns|ng|j|l|i|x)/.test(tag)) return "n";
  return tag.slice(0, 1);
}

/**
 * A list item the extractor cut wrongly: a word too many (基本纲领出, 功利主义萌生, 长期性的举措,
 * 充分调动政治), a word too few (民所用 beside 情为民所系), or not a phrase at all — nor a
 * judgement (很有见地、很有价值), which is no item to choose among.
 */
export function isNoisyItem(item: string, siblings: string[]): boolean {
  const bare = item.replace(/[‘’“”]/g, "");
  if (bare.length < 2 || bare.length > MAX_ITEM || !/^[\u4e00-\u9fff]+$/.test(bare)) return true;
  if (DEGREE_OPENING.test(bare)) return true;
  const others = siblings.filter((sibling) => sibling !== item);
  if (others.length === 0) return false;
  if (INNER_FUNCTION.test(bare) && !others.every((other) => INNER_FUNCTION.test(other))) return true;
  if (LEADING_MARKER.test(bare) && !others.some((other) => other.startsWith(bare[0]!))) return true;
  const words = taggedSpans(bare);
  const last = words[words.length - 1]!;
  // A verb of the sentence left on one item (坚持跟进监督 beside 精准监督、全程监督): the others name things.
  const startsWithVerb = (list: ReturnType<typeof taggedSpans>) => list[0]!.tag === "v" && list[0]!.word.length >= 2 && list.slice(1).reduce((length, word) => length + word.word.length, 0) >= 2;
  if (/^(u|p|c|d|y|r|f)/.test(last.tag)) return true;
  const otherWords = others.map((other) => taggedSpans(other.replace(/[‘’“”]/g, "")));
  if (startsWithVerb(words) && !otherWords.some(startsWithVerb)) return true;
  const lastClasses = otherWords.map((list) => wordClass(list[list.length - 1]!.tag));
  if (wordClass(last.tag) === "v" && lastClasses.every((value) => value === "n")) return true;
  // Siblings that are single words of one length: an item much longer carries extra words.
  const length = others[0]!.length;
  if (otherWords.every((list) => list.length === 1) && others.every((other) => other.length === length) && bare.length > length + 1) return true;
  // …and so does one two or more characters longer than siblings of one length that all end as it does (推进纪律监督
  // beside 监察监督、巡视监督、派驻监督: the sentence's 推进 stayed on the first item; stop 27).
  if (others.length >= 2 && others.every((other) => other.length === length) && bare.length >= length + 2 && others.every((other) => other.slice(-2) === bare.slice(-2))) return true;
  // An item shorter than siblings of one length whose characters line up with theirs from the right lost its head.
  if (others.every((other) => other.length === length) && length > bare.length) {
    const matches = others.map((other) => [...bare].filter((char, at) => other[other.length - bare.length + at] === char).length);
    if (matches.some((count) => count * 2 > bare.length)) return true;
  }
  return false;
}

export const noisyEnumerationItem: QualityRule = {
  code: "NOISY_ENUMERATION_ITEM",
  description: "an item of the source list is cut wrongly (a word too many or too few) or is no phrase",
  rejects({ evidence }) {
    const items = evidence.enumerationItems;
    return items !== undefined && items.some((item) => isNoisyItem(item, items));
  },
};
