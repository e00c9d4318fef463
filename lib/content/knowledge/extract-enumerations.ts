import { cutWords } from "./jieba";
import { chineseNumeralValue } from "../text/chinese-numerals";
import type { RawPoint } from "./raw-point";

const NUMERAL = "一二三四五六七八九十两";
/** Words after which an enumeration's first item starts ("包括A、B", "存在的A、B"). */
const LEAD_IN = /.*(?:包括了?|包含了?|涵括了?|主要有|分为|表现为|表现在|即|如|有|是|为|的|了|在|对|把|将|从|以|等)/;
const COUNT_TAIL = new RegExp(`^等?(?:这|此)?([${NUMERAL}]{1,3})(个|项|种|条|类|大)?([\\u4e00-\\u9fff]{0,4}?)(问题|方面|原则|内容|环节|要素|方针|措施)?$`);
const ITEM_END = /[的了是都也就要在将把被等]|和|与|及/;
const MAX_ITEM = 12;

/** "A和B" → [A, B] when 和/与/及/以及 is a word of its own (not the 和 of 和谐). */
function splitOnConjunction(text: string): string[] {
  const words = cutWords(text);
  const at = words.findIndex((word, index) => index > 0 && ["和", "与", "及", "以及"].includes(word));
  if (at < 0) return [text];
  return [words.slice(0, at).join(""), words.slice(at + 1).join("")];
}

const CONJUNCTION = /^(?:等|但|而|并|也|又|和|及|与)$/;

/** An item without a conjunction that opens it as a word of its own ("与X" → X), not the 与 of 与时俱进. */
function withoutLeadingConjunction(item: string): string {
  const text = item.trim();
  const first = cutWords(text)[0];
  return first !== undefined && CONJUNCTION.test(first) ? text.slice(first.length).trim() : text;
}

/**
 * The last item cut where its siblings end, when they all end alike and it runs on past that
 * ending into the predicate (政治纪律、组织纪律、…、生活纪律不力 → 生活纪律).
 */
function trimLastItem(items: string[]): string[] {
  const others = items.slice(0, -1);
  const last = items[items.length - 1]!;
  if (others.length < 2) return items;
  const suffix = others.reduce((common, item) => {
    let length = 0;
    while (length < common.length && length < item.length && common[common.length - 1 - length] === item[item.length - 1 - length]) length++;
    return common.slice(common.length - length);
  }, others[0]!);
  if (suffix.length < 2 || last.endsWith(suffix)) return items;
  const at = last.indexOf(suffix);
  return at > 0 ? [...others, last.slice(0, at + suffix.length)] : items;
}

interface Clause {
  text: string;
  start: number;
}

function clauses(text: string): Clause[] {
  const result: Clause[] = [];
  const pattern = /[^，。；：！？“”（）,;:!?()]+/g;
  for (const match of text.matchAll(pattern)) result.push({ text: match[0], start: match.index });
  return result;
}

/**
 * Items joined by 、 in one clause ("形式主义、官僚主义、享乐主义、奢靡之风等四风问题"), with what
 * they enumerate: a counted name after them whose number matches ("四风"), or the subject before
 * 包括/主要有 ("六维动力机制包括…").
 */
function extractJoinedItems(text: string): RawPoint[] {
  const points: RawPoint[] = [];
  for (const clause of clauses(text)) {
    const parts = clause.text.split("、");
    if (parts.length < 2) continue;
    const leadIn = LEAD_IN.exec(parts[0]!);
    const subject = leadIn && /包括|包含|涵括|主要有|分为|表现/.test(leadIn[0]) ? leadIn[0].replace(/(主要)?(包括了?|包含了?|涵括了?|主要有|分为|表现为|表现在)$/, "") : "";
    const first = leadIn ? parts[0]!.slice(leadIn[0].length) : parts[0]!;
    const items = [first, ...parts.slice(1, -1)];
    let last = parts[parts.length - 1]!;
    let label = "";
    let expected = NaN;
    const countAt = last.search(new RegExp(`等?[${NUMERAL}]{1,3}(个|项|种|条|类|大)?[\\u4e00-\\u9fff]{0,8}$`));
    if (countAt > 0) {
      const tail = COUNT_TAIL.exec(last.slice(countAt));
      if (tail) {
        expected = chineseNumeralValue(tail[1]!);
        if (tail[3] && !tail[2]) label = tail[1]! + tail[3];
        last = last.slice(0, countAt);
      }
    }
    const joined = splitOnConjunction(last);
    if (joined.length === 2 && joined.every((part) => part.length >= 2 && part.length <= MAX_ITEM)) items.push(joined[0]!, joined[1]!);
    else {
      const cut = Number.isNaN(expected) ? last.slice(2).search(ITEM_END) : -1;
      items.push(cut >= 0 ? last.slice(0, cut + 2) : last);
    }
    const clean = trimLastItem(items.map(withoutLeadingConjunction));
    if (clean.some((item) => item.length < 2 || item.length > MAX_ITEM)) continue;
    if (!Number.isNaN(expected) && expected !== clean.length) continue;
    // Without a name, only a list of short items (terms, not phrases) counts.
    if (!label && !subject && (clean.length < 3 || clean.some((item) => item.length > 6))) continue;
    const subjectName = subject.replace(/^.*[，,]/, "").trim();
    const name = label || (subjectName.length >= 2 ? subjectName : "");
    const start = clause.start + clause.text.indexOf(clean[0]!);
    const lastItem = clean[clean.length - 1]!;
    const end = clause.start + clause.text.lastIndexOf(lastItem) + lastItem.length;
    const answer = text.slice(start, end);
    points.push({ kind: "enumeration", text: name || answer, answer, items: clean, start, end });
  }
  return points;
}

