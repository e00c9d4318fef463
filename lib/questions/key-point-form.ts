/**
 * Whether the 要点 of a list 简答 (a heading's subsections, a named enumeration) are in a form a marker can grade
 * against: each a complete point of its own, the list more than one point. A 简答 whose 要点 are not goes to review
 * (doubt KEY_POINT_FORM); the text is fine, the model answer is not.
 */

/** A list's numbering and its marks, as the 要点 may still carry them. */
const ITEM_MARK = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*/u;
/**
 * A point that stops on a word that needs what follows (…的, …和, …以及, …、): the item was cut off. Only words that
 * end no noun (not 与 of 参与, 向 of 方向, 的 of 目的).
 */
const DANGLING_END = /(?:(?<!目)的|和|以及|及其|、|——)$/u;
/** A second point begun inside an item (…；二是…, …。其二…, …（2）…): several points run together as one. */
const INNER_MARK = /[，；。：](?:[二三四五六七八九十]是|其[二三四五六七八九]|第[二三四五六七八九十][，、]|[（(][二三四五六七八九十2-9][)）])/u;
/** An item as long as this, or holding a full stop inside, is a paragraph, not a point. */
const MAX_POINT = 60;
/** A fragment: a point of three characters or fewer beside a sibling of this length or more. */
const FRAGMENT = 3;
const FULL_SIBLING = 8;

export type KeyPointFault = "single" | "cut" | "merged" | "paragraph";

function bare(item: string): string {
  return item.replace(ITEM_MARK, "").replace(/[。；;，,\s]+$/u, "").trim();
}

/** The first fault of a list 简答's 要点, or null when every point is whole and there are two or more. */
export function keyPointFault(items: readonly string[]): KeyPointFault | null {
  const points = items.map(bare).filter((point) => point.length > 0);
  if (points.length < 2) return "single";
  const longest = Math.max(...points.map((point) => point.length));
  if (points.some((point) => DANGLING_END.test(point) || (point.length <= FRAGMENT && longest >= FULL_SIBLING))) return "cut";
  if (points.some((point) => INNER_MARK.test(point))) return "merged";
  if (points.some((point) => point.length > MAX_POINT || /。./u.test(point))) return "paragraph";
  return null;
}
