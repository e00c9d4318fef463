import { z } from "zod";
import { confidenceOf, scoreCandidate, type DoubtCode } from "../confidence";
import type { CourseIndex } from "../course-index";
import { characterPairs } from "../character-pairs";
import { normalizeAnswer } from "../normalize-answer";
import { checkCandidate } from "../quality-gate";
import { isChoice, splitOptions } from "../quality-gate/rule";
import { CHOICE_MARKER, FILL_MARKER } from "../source-text";
import type { Candidate, Question } from "../types";
import { keyTexts, rewriteSource, stemRewritable } from "./rewrite-prompt";

/** Review reason of every machine-rewritten question (confidence/doubts.ts DOUBTS): it never publishes by itself. */
export const MACHINE_REWRITTEN = "MACHINE_REWRITTEN" satisfies DoubtCode;

const MAX_TEXT = 400;
const MAX_EXPLANATION = 600;

/**
 * The model's answer: exactly these four fields (a forged field, a changed answer or option key,
 * is refused, not ignored), each bounded. What they may hold is decided below against the question.
 */
export const rewriteAnswerSchema = z.strictObject({
  stem: z.string().trim().min(4).max(MAX_TEXT),
  key: z.array(z.string().trim().min(1).max(MAX_TEXT)).min(1).max(6),
  distractors: z.array(z.string().trim().min(1).max(MAX_TEXT)).max(5),
  explanation: z.string().trim().min(10).max(MAX_EXPLANATION),
});

export type RewriteAnswer = z.infer<typeof rewriteAnswerSchema>;

/** Why a rewrite was not taken (English codes for logs; the original question stays). */
export type RewriteRefusal =
  | "NO_SOURCE"
  | "NOT_JSON"
  | "WRONG_SHAPE"
  | "KEY_CHANGED"
  | "STEM_CHANGED"
  | "BLANKS_CHANGED"
  | "STEM_UNSUPPORTED"
  | "DISTRACTOR_COUNT"
  | "DISTRACTOR_IS_KEY"
  | "DISTRACTOR_REPEATED"
  | "EXPLANATION_WITHOUT_SOURCE"
  | "EXPLANATION_WITHOUT_OPTIONS"
  | `GATE:${string}`
  | `NEW_DOUBT:${string}`;

export type RewriteResult = { ok: true; question: Question; doubts: string[]; confidence: number } | { ok: false; refusal: RewriteRefusal };

/** A model's reply as JSON: a fenced block or a leading <think>…</think> (Qwen3, DeepSeek-R1) taken off. */
export function parseRewriteAnswer(reply: string): { ok: true; answer: RewriteAnswer } | { ok: false; refusal: "NOT_JSON" | "WRONG_SHAPE" } {
  const body = reply
    .replace(/^\s*<think>[\s\S]*?<\/think>/, "")
    .trim()
    .replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, "$1");
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, refusal: "NOT_JSON" };
  }
  const parsed = rewriteAnswerSchema.safeParse(value);
  return parsed.success ? { ok: true, answer: parsed.data } : { ok: false, refusal: "WRONG_SHAPE" };
}

const markers = (stem: string) => [stem.split(FILL_MARKER).length, stem.split(CHOICE_MARKER).length].join(",");


/** Share of the new stem's character pairs found neither in the source nor in the old stem: what the model added. */
const MAX_NEW_PAIRS = 0.25;

function addsToSource(stem: string, original: string, cited: string): boolean {
  const known = new Set([...characterPairs(cited), ...characterPairs(original)]);
  const own = characterPairs(stem);
  return own.length === 0 || own.filter((pair) => !known.has(pair)).length / own.length > MAX_NEW_PAIRS;
}

const same = (a: string, b: string) => normalizeAnswer(a) === normalizeAnswer(b);
/** A key as a comparable value: its texts normalized, in any order. */
const keyOf = (texts: readonly string[]) => JSON.stringify(texts.map(normalizeAnswer).sort());

/**
 * A model's rewrite of a generated question, taken only if it keeps what the question tests and
 * passes the generator's own gate and confidence features (lib/questions/quality-gate,
 * confidence/) raising no doubt the original did not have. The question keeps its id and
 * content hash (what it tests is unchanged), is marked with the model's name, and carries
 * MACHINE_REWRITTEN among its doubts: it waits in the review queue whatever its score.
 */
export function applyRewrite(candidate: Candidate, answer: RewriteAnswer, context: { index: CourseIndex; model: string }): RewriteResult {
  const { question, evidence } = candidate;
  const source = rewriteSource(question, context.index);
  if (!source) return { ok: false, refusal: "NO_SOURCE" };
  if (keyOf(answer.key) !== keyOf(keyTexts(question))) return { ok: false, refusal: "KEY_CHANGED" };

  const stem = stemRewritable(question) ? answer.stem : question.stem;
  if (!stemRewritable(question) && !same(answer.stem, question.stem)) return { ok: false, refusal: "STEM_CHANGED" };
  if (markers(stem) !== markers(question.stem)) return { ok: false, refusal: "BLANKS_CHANGED" };
  if (stem !== question.stem && addsToSource(stem, question.stem, source.cited)) return { ok: false, refusal: "STEM_UNSUPPORTED" };

  let options = question.options;
  if (isChoice(question)) {
    const { correct, wrong } = splitOptions(question);
    if (answer.distractors.length !== wrong.length) return { ok: false, refusal: "DISTRACTOR_COUNT" };
    if (answer.distractors.some((text) => correct.some((right) => same(text, right)))) return { ok: false, refusal: "DISTRACTOR_IS_KEY" };
    if (new Set(answer.distractors.map(normalizeAnswer)).size !== answer.distractors.length) return { ok: false, refusal: "DISTRACTOR_REPEATED" };
    // The correct options keep their letters; the wrong ones take the model's distractors in order.
    const keys = question.answer;
    const replacements = [...answer.distractors];
    options = question.options.map((option) => (keys.includes(option.key) ? option : { key: option.key, text: replacements.shift()! }));
    if (!answer.distractors.every((text) => answer.explanation.includes(text))) return { ok: false, refusal: "EXPLANATION_WITHOUT_OPTIONS" };
  } else if (answer.distractors.length > 0) {
    return { ok: false, refusal: "DISTRACTOR_COUNT" };
  }
  if (!answer.explanation.includes(source.document)) return { ok: false, refusal: "EXPLANATION_WITHOUT_SOURCE" };

  const rewritten: Candidate = {
    question: { ...question, stem, options, explanation: answer.explanation, rewrittenBy: context.model },
    evidence: isChoice(question) ? { ...evidence, distractors: splitOptions({ ...question, options }).wrong } : evidence,
  };
  const defects = checkCandidate(rewritten, { index: context.index });
  if (defects.length > 0) return { ok: false, refusal: `GATE:${defects.join(",")}` };
  const before = new Set(scoreCandidate(candidate, context.index).doubts);
  const after = scoreCandidate(rewritten, context.index).doubts;
  const added = after.filter((doubt) => !before.has(doubt));
  if (added.length > 0) return { ok: false, refusal: `NEW_DOUBT:${added.join(",")}` };
  const confidence = confidenceOf(after).score;
  return { ok: true, question: { ...rewritten.question, confidence }, doubts: [MACHINE_REWRITTEN, ...after], confidence };
}
