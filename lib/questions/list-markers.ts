/**
 * The markers a document numbers the items of a list with, and the first of them: （一）/(1) in brackets, or 一、. One
 * definition for the readers of marked lists (true-statement-teaching.ts) and of list leads (build-candidate.ts).
 */

/** An item marker: （一）, (3), 一、. */
export const ITEM_MARKER = "[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、";
/** The first marker of a bracketed list, looked at but not taken: a list's lead stands right before it. */
export const FIRST_ITEM_AHEAD = "(?=[（(]一[）)])";

const MARKER_AT_START = new RegExp(`^(?:${ITEM_MARKER})`);

/** A text without the item marker that opens it (（二）通报 → 通报). */
export function withoutItemMarker(text: string): string {
  return text.replace(MARKER_AT_START, "");
}

/** The bracketed marker of the nth item of a list, n from 0: （一）, （二）… (null past 十). */
export function nthMarker(n: number): RegExp | null {
  const numeral = NUMERALS[n];
  return numeral ? new RegExp(`^[（(]${numeral}[）)]`) : null;
}

/** List numerals in order. */
export const NUMERALS = "一二三四五六七八九十";
