import { UNITS_COUNTED_FROM_ONE, UNITS_COUNTED_FROM_TWO, unitAlternation } from "../text/count-units";
import type { RawPoint } from "./raw-point";

const NUMBER =
  /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:万|亿)?\s*(?:周年|年|个月|个|次|人|名|条|项|%|％|倍|元|岁|天|届|小时|分钟)/g;
/**
 * A quantity written in Chinese numerals (五年内不得重新入党, 留党察看二年, 三个月内办结): periods and
 * counts of a rule, as regulations write them. Not an ordinal (第二年), not 一 alone before a count word
 * that makes it an article (一次, 一人), not a name (四风, 三个代表: no unit of time or number follows),
 * and not the 一年 of 一年半 (a half the distractors could not move).
 */
const CHINESE_QUANTITY = new RegExp(
  `(?<![第每前后上下同这那零〇一二两三四五六七八九十百千几])(?:[一二两三四五六七八九十]|[二两三四五六七八九十][十百]?[一二三四五六七八九十]?)(?:${unitAlternation(UNITS_COUNTED_FROM_ONE)})(?![半来代度级轻])` +
    `|(?<![第每零〇一二两三四五六七八九十百千几])[二两三四五六七八九十][十百]?[一二三四五六七八九]?(?:${unitAlternation(UNITS_COUNTED_FROM_TWO)})`,
  "g",
);
const CLAUSE_MARKS = "，。；：！？“”";
const MAX_CLAUSE_LENGTH = 80;

/** Dates and quantities, each with the clause that says what it measures. */
export function extractNumbers(text: string): RawPoint[] {
  const points: RawPoint[] = [];
  for (const match of [...text.matchAll(NUMBER), ...text.matchAll(CHINESE_QUANTITY)]) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.lastIndexOf("《", start);
    if (before >= 0 && text.indexOf("》", before) > start) continue;
    let clauseStart = start;
    while (clauseStart > 0 && !CLAUSE_MARKS.includes(text[clauseStart - 1]!)) clauseStart--;
    let clauseEnd = end;
    while (clauseEnd < text.length && !CLAUSE_MARKS.includes(text[clauseEnd]!)) clauseEnd++;
    const clause = text.slice(clauseStart, clauseEnd).trim();
    if (clause.length > MAX_CLAUSE_LENGTH || clause.length <= match[0].length + 1) continue;
    points.push({ kind: "number", text: clause, answer: match[0], start, end });
  }
  return points;
}
