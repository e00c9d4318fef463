import type { KnowledgePointKind } from "../types";

/** A knowledge point found in one passage, before it gets an id. Offsets index the passage text. */
export interface RawPoint {
  kind: KnowledgePointKind;
  text: string;
  answer?: string;
  speaker?: string;
  items?: string[];
  start: number;
  end: number;
}

export const CN_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 九十九 as a number; NaN for anything else. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 1) return CN_NUMERALS[text] ?? NaN;
  const ten = text.indexOf("十");
  if (ten < 0) return NaN;
  const tens = ten === 0 ? 1 : (CN_NUMERALS[text[0]!] ?? NaN);
  const units = ten === text.length - 1 ? 0 : (CN_NUMERALS[text[ten + 1]!] ?? NaN);
  return tens * 10 + units;
}
