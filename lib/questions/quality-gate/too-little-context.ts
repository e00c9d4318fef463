import { tagWords } from "@/lib/content/knowledge/jieba";
import { CHOICE_MARKER, FILL_MARKER } from "../source-text";
import type { QualityRule } from "./rule";

const MIN_CONTEXT = 14;
const CONTENT = /^(n|nz|nt|ns|nr|vn|v|a|l|i|j)/;

/** What is left of the stem around the blank is too short, or has no other content word, to point at one answer. */
export const tooLittleContext: QualityRule = {
  code: "TOO_LITTLE_CONTEXT",
  description: "the stem leaves too little context to recover the answer",
  rejects({ question, evidence }) {
    // Lists, headings and quotations are asked about by name; only blanks and statements rest on a sentence's context.
    if (question.type === "SHORT_ANSWER" || question.focus === "speaker" && question.type === "SINGLE_CHOICE" || evidence.sentence === null) return false;
    if (question.type === "MULTIPLE_CHOICE" && !evidence.blanks) return false;
    const visible =
      question.type === "TRUE_FALSE" || !evidence.blanks ? question.stem.split(FILL_MARKER).join("").split(CHOICE_MARKER).join("") : cutBlanks(evidence.sentence, evidence.blanks);
    const chinese = visible.replace(/[^\u4e00-\u9fff]/g, "");
    if (chinese.length < MIN_CONTEXT) return true;
    return tagWords(chinese).filter((word) => CONTENT.test(word.tag) && word.word.length >= 2).length < 2;
  },
};

function cutBlanks(sentence: string, blanks: Array<{ start: number; end: number }>): string {
  let result = "";
  let at = 0;
  for (const blank of [...blanks].sort((a, b) => a.start - b.start)) {
    result += sentence.slice(at, blank.start);
    at = blank.end;
  }
  return result + sentence.slice(at);
}
