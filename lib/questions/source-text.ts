import type { Sentence } from "@/lib/content/types";
import type { LocatedPassage } from "./course-index";

export const FILL_MARKER = "______";
export const CHOICE_MARKER = "（　）";
const MAX_WINDOW = 80;

/** 解析 naming where the text comes from: 出自《模块》“章节”：“原句” (the section is left out when it is the module's own text). */
export function sourceNote(located: Pick<LocatedPassage, "module" | "section">, quoted: string): string {
  const { module, section } = located;
  const where = section.implicit || section.title === module.title ? `《${module.title}》` : `《${module.title}》“${section.title}”`;
  return `出自${where}：“${quoted}”`;
}

export interface TextWindow {
  text: string;
  /** Offset of text in the passage. */
  start: number;
}

/**
 * The sentence around [start, end), cut down to whole clauses when it is long, so a stem stays
 * readable on a phone. Offsets are passage offsets.
 */
export function clauseWindow(sentence: Sentence, start: number, end: number, max = MAX_WINDOW): TextWindow {
  if (sentence.text.length <= max) return { text: sentence.text, start: sentence.start };
  const text = sentence.text;
  const breaks = [0];
  for (let i = 0; i < text.length; i++) if ("；，：".includes(text[i]!)) breaks.push(i + 1);
  breaks.push(text.length);
  const from = start - sentence.start;
  const to = end - sentence.start;
  let left = Math.max(...breaks.filter((at) => at <= from));
  let right = Math.min(...breaks.filter((at) => at >= to));
  // Grow clause by clause, preferring what follows, while the window stays within bounds.
  for (;;) {
    const next = breaks.find((at) => at > right);
    const previous = [...breaks].reverse().find((at) => at < left);
    if (next !== undefined && next - left <= max) right = next;
    else if (previous !== undefined && right - previous <= max) left = previous;
    else break;
  }
  const window = text.slice(left, right).replace(/[，；：]$/, "");
  return { text: window, start: sentence.start + left };
}

/** The text with [start, end) (offsets into text) replaced by a blank marker. */
export function blankOut(text: string, blanks: Array<{ start: number; end: number }>, marker: string): string {
  let result = "";
  let at = 0;
  for (const blank of [...blanks].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, blank.start) + marker;
    at = blank.end;
  }
  return result + text.slice(at);
}

/** Ends a stem that was cut from a longer sentence with a full stop, so it reads as a statement. */
export function asStatement(text: string): string {
  return /[。！？”]$/.test(text) ? text : `${text.replace(/[，；：、]$/, "")}。`;
}
