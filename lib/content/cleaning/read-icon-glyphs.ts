import type { CleaningRule } from "./cleaning-rule";

/**
 * Code points of Unicode's private use areas: what an icon font draws (layui's timeline dot U+E63F, an H-ui
 * breadcrumb's home icon U+E67F, a heart after a sentence). Copied from a web page, or left as `&#xe67f;` and
 * decoded by the entity repair before this rule, they are glyphs no reader can read, never text.
 */
const PRIVATE_USE = /[\ue000-\uf8ff\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]/gu;
const HAS_PRIVATE_USE = new RegExp(PRIVATE_USE.source, "u");
/** A line holding icons alone: a timeline's axis dot, a list's bullet icon, a breadcrumb's home icon. */
const ICON_LINE = /^[\s\ue000-\uf8ff\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]+$/u;
/**
 * A timeline entry's date on a line of its own: a year, a month, a day, a range of years, a season or a part of a
 * month (`1921年7月`, `8月18日`, `19年9月23日`, `1934—1936年`, `1920年秋冬`, `2019.10`).
 */
const ENTRY_DATE =
  /^(?:(?:公元前?)?\d{2,4}(?:\s*[—–\-~～至]\s*\d{2,4})?\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月)(?:\s*\d{1,2}\s*[日号])?(?:[春夏秋冬]{1,2}(?:之[交际])?|[上中下]旬|初|底|末|间)?$|^\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?$/;
/** An entry of a line this short without punctuation (`过去`, `将来`) is the axis's end label, no event. */
const END_LABEL = /^[\p{Script=Han}A-Za-z]{1,4}$/u;
/** The last entry has no icon under it to end it: it runs on at most this many lines. */
const LAST_ENTRY_LINES = 6;
const MIN_DATED_ENTRIES = 2;
const ENDED = /[。！？!?；;，,、：:…][”’」』"）)]*$/;

/** Lines of one entry read as one paragraph: a line without punctuation ends with "；", the last with "。". */
function entryParagraph(lines: string[]): string {
  return lines.map((line, at) => (ENDED.test(line) ? line : `${line}${at === lines.length - 1 ? "。" : "；"}`)).join("");
}

/**
 * Icon-font glyphs and the timelines drawn with them. A web page's icons come through a copy as private-use
 * characters (or as `&#x…;` entities): they go, and so does a line holding nothing else. When two or more such
 * lines each stand over a date line (a layui timeline: the axis dot, the entry's date, its lines), each entry is
 * one paragraph opened by its date, "8月18日，layui 2.0的一切准备工作似乎都已到位。…", its lines read as phrases
 * ("铭记、感恩" / "永垂不朽" → "铭记、感恩；永垂不朽。"); alone, the date would be a title no learner can use and
 * each line a sentence cut short. An entry of one short word (the axis's `过去`) is the axis's end label and goes.
 */
export const readIconGlyphs: CleaningRule = {
  name: "encodingDebris",
  apply(lines) {
    let count = 0;
    const icons = lines.flatMap((line, index) => (ICON_LINE.test(line) && HAS_PRIVATE_USE.test(line) ? [index] : []));
    const strip = (line: string) =>
      line
        .replace(PRIVATE_USE, () => (count++, ""))
        .replace(/[ \t]+$/, "");
    const entryOf = (position: number): [number, number] => {
      const start = icons[position]! + 1;
      const end = position + 1 < icons.length ? icons[position + 1]! : Math.min(lines.length, start + LAST_ENTRY_LINES);
      return [start, end];
    };
    const dated = icons.filter((_icon, position) => {
      const [start, end] = entryOf(position);
      const first = lines.slice(start, end).find((line) => line.trim() !== "");
      return first !== undefined && ENTRY_DATE.test(first.trim());
    }).length;
    if (icons.length < MIN_DATED_ENTRIES || dated < MIN_DATED_ENTRIES) {
      // Icons without a timeline: the glyphs go, and the lines that held nothing else.
      const result: string[] = [];
      for (const line of lines) {
        const kept = strip(line);
        if (kept.trim() === "" && line.trim() !== "") continue;
        result.push(kept);
      }
      return { lines: result, count };
    }
    const result = lines.slice(0, icons[0]!).map(strip);
    icons.forEach((_icon, position) => {
      const [start, end] = entryOf(position);
      const entry = lines
        .slice(start, end)
        .map((line) => strip(line).trim())
        .filter(Boolean);
      count++;
      if (entry.length === 0) return;
      if (entry.length === 1 && END_LABEL.test(entry[0]!)) {
        count++;
        return;
      }
      const [first, ...rest] = entry;
      const paragraph = ENTRY_DATE.test(first!) && rest.length > 0 ? `${first}，${entryParagraph(rest)}` : entryParagraph(entry);
      result.push("", paragraph, "");
    });
    const [, lastEnd] = entryOf(icons.length - 1);
    result.push(...lines.slice(lastEnd).map(strip));
    return { lines: result, count };
  },
};
