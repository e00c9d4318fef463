import { chineseNumeralValue } from "../text/chinese-numerals";
import type { Passage, Section } from "../types";

/**
 * A counted list a speech announces and then sets out one paragraph per item (stop 28):
 * "…关键是要树立以下四个教育理念，…" followed by paragraphs opening 一是要树立…。 二是要树立…。, or
 * "…进一步强化以下“四种意识”：" followed by 一要进一步强化规范意识。 二要…. The items are in separate
 * passages, so the ordinal lists of one passage (extract-enumerations) never see them; the list is
 * read here as a whole, like a heading over numbered subsections.
 */
export interface AnnouncedList {
  section: Section;
  /** The counted name, without quotation marks (四种意识, 四个教育理念). */
  label: string;
  items: string[];
  /** The announcing passage. */
  passage: Passage;
}

const NUMERAL = "一二三四五六七八九十";
/** A paragraph opening with an ordinal: 一是 / 一要 / 第一， / 第一是. */
const ORDINAL_OPENING = new RegExp(`^(?:第([${NUMERAL}])(?:是|[，、,])|([${NUMERAL}])(?:是|要))`);
/**
 * A counted name in the announcing sentence: 以下四个教育理念, 以下“四种意识”, 四句话送给大家. The
 * classifier makes it a name of a set (个/种/句/大/项/条/点), the name (1–6 characters) ends its clause.
 */
const COUNTED_NAME = new RegExp(`[“"]?([${NUMERAL}两])(个|种|句|大|项|条|点)([\\u4e00-\\u9fff]{1,6}?)[”"]?(?=[：:，,。；]|$|送给)`, "g");
/** A name that says only that there are several (四个方面, 三点要求): nothing a learner could be asked by. */
const GENERIC_NAME = /^(?:方面|问题|要求|任务|工作|内容|事情|重点|措施|意见|建议|体会|做法)$/;
const MAX_ITEM = 24;
const MIN_ITEM = 4;

/** The item a paragraph opens with: its first sentence, cut to its first clause when that sentence is long. */
function openingItem(text: string, marker: string): string | null {
  const rest = text.slice(marker.length);
  const sentence = rest.split(/[。；！？;!?]/)[0]!.replace(/^要/, "").trim();
  if (sentence.length >= MIN_ITEM && sentence.length <= MAX_ITEM) return sentence;
  const clause = sentence.split(/[，,：:]/)[0]!;
  return clause.length >= MIN_ITEM && clause.length <= MAX_ITEM ? clause : null;
}

/** The ordinal (1, 2, …) a paragraph opens with, and its marker; null for any other paragraph. */
function ordinalOpening(text: string): { value: number; marker: string } | null {
  const match = ORDINAL_OPENING.exec(text.trim());
  if (!match) return null;
  return { value: chineseNumeralValue(match[1] ?? match[2]!), marker: match[0] };
}

/** The last counted name of a passage's last sentence whose count is `count`, or null. */
function announcedName(text: string, count: number): string | null {
  const sentences = text.trim().replace(/[。！？!?]$/, "").split(/[。！？!?]/);
  const last = sentences[sentences.length - 1]!;
  const names = [...last.matchAll(COUNTED_NAME)].filter((match) => chineseNumeralValue(match[1]!) === count);
  const found = names[names.length - 1];
  return found && !GENERIC_NAME.test(found[3]!) ? `${found[1]}${found[2]}${found[3]}` : null;
}

export function extractAnnouncedLists(sections: Section[]): AnnouncedList[] {
  const lists: AnnouncedList[] = [];
  for (const section of sections) {
    const passages = section.passages;
    for (let at = 0; at + 1 < passages.length; at++) {
      const intro = passages[at]!;
      if (intro.kind !== "prose" || ordinalOpening(intro.text)?.value === 1) continue;
      // The first item may be glued to the announcement after its colon (…以下“四种意识”：一要进一步强化规范意识。…).
      const glued = new RegExp(`[：:](?=(?:第一|一)(?:是|要|[，、,]))`).exec(intro.text);
      const announcement = glued ? intro.text.slice(0, glued.index) : intro.text;
      const firstOpening = glued ? ordinalOpening(intro.text.slice(glued.index + 1)) : null;
      const firstItem = firstOpening && glued ? openingItem(intro.text.slice(glued.index + 1).trim(), firstOpening.marker) : null;
      if (glued && (!firstOpening || firstOpening.value !== 1 || !firstItem)) continue;
      const items: string[] = firstItem ? [firstItem] : [];
      for (let next = at + 1; next < passages.length; next++) {
        const passage = passages[next]!;
        const opening = passage.kind === "prose" ? ordinalOpening(passage.text) : null;
        if (!opening || opening.value !== items.length + 1) break;
        const item = openingItem(passage.text.trim(), opening.marker);
        if (!item) {
          items.length = 0;
          break;
        }
        items.push(item);
      }
      if (items.length < 2) continue;
      const label = announcedName(announcement, items.length);
      if (label) lists.push({ section, label, items, passage: intro });
    }
    lists.push(...extractAnnouncedLists(section.sections));
  }
  return lists;
}
