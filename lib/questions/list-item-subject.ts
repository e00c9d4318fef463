import { opensWithoutSubject } from "./context-lead";
import { taggedSpans } from "./term-quality";

/** A list item's own number opening its sentence: （四）, 四、, 4. */
const ITEM_MARKER = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

/**
 * Whether a stem is an item of a numbered list cut away from the lead that says whose duty or task it is
 * ((四)加强对驻在单位纪检机构的业务指导… under 派驻机构根据派出机关授权开展监督执纪问责工作：): its sentence opens
 * on the item's number, and the stem, with no list name said before it (在…中，, withListLead), opens on a verb
 * with no subject. A learner cannot tell who is to do it (QUESTIONS.md A; readers, issue 16: "a list item with no subject").
 */
export function listItemWithoutSubject(stem: string, sentence: string): boolean {
  if (!ITEM_MARKER.test(sentence) || /^在[^，]*中，/.test(stem)) return false;
  if (opensWithoutSubject(stem)) return true;
  // Two verbs in a row (监督促进…): the tagger takes the first for a noun, yet no subject stands before the second.
  const [first, second] = taggedSpans(stem.slice(0, 12));
  return first?.tag === "vn" && second?.tag === "v" && first.end === second.start;
}
