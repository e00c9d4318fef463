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

/**
 * A point that is only the kind of thing a note files under it (意义, 做法, 原因, 结论): the note-taker's label over
 * the content, not the content; a marker grades nothing against "意义".
 */
const KIND_LABEL = /^(?:意义|作用|地位|做法|方法|措施|途径|原因|背景|条件|依据|目的|要求|内容|特点|表现|影响|结论|总结|小结|启示|经验|教训|评价|备注|注意|补充|举例|例子|其他)$/u;
/**
 * A note-taker's shorthand inside a point: an ampersand between words (梦想 & 理想 & 目标), a P.S., an exam-trap
 * label (坑：): the point is a reviser's memo, not a sentence an answer gives.
 */
const NOTE_SHORTHAND = /[&＆]|(?<![A-Za-z])P\.?S\.?(?![A-Za-z])|^坑/u;

export type KeyPointFault = "single" | "cut" | "merged" | "paragraph" | "label";

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
  if (points.some((point) => KIND_LABEL.test(point) || NOTE_SHORTHAND.test(point))) return "label";
  return null;
}

/**
 * The kinds a heading asks for (…的内涵和意义, …的原因, a regulation's …的程序和方法): a point ending in one the stem names may
 * only label its part (处理申诉的程序 under 处理检举、控告、申诉的程序和方法: a reader discarded it, stop 39).
 */
const ASKED_KIND = /(?:意义|内涵|作用|地位|做法|措施|途径|原因|背景|条件|依据|目的|要求|内容|特点|特征|表现|影响|启示|经验|教训|评价|程序|方法|办法|步骤|流程)$/u;
/** A part's label is a short noun phrase (中国新时代内涵); a longer point says something of its own. */
const MAX_PART_LABEL = 10;
/** Characters that carry words (CJK, letters, digits), as the stem and the points are compared on. */
const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * Whether every 要点 of a list 简答 is already in its stem: each point is written only in characters the stem's heading
 * holds (“近代中国国情和中国革命的时代特征” → 国情；时代特征, “…的总路线和基本纲领” → …的总路线；…的基本纲领). The
 * heading is only split in two: the stem gives the answer away and asks nothing. A point that adds even one character
 * of its own (“廉洁自律规范” → 廉洁从政) says something the stem does not. The document's 《title》 in the stem is not part
 * of the heading.
 */
export function pointsGivenByStem(stem: string, items: readonly string[]): boolean {
  const heading = stem.replace(/《[^》]*》/gu, "");
  const asked = new Set([...heading].filter((char) => WORD_CHAR.test(char)));
  const points = items.map(bare).filter((point) => point.length > 0);
  if (points.length < 2) return false;
  if (points.every((point) => [...point].every((char) => !WORD_CHAR.test(char) || asked.has(char)))) return true;
  // A point that only names the part of the heading it files (“新时代的内涵和意义” → 中国新时代内涵；中国新时代意义): a
  // short phrase, stating nothing (no 是), that ends in a kind the stem itself asks for. Its content is not given.
  return points.some((point) => {
    const kind = ASKED_KIND.exec(point)?.[0];
    return kind !== undefined && heading.includes(kind) && point.length <= MAX_PART_LABEL && !point.includes("是");
  });
}
