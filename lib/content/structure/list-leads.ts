import type { HeadingMatch } from "../detect-heading";

/**
 * Items a list lead announces when they are not numbered as headings: articles and commentaries
 * write 一是…，二是…; 第一，…第二，…; 其一…其二…; 首先…其次…最后…; 第一种意见认为…第二种意见…;
 * government reports ——更加注重…, ——坚持….
 */
const ORDINAL_ITEMS: Array<[string, RegExp]> = [
  ["一是", /^[一二三四五六七八九十]+是/],
  ["第一，", /^第[一二三四五六七八九十]+[，,、：:]/],
  ["第一种", /^第[一二三四五六七八九十]+(?:种|类|个|方面|点)/],
  ["其一", /^其[一二三四五六七八九十][，,、：:]/],
  ["首先", /^(?:首先|其次|再次|最后)[，,、：:]?/],
  // A report's goals and principles, each on a line led by a dash: "——更加注重强化战略引领…".
  ["——", /^——(?!—)/],
];

/**
 * What a line's item marker is, to tell the items of one list from the paragraph after them:
 * its numbering style (1. （一） ①), or an ordinal word (一是、第一，、其一、首先). Null without a marker.
 */
export function itemMarker(line: string, heading: HeadingMatch | null): string | null {
  if (heading && heading.style !== "label") return heading.style;
  return ORDINAL_ITEMS.find(([, pattern]) => pattern.test(line.trim()))?.[0] ?? null;
}

/**
 * A paragraph that ends in a colon announces what follows it: a list lead (`…有以下两种不同意见：`,
 * `理由如下：`) or a label over its text (`基本案情：`, `评析意见：`, as case commentaries print them on
 * a line of their own). As a passage of its own it ends mid-sentence, and the learner reads the lead
 * apart from what it leads; so it keeps the paragraph after it, and the items that follow with the
 * same marker as that one (`一是…`, `二是…`; `（一）…`, `（二）…`). A lead ending in 是/下列 without a
 * colon is left to the numbered-items rule.
 */
export function leadsParagraph(line: string): boolean {
  return /[：:][”’」』]?$/.test(line.trim()) && !/[。！？]$/.test(line.trim());
}
