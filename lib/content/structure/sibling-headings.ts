import { displayWidth } from "../text/char-classes";
import type { HeadingMatch } from "../detect-heading";

/** Numbering styles whose items count 1, 2, 3 (一、二、三): a run of them is a document's sections, never its title. */
const COUNTED_STYLES = new Set(["cn-num", "cn-paren", "arabic", "arabic-paren"]);
const CN_ORDINALS = "一二三四五六七八九十";
/** A question that opens a line (`洋务运动的主要内容是什么？…`): a Q&A note's heading, its answer run on after it. */
const OPENING_QUESTION = /^[^，。；！？,;!?]{2,}[？?]/;
const MAX_QUESTION_WIDTH = 40;
/** How many lines after a question are read for the next one (its answer may take a line or two). */
const QUESTION_LOOKAHEAD = 4;

/** The number a counted heading's numbering gives (`1.` → 1, `（二）` → 2), null when it counts no other way. */
function ordinal(numbering: string): number | null {
  const bare = numbering.replace(/[\s、．.（()）]/g, "");
  if (/^\d{1,2}$/.test(bare)) return Number(bare);
  const at = CN_ORDINALS.indexOf(bare);
  return bare.length === 1 && at >= 0 ? at + 1 : null;
}

function opensWithQuestion(line: string | undefined): boolean {
  const question = line && OPENING_QUESTION.exec(line.trim());
  return Boolean(question && displayWidth(question[0]) <= MAX_QUESTION_WIDTH);
}

/**
 * Whether the line at `index` is only the first of a run of sibling headings: numbered 1 (`1.`, `一、`, `（一）`) with its
 * 2 of the same style later in the text, or a question another question follows within a few lines. Such a line heads
 * the document's first section; it names no document (a flow guide's `1.递交入党申请`, a Q&A note's first question).
 */
export function opensSiblingRun(lines: readonly string[], headings: readonly (HeadingMatch | null)[], index: number): boolean {
  const heading = headings[index];
  if (heading && COUNTED_STYLES.has(heading.style) && ordinal(heading.numbering) === 1) {
    return headings.some((other, at) => at > index && other?.style === heading.style && ordinal(other.numbering) === 2);
  }
  if (!opensWithQuestion(lines[index])) return false;
  return lines.slice(index + 1, index + 1 + QUESTION_LOOKAHEAD).some((line) => opensWithQuestion(line));
}
