import { detectLabel } from "../detect-heading";
import { MAX_NOTE_LENGTH, MAX_NOTES, NOTE_ANCHOR_LENGTH, hanText, readableNoteText } from "../document-metadata";
import type { DocumentNote } from "../types";
import type { CleaningRule } from "./cleaning-rule";
import { normalizePunctuation } from "./normalize-punctuation";
import { normalizeQuotes } from "./normalize-quotes";
import { normalizeSpacing } from "./normalize-spacing";

/** Signs that a line cites a publication. */
const BIBLIOGRAPHIC =
  /出版社|年版|学报|杂志|日报|文选|选集|全集|文集|文献选编|第\s*\d+\s*[卷期页辑]|[(（]\d{4}[)）]|\d{4}\s*[,，.]\s*\d{1,2}|\b[Pp]p?\.\s*\d+|\bPress\b|\bJournal\b/;
const FOOTNOTE_MARK = /^\s*\^\s*[①-⑳\d]{1,3}|^\s*[①-⑳]\s*(?=\S)/;
const NUMBERED_ENTRY = /^\s*[\[［〔]\s*\d{1,3}\s*[\]］〕]/;

function isFootnoteDefinition(line: string): boolean {
  if (/^\s*\^\s*[①-⑳\d]/.test(line)) return true;
  return FOOTNOTE_MARK.test(line) && BIBLIOGRAPHIC.test(line) && /《|“/.test(line);
}

/** Chinese characters of a note's own words, titles and bracketed publication data aside, that make it an explanation. */
const EXPLANATION_CHARS = 20;

/**
 * A note that explains rather than cites (a 文选's `〔2〕“两个凡是”，指一九七七年二月七日《人民日报》…社论…中提出的…。`):
 * it ends a sentence and, without its titles 《…》 and brackets, still says something of its own.
 * A citation (`〔1〕见邓小平《…》（《邓小平文选》第2卷，人民出版社1994年版，第141页）。`) is a title and its data.
 */
export function isExplanatoryNote(line: string): boolean {
  const own = ownText(line);
  return /[。！？][”’」』]?。?$/.test(own) && hanCount(own) >= EXPLANATION_CHARS;
}

/** The line without titles 《…》 and brackets, where a citation keeps its publication data. */
function ownText(line: string): string {
  return line.replace(/《[^》]*》/g, "").replace(/[（(][^（）()]*[）)]/g, "").trim();
}

function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** A sentence that only cites (`见邓小平《…》（…人民出版社1994年版，第141页）。`): what dropReferences drops, no text of the document's own. */
export function isBareCitation(sentence: string): boolean {
  return BIBLIOGRAPHIC.test(sentence) && /《[^》]+》/.test(sentence) && hanCount(ownText(sentence)) < 10;
}

function isReferenceEntry(line: string): boolean {
  return NUMBERED_ENTRY.test(line) && BIBLIOGRAPHIC.test(line) && !isExplanatoryNote(line);
}

/** A line citing a publication: a title or a numbered entry with publication data, not an explanatory note. */
export function looksLikeReference(line: string): boolean {
  return BIBLIOGRAPHIC.test(line) && (/《[^》]+》/.test(line) || NUMBERED_ENTRY.test(line)) && line.length <= 200 && !isExplanatoryNote(line);
}

/** A note's opening mark: `[3]`, `〔3〕`, `①`; its number (or circled figure) in group 1 or 2. */
const NOTE_OPENER = /^[\s\u3000]*(?:[\[［〔]\s*(\d{1,3})\s*[\]］〕]|([①-⑳]))/;
/**
 * The same mark inside body text, where a sentence points to its note; an edition of the Selected Works calls its
 * `〔1〕` notes with a parenthesized figure (`五四运动⑴的…`, U+2474–U+2487), read as the note's number.
 */
const NOTE_CALL = /[\[［〔]\s*(\d{1,3})\s*[\]］〕]|[①-⑳]|([⑴-⒇])/g;

function calledMark(match: RegExpMatchArray): string {
  if (match[1]) return match[1];
  if (match[2]) return String(match[2].codePointAt(0)! - 0x2474 + 1);
  return match[0];
}

/**
 * An annotated edition's notes: each 注释 heading followed by a run of lines that open with a note mark (`[3] “将一军”是
 * 中国象棋中的术语。…`, `〔1〕八股文是…`), most of which the text before the heading calls (`[3]`, `①`, or `⑶` for `〔3〕`). The notes explain the text for
 * a reader; they are no part of what the document says, so nothing is drawn from them. Each range runs from the heading
 * to its last note, blank lines inside included; a collection of several pieces has a notes section after each.
 */
