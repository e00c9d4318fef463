/**
 * How an answer is put in words — the key on feedback, in the bank, on a printed key, in an
 * export, or a learner's own response in a review. One member of each type's definition
 * (`answerWords`) writes it; each place that shows one names its style below.
 */
export interface AnswerWordsStyle {
  /** 单选/多选: the letters run together (`AC`), each letter with its option (`A. 文本`), or the option texts alone. */
  choice: "letters" | "lettered" | "texts";
  /** 判断: 正确/错误, or √/× (a printed key). */
  verdict: "words" | "marks";
  /** 填空: the answers, each numbered (`第 1 空：…`), or the key's blanks numbered with their accepted variants (`第 1 空：甲 / 甲方`). */
  blanks: "answers" | "numbered" | "variants";
  /** Between lettered options, option texts or blanks. */
  separator: string;
}

/** Feedback after an answer, 背题模式, the answer review of history: `A. 文本；C. 文本`, 正确, `甲；乙`. */
export const FEEDBACK_WORDS: AnswerWordsStyle = { choice: "lettered", verdict: "words", blanks: "answers", separator: "；" };
/** An exam's result: the options' texts, since the learner saw them in a shuffled order. */
export const EXAM_RESULT_WORDS: AnswerWordsStyle = { choice: "texts", verdict: "words", blanks: "answers", separator: "；" };
/** The bank's answer panel: each blank numbered. */
export const BANK_KEY_WORDS: AnswerWordsStyle = { choice: "lettered", verdict: "words", blanks: "numbered", separator: "；" };
/** A question about to be imported: the letters, and every accepted answer of each blank. */
export const IMPORT_PREVIEW_WORDS: AnswerWordsStyle = { choice: "letters", verdict: "words", blanks: "variants", separator: "；" };
/** A printed key (lib/papers): letters, √/×, the blanks; what the text-layout import reads back. */
export const PRINTED_KEY_WORDS: AnswerWordsStyle = { choice: "letters", verdict: "marks", blanks: "answers", separator: "；" };
/** The back of an Anki card: one option or blank a line. */
export const ANKI_BACK_WORDS: AnswerWordsStyle = { choice: "lettered", verdict: "words", blanks: "variants", separator: "\n" };

/** An answer as a list of texts: a list's items, nothing otherwise (a saved response may be anything). */
export function answerItems(answer: unknown): string[] {
  return Array.isArray(answer) ? answer.map(String) : [];
}
