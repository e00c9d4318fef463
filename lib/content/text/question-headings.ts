import { isMarkedHeading, type MarkedHeadings } from "./marked-headings";

/**
 * Study notes in question-and-answer form mark each question as a heading (Markdown `### 1. …？`) and list
 * the answer's points under it (`> 1. …`, `- …`). The question is one unit however many sentences it holds
 * (a quotation, then `谈谈…`), and the points under it are items of its answer, never headings of their own.
 */
const QUESTION_MARK = /[？?][”’」』]?$/;
/** Words that ask or set a task: `谈谈…`, `如何…`, `为什么…`, `你是如何理解…的`. */
const QUESTION_WORD = /谈谈|如何|为什么|为何|怎样|怎么|什么|请你|试述|试论|简述|论述/;

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
