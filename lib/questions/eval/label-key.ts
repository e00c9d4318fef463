import { createHash } from "node:crypto";
import { normalizeAnswer } from "../normalize-answer";
import { testedAnswers } from "../question-hash";
import type { EvalQuestion } from "./types";

/**
 * The key a label is stored under: type, the cited source text and what the question tests — not
 * the question's id or wording of distractors, so a question the generator still produces from the
 * same sentence with the same key answer keeps its label when other questions change around it.
 * - source: the cited span (sentence or clause window); for heading-list questions, which cite no
 *   passage, the stem (the section title it names) stands in.
 * - answer: the normalised tested texts (correct option texts, blanks, model answer); for 判断 the
 *   statement itself, since one sentence gives several statements that are true or false.
 */
export function labelKey({ question, sourceText }: Pick<EvalQuestion, "question" | "sourceText">): string {
  const source = normalizeAnswer(sourceText ?? question.stem);
  const answers = question.type === "TRUE_FALSE" ? [String(question.answer), normalizeAnswer(question.stem)] : testedAnswers(question).map(normalizeAnswer).sort();
  const text = [question.type, source, ...answers].join("\u241f");
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/**
 * Fingerprint of all a reader saw (stem, options, answer, 解析). When it differs from the label's,
 * the question kept its key but changed in form (new distractors, a new 解析): the label may be stale.
 */
export function shownFingerprint({ question }: Pick<EvalQuestion, "question">): string {
  const text = [question.stem, ...question.options.map((option) => `${option.key}.${option.text}`), JSON.stringify(question.answer), question.explanation].join("\u241f");
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

/** The key answer as a reader reads it: correct option texts, 正确/错误, blanks, or the model answer. */
export function readableAnswer({ question }: Pick<EvalQuestion, "question">): string {
  if (question.type === "TRUE_FALSE") return question.answer === true ? "正确" : "错误";
  const answers = testedAnswers(question);
  return question.type === "SHORT_ANSWER" ? answers[0]! : answers.join("；");
}
