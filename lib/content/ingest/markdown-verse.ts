/**
 * Verse as WeChat posts print it, saved as Markdown: short phrases one to a line, with no
 * punctuation at their ends ("秋风送爽，筑梦新程" / "在这个收获与希望交织的季节" / …), either joined
 * by hard breaks (two trailing spaces: `<br>` in the post) or each a paragraph of its own. Read as
 * lines, every phrase is a title or a passage ending mid-sentence; it is one passage of verse, its
 * line ends read as commas and its last as a full stop.
 */

/** A hard break: two trailing spaces or a backslash. */
const HARD_BREAK = /(?: {2,}|\\)$/;
/** Lines with Markdown syntax of their own (headings, lists, quotes, tables, HTML, images, rules, code). */
const SYNTAX = /^\s*(?:#|>|\||<|!\[|[-*+]\s|\d{1,3}[.)]\s|[-=*_]{3,}\s*$|```|~~~)|^ {4}/;
/** Labels and credits (`来源：…`, `文字丨…`, `编辑 | …`) and dashes of a signature (`——…`): not verse. */
const NOT_VERSE = /[：:丨｜|]|^\s*——/;
/** How a phrase may end without a comma after it. */
const ENDS_PUNCTUATED = /[，,、；;。！？!?…：:—]$/;
/** A last line ending in these needs no full stop (a dash leads on to what follows). */
const ENDS_SENTENCE = /[。！？!?…—]$/;
/** A verse line holds at most this many Chinese characters; prose runs longer. */
const MAX_LINE_HAN = 30;
/** Phrases set one to a paragraph: at least this many in a row, of this many characters each. */
const MIN_PARAGRAPH_PHRASES = 4;
const MIN_PHRASE_HAN = 3;
/** Without a couplet among them, a run of phrases is verse only when it is this long (titles come alone or in pairs). */
const MIN_UNCOUPLED_PHRASES = 5;
const MAX_PHRASE_HAN = 16;

const han = (line: string) => (line.match(/\p{Script=Han}/gu) ?? []).length;
/** The line's text without its hard break and closing emphasis marks, to read how it ends. */
const textEnd = (line: string) => line.replace(HARD_BREAK, "").trim().replace(/[*_]+$/, "");

function isVerseLine(line: string): boolean {
  return line.trim() !== "" && !SYNTAX.test(line) && !NOT_VERSE.test(line) && han(line) > 0 && han(line) <= MAX_LINE_HAN;
}

function joinPhrases(lines: string[]): string {
  return lines
    .map((line, index) => {
      const text = line.replace(HARD_BREAK, "").trim();
      const end = textEnd(line);
      if (index < lines.length - 1) return ENDS_PUNCTUATED.test(end) ? text : `${text}，`;
      return ENDS_SENTENCE.test(end) ? text : `${text}。`;
    })
    .join("");
}

/** Markdown lines with each stanza of verse on one line of its own. */
export function joinVerse(lines: string[]): string[] {
  const out: string[] = [];
  // Where the run of verse lines from each line ends, and how many hard breaks precede each line,
  // read once: looked up from every line, they would otherwise be re-read from every line of a run
  // (a document of many short lines, issue #15, was quadratic in its number of lines).
  const runEnd = new Array<number>(lines.length + 1).fill(lines.length);
  for (let at = lines.length - 1; at >= 0; at--) runEnd[at] = isVerseLine(lines[at]!) ? runEnd[at + 1]! : at;
  const breaksBefore = [0];
  for (const line of lines) breaksBefore.push(breaksBefore.at(-1)! + (HARD_BREAK.test(line) ? 1 : 0));
  let index = 0;
  while (index < lines.length) {
    // Phrases joined by hard breaks: a paragraph of short lines, at least half its breaks hard.
    const end = runEnd[index]!;
    const size = end - index;
    // Hard breaks of every line of the block but its last.
    const hardBreaks = size > 0 ? breaksBefore[end - 1]! - breaksBefore[index]! : 0;
    const blankAfter = end >= lines.length || !lines[end]!.trim();
    if (size >= 2 && blankAfter && hardBreaks * 2 >= size - 1) {
      out.push(joinPhrases(lines.slice(index, end)));
      index = end;
      continue;
    }
    // Phrases one to a paragraph: short, none ending in punctuation, one at least a couplet ("抛洒热血，铸就荣光").
    const phrases: number[] = [];
    let at = index;
    while (at < lines.length) {
      const line = lines[at]!;
      const alone = (at === 0 || !lines[at - 1]!.trim()) && (at + 1 >= lines.length || !lines[at + 1]!.trim());
      if (!alone || !isVerseLine(line) || HARD_BREAK.test(line) || han(line) < MIN_PHRASE_HAN || han(line) > MAX_PHRASE_HAN || ENDS_PUNCTUATED.test(textEnd(line))) break;
      phrases.push(at);
      at++;
      while (at < lines.length && !lines[at]!.trim()) at++;
    }
    if (phrases.length >= MIN_PARAGRAPH_PHRASES && (phrases.some((position) => /[，,]/.test(lines[position]!)) || phrases.length >= MIN_UNCOUPLED_PHRASES)) {
      out.push(joinPhrases(phrases.map((position) => lines[position]!)), "");
      index = phrases.at(-1)! + 1;
      continue;
    }
    out.push(lines[index]!);
    index++;
  }
  return out;
}
