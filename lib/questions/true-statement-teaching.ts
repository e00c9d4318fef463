import { withoutArticleLead } from "./article-lead";
import { pureMemo } from "./course-memo";
import { FIRST_ITEM_AHEAD, NUMERALS, nthMarker, withoutItemMarker } from "./list-markers";

/**
 * What a true 判断's 解析 can teach from the article that holds it (QUESTIONS.md E, issue 16), beyond "本句与原文一致":
 * the set an item belongs to when the article lists it under markers (对党的领导干部的问责方式包括：（一）通报…（四）纪律处分),
 * whole and counted, with the article's parallel list. The rest of the statement's sentence and the article's other rule
 * on the same subject were tried in stop 34 and read by independent readers as "the source again plus an unrelated
 * sentence" (22 of 22 needs-edit on E): they do not teach and are not said.
 */

/** The longest item of a marked list read as a name (通报, 组织调整或者组织处理), not a clause. */
const MAX_ITEM = 12;

/** A sentence without its article number, list marker and closing mark. */
function body(sentence: string): string {
  return withoutItemMarker(withoutArticleLead(sentence.trim()))
    .trim()
    .replace(/[。；！？]+$/, "");
}

export interface MarkedList {
  label: string;
  items: string[];
  /** Where the list stands in the passage: from its lead to the next list's lead (or the passage's end). */
  start: number;
  end: number;
}

/**
 * The lists an article sets out under markers, each with its lead (对党的领导干部的问责方式包括：（一）通报。对…（二）诫勉。…):
 * an item is the name a marker opens, up to its full stop or semicolon, when every item of the list is a short name — a
 * list of clauses is no set of names. Numbering starting again at （一） starts another list.
 */
export const markedLists: (passage: string) => readonly MarkedList[] = pureMemo(findMarkedLists, 5_000);

/** A list's first marker, （一）: a passage without one sets out no marked list (the lead's pattern is costly to run on it). */
const FIRST_ITEM = new RegExp(FIRST_ITEM_AHEAD);

function findMarkedLists(passage: string): MarkedList[] {
  if (!FIRST_ITEM.test(passage)) return [];
  const lists: MarkedList[] = [];
  const leads: number[] = [];
  const lead = new RegExp(`([^。；：:]{2,40}?)(?:包括|有|分为|是)[：:]\\s*${FIRST_ITEM_AHEAD}`, "g");
  for (let found = lead.exec(passage); found; found = lead.exec(passage)) {
    const label = body(found[1]!);
    leads.push(found.index);
    const items: string[] = [];
    let cursor = found.index + found[0].length;
    for (let n = 0; n < NUMERALS.length; n++) {
      const opening = nthMarker(n)!.exec(passage.slice(cursor));
      if (!opening) break;
      const after = passage.slice(cursor + opening[0].length);
      const end = after.search(/[。；]/);
      items.push((end < 0 ? after : after.slice(0, end)).trim());
      // The item's explanation runs to the next marker of the list; a list starting again at （一） is another list.
      const next = passage.indexOf(`（${NUMERALS[n + 1] ?? ""}）`, cursor + 1);
      const restart = passage.indexOf("（一）", cursor + 1);
      if (n + 1 >= NUMERALS.length || next < 0 || (restart >= 0 && restart < next)) break;
      cursor = next;
    }
    if (items.length >= 2 && items.every((item) => item.length > 0 && item.length <= MAX_ITEM && !/[，、]/.test(item))) lists.push({ label, items, start: found.index, end: passage.length });
  }
  // A list runs up to the lead of the next one.
  return lists.map((list) => ({ ...list, end: leads.find((at) => at > list.start) ?? passage.length }));
}

/**
 * What a question on an item of a marked list teaches: the list the item is of, whole and counted, and the article's
 * other list under a parallel lead (对党组织的问责方式 beside 对党的领导干部的问责方式), which tells which set the item is
 * said of. `keyAt` is where the key stands in the passage: inside the list it is an item of. `where` names the source.
 * Empty when the key is no item of the list it stands in.
 */
export function markedListTeaching(passage: string, key: string, keyAt: number, where: string): string {
  const lists = markedLists(passage);
  const own = lists.find((list) => list.items.includes(key) && list.start <= keyAt && keyAt < list.end);
  if (!own) return "";
  const others = lists.filter((list) => list !== own && list.label.slice(-4) === own.label.slice(-4));
  const other = others.map((list) => `“${list.label}”是${list.items.join("、")}`).join("；");
  return `${where}所列“${own.label}”共${own.items.length}种：${own.items.join("、")}，「${key}」是其中之一${other ? `；同条所列${other}` : ""}。`;
}