/**
 * Ordinal markers, with the longest item each allows: "一是A；二是B", "第一，A。第二，B。", and a
 * regulation's "（一）检查。对…；（二）通报。对…" — there only a short name opening each item is one
 * (问责方式: 检查、通报、改组); longer items are provisions, not names to learn.
 */
const ORDINAL_STYLES: Array<{ marker: RegExp; maxItem: number }> = [
  { marker: /([一二三四五六七八九十])是/g, maxItem: 40 },
  { marker: /第([一二三四五六七八九十])[，、,]/g, maxItem: 40 },
  { marker: /[（(]([一二三四五六七八九十])[)）]/g, maxItem: 8 },
];

/** Items marked by ordinals (ORDINAL_STYLES) inside one passage. */
function extractOrdinalItems(text: string): RawPoint[] {
  const points: RawPoint[] = [];
  for (const { marker: style, maxItem } of ORDINAL_STYLES) {
    const markers = [...text.matchAll(style)].filter((match, index, all) => chineseNumeralValue(match[1]!) === index + 1 && (index === 0 || all[index - 1]!.index < match.index));
    if (markers.length < 2) continue;
    const items = markers.map((marker) => {
      const from = marker.index + marker[0].length;
      const stop = text.slice(from).search(/[，。；！？,;]/);
      return { text: text.slice(from, stop < 0 ? undefined : from + stop), start: from };
    });
    if (items.some((item) => item.text.length < 2 || item.text.length > maxItem)) continue;
    const intro = text.slice(0, markers[0]!.index).replace(/[：:，,]\s*$/, "");
    const label = /([^。；！？，]{2,30})$/.exec(intro)?.[1] ?? "";
    const lastItem = items[items.length - 1]!;
    const start = items[0]!.start;
    const end = lastItem.start + lastItem.text.length;
    points.push({ kind: "enumeration", text: label || text.slice(start, end), answer: text.slice(start, end), items: items.map((item) => item.text), start, end });
  }
  return points;
}

/**
 * A note's line that names a set and then lists it, and nothing else: "新民主主义革命的三大法宝：统一战线、
 * 武装斗争、党的建设", "活的灵魂：实事求是，群众路线，独立自主". A passage of a note joins its lines with
 * ；, so each line is a segment between ；/。. The items are short terms (no clauses, no symbols, quoted
 * whole if at all: not one quotation cut at its commas) joined by one separator, 、 or ，. A label that counts its set (三大法宝, 四个自信) names it when the count
 * matches; any other label (本质, 经济) only says what the line is about, so it is no name and the set
 * needs three items or more.
 */
const COLON_LINE = /^([\u4e00-\u9fff“”]{2,15})[：:]([\u4e00-\u9fff“”]{2,12}([，、])[\u4e00-\u9fff“”]{2,12}(?:\3[\u4e00-\u9fff“”]{2,12}){0,6})$/;
const COUNTED_LABEL = new RegExp(`([${NUMERAL}])(?:个|大|项|种|条|句|点)[\\u4e00-\\u9fff“”]{1,6}$`);

/** An item that opens as a clause does (是…, 即…, 并…), not as a term. */
const CLAUSE_OPENING = /^(?:是|即|并|而|且|也|又|还|就|最终|以及)/;

function extractColonLines(text: string): RawPoint[] {
  const points: RawPoint[] = [];
  for (const segment of text.matchAll(/[^；;。]+/g)) {
    const line = COLON_LINE.exec(segment[0].trim());
    if (!line) continue;
    const [, label, list, separator] = line;
    const items = list!.split(separator!);
    if (items.some((item) => item.replace(/[“”]/g, "").length < 2 || CLAUSE_OPENING.test(item) || !/^(?:“[^“”]+”|[^“”]+)$/.test(item))) continue;
    // ， also joins the clauses of a sentence (社会主义的本质，是解放生产力，发展生产力，…): there only
    // items alike in length, as parallel terms are (实事求是，群众路线，独立自主), are a list.
    const lengths = items.map((item) => item.length);
    if (separator === "，" && Math.max(...lengths) - Math.min(...lengths) > 2) continue;
    const counted = COUNTED_LABEL.exec(label!);
    if (counted ? chineseNumeralValue(counted[1]!) !== items.length : items.length < 3) continue;
    const start = segment.index + segment[0].indexOf(list!, segment[0].indexOf(label!) + label!.length);
    const end = start + list!.length;
    points.push({ kind: "enumeration", text: counted ? label! : list!, answer: list!, items, start, end });
  }
  return points;
}

export function extractEnumerations(text: string): RawPoint[] {
  const lines = extractColonLines(text);
  // A line's list read as a set of its own is the same list the joined items find, without its name.
  const joined = extractJoinedItems(text).filter((point) => !lines.some((line) => point.start < line.end && line.start < point.end));
  return [...lines, ...joined, ...extractOrdinalItems(text)];
}