export function notesSections(lines: readonly string[]): Array<{ start: number; end: number; bodyStart: number }> {
  const sections: Array<{ start: number; end: number; bodyStart: number }> = [];
  let bodyStart = 0;
  for (let at = 0; at < lines.length; at++) {
    if (detectLabel(lines[at]!)?.label !== "注释") continue;
    let end = at + 1;
    const marks: string[] = [];
    for (let next = at + 1; next < lines.length; next++) {
      const line = lines[next]!;
      if (!line.trim()) continue;
      const match = NOTE_OPENER.exec(line);
      if (!match) break;
      marks.push(match[1] ?? match[2]!);
      end = next + 1;
    }
    if (marks.length === 0) continue;
    const called = new Set([...lines.slice(bodyStart, at).join("\n").matchAll(NOTE_CALL)].map(calledMark));
    if (marks.filter((mark) => called.has(mark)).length * 2 < marks.length) continue;
    sections.push({ start: at, end, bodyStart });
    bodyStart = end;
    at = end - 1;
  }
  return sections;
}

/** Fewer Chinese characters before a call than this tell no module apart: the note goes under the document's last module. */
const MIN_ANCHOR_LENGTH = 4;

/**
 * The explanatory notes of an annotated edition's notes sections (notesSections), which dropReferences drops: each note
 * that explains (isExplanatoryNote), not one that only cites (`〔2〕见本卷《整顿党的作风》注〔1〕。`), with its mark as printed
 * and, for placing it, the Chinese characters before its first call in the text the section follows (its anchor). The
 * text is made readable (readableNoteText: a link's text without its URL, no bare URL) and gets the punctuation, quote
 * and spacing repairs the passages get. At most MAX_NOTES notes of MAX_NOTE_LENGTH.
 */
export function readExplanatoryNotes(lines: readonly string[]): DocumentNote[] {
  const notes: DocumentNote[] = [];
  for (const { start, end, bodyStart } of notesSections(lines)) {
    const anchors = callAnchors(lines.slice(bodyStart, start));
    for (const line of lines.slice(start + 1, end)) {
      const opener = NOTE_OPENER.exec(line);
      if (!opener) continue;
      // Readable first (links as their text, no URL): what the reader sees is what is judged and kept.
      const raw = readableNoteText(line.slice(opener[0].length));
      // Repaired first, so a note printed with half-width punctuation (`…代理部长.`) is judged by its sentence end too.
      const text = [normalizePunctuation, normalizeQuotes, normalizeSpacing].reduce((lines, rule) => rule.apply(lines).lines, [raw])[0]!.trim();
      if (!isExplanatoryNote(text)) continue;
      const anchor = anchors.get(opener[1] ?? opener[2]!);
      notes.push({ mark: opener[0].replace(/\s/g, ""), text: text.slice(0, MAX_NOTE_LENGTH), ...(anchor && { anchor }) });
      if (notes.length === MAX_NOTES) return notes;
    }
  }
  return notes;
}

/**
 * For each mark the body calls, the Chinese characters before its first call on the call's own line (the last
 * NOTE_ANCHOR_LENGTH of them); null when there are fewer than MIN_ANCHOR_LENGTH. One pass over the body.
 */
function callAnchors(body: readonly string[]): Map<string, string | null> {
  const anchors = new Map<string, string | null>();
  for (const line of body) {
    for (const call of line.matchAll(NOTE_CALL)) {
      const mark = calledMark(call);
      if (anchors.has(mark)) continue;
      const before = hanText(line.slice(0, call.index));
      anchors.set(mark, before.length >= MIN_ANCHOR_LENGTH ? before.slice(-NOTE_ANCHOR_LENGTH) : null);
    }
  }
  return anchors;
}

/**
 * Notes and bibliographies: footnote texts ("^① 《…》，人民出版社…"), numbered reference entries
 * ("[3] 邓小平，《…》…"), a 参考文献/注释 heading with the citation lines under it, and an annotated edition's notes
 * section (notesSections; its explanatory notes are kept as document metadata by readExplanatoryNotes). A note that explains something and stands elsewhere (a 文选's notes on events and terms
 * among its text) is text and stays.
 */
export const dropReferences: CleaningRule = {
  name: "references",
  apply(lines) {
    let count = 0;
    let inReferenceList = false;
    const result: string[] = [];
    const notes = new Set(notesSections(lines).flatMap(({ start, end }) => Array.from({ length: end - start }, (_, at) => start + at)));
    for (const [at, original] of lines.entries()) {
      if (notes.has(at)) {
        if (original.trim()) count++;
        continue;
      }
      // "…迈进。参考文献：" — the list's heading printed at the end of the last paragraph.
      const trailing = /(?<=[。！？”])\s*(?:主要)?参考文献\s*[:：]?\s*$/.exec(original);
      const line = trailing ? original.slice(0, trailing.index) : original;
      if (trailing) {
        inReferenceList = true;
        count++;
        result.push(line);
        continue;
      }
      const label = detectLabel(line)?.label;
      if (label === "参考文献" || label === "注释") {
        inReferenceList = true;
        count++;
        continue;
      }
      if (inReferenceList) {
        if (!line.trim()) continue;
        if (looksLikeReference(line)) {
          count++;
          continue;
        }
        inReferenceList = false;
      }
      if (isFootnoteDefinition(line) || isReferenceEntry(line)) {
        count++;
        continue;
      }
      result.push(line);
    }
    return { lines: result, count };
  },
};
