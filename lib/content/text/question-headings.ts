import { isMarkedHeading, type MarkedHeadings } from "./marked-headings";

/**
 * Study notes in question-and-answer form mark each question as a heading (Markdown `### 1. …？`) and list
 * the answer's points under it (`> 1. …`, `- …`). The question is one unit however many sentences it holds
 * (a quotation, then `谈谈…`), and the points under it are items of its answer, never headings of their own.
 */
const QUESTION_MARK = /[？?][”’」』]?$/;
/** Words that ask or set a task: `谈谈…`, `如何…`, `为什么…`, `你是如何理解…的`. */
export const QUESTION_WORD = /谈谈|如何|为什么|为何|怎样|怎么|什么|请你|试述|试论|简述|论述/;

/** A heading its author marked (Markdown `#`) that is a question: it ends in `？` or asks with a question word. */
export function isQuestionHeading(line: string, marked: MarkedHeadings | undefined): boolean {
  if (!isMarkedHeading(line, marked)) return false;
  const text = line.trim();
  return QUESTION_MARK.test(text) || QUESTION_WORD.test(text);
}

/**
 * For each line, whether it belongs to a question's answer: every line after a marked question heading up to the
 * next marked heading. Lines before the first question, and under a heading that is no question, are not.
 */
export function answerLines(lines: readonly string[], marked: MarkedHeadings | undefined): boolean[] {
  let inAnswer = false;
  return lines.map((line) => {
    if (isMarkedHeading(line, marked)) {
      inAnswer = isQuestionHeading(line, marked);
      return false;
    }
    return inAnswer;
  });
}

/** An asking form of a short question line without its mark: `为什么信仰马克思主义`, `什么是党性`, `坚持党的领导的意义`. */
const ASKING_FORM = /^(?:为什么|为何|什么是|如何|怎样|怎么)|是什么$|有哪些$|哪些$|的意义$|的内涵$/;
/** Such a line is short: a question's topic, not a sentence. */
const MAX_ASKING_TOPIC_CHARS = 24;

/** The number of a numbered line (`4.`, `四、`) when it is written in digits, else null. */
function arabicNumber(numbering: string): number | null {
  const digits = /^\d+/.exec(numbering.trim());
  return digits ? Number(digits[0]) : null;
}

/** A question line: a marked question heading, or a numbered line that ends in `？`. */
function isQuestionLine(line: string, marked: MarkedHeadings | undefined): boolean {
  return isQuestionHeading(line, marked) || QUESTION_MARK.test(line.trim());
}

interface NumberedLine {
  style: string;
  numbering: string;
  title: string;
  rest: string;
}

/**
 * Numbered lines that ask a question without a question mark (`4. 为什么信仰马克思主义`: an asking form, short, no stop) and
 * stand in a run of sibling questions: the nearest question line before it of the same numbering style has the number
 * just before its own (`3. …谈谈…。`), so it is the next question of that run, never a point of an answer (an answer's points
 * restart at `1.` under their question and are no question lines). Such a line titles its answer. A numbered list of
 * statements has no question before it and stays a list.
 */
export function askingTopicLines(
  lines: readonly string[],
  headings: ReadonlyArray<NumberedLine | null>,
  marked: MarkedHeadings | undefined,
): Set<number> {
  const topics = new Set<number>();
  lines.forEach((line, index) => {
    const heading = headings[index];
    if (!heading || !heading.title || heading.rest) return;
    const number = arabicNumber(heading.numbering);
    if (number === null || number < 2) return;
    // No stop or mark anywhere on the line (the numbering's own `.` aside): a line ending in `？` is a question already.
    const text = line.trim().slice(heading.numbering.length);
    if (heading.title.length > MAX_ASKING_TOPIC_CHARS || /[。！？!?；;，,：:]/.test(text) || !ASKING_FORM.test(heading.title)) return;
    // Its answer follows: a next line that is no question.
    const next = lines.slice(index + 1).find((other) => other.trim() !== "");
    if (next === undefined || isQuestionLine(next, marked)) return;
    for (let at = index - 1; at >= 0; at--) {
      const before = headings[at];
      if (!before || before.style !== heading.style || !isQuestionLine(lines[at]!, marked)) continue;
      if (arabicNumber(before.numbering) === number - 1) topics.add(index);
      return;
    }
  });
  return topics;
}
