import type { BankWithEvidence } from "../generate-question-bank";
import type { Question, QuestionBank, ReviewedQuestion } from "../types";
import { applyRewrite, parseRewriteAnswer } from "./apply-rewrite";
import { buildRewritePrompt, rewriteSource, type ChatMessage } from "./rewrite-prompt";

export interface RewriteBankOptions {
  /** Asks the model; the reply's text, or null when there is none (network, HTTP error, timeout …). */
  complete(messages: ChatMessage[]): Promise<string | null>;
  /** The model's name, stored as the mark of what it rewrote. */
  model: string;
  /** Content hashes already stored: what is in the bank is an instructor's now, never rewritten again. */
  skip: ReadonlySet<string>;
  /** At most this many questions asked about in one pass. */
  limit: number;
}

export interface RewriteBankOutcome {
  bank: QuestionBank;
  /** Questions sent to the model. */
  asked: number;
  /** Rewrites taken: each now waits in the review queue, marked with the model. */
  rewritten: number;
  /** Why each other answer was not taken (English codes, for the log). */
  refusals: Array<{ questionId: string; refusal: string }>;
}

/**
 * The optional LLM pass over a generated bank: each new question with a source passage (up to the
 * limit) is sent to the model, and a rewrite that passes applyRewrite replaces it — moved to the
 * review queue with MACHINE_REWRITTEN, so the model's text never publishes by itself. Anything
 * else (no reply, malformed or refused answer) keeps the original question as generated.
 */
export async function rewriteQuestionBank(generated: BankWithEvidence, options: RewriteBankOptions): Promise<RewriteBankOutcome> {
  const { bank, candidates, index } = generated;
  const all = [...bank.accepted, ...bank.review.map((entry) => entry.question)];
  const chosen = all
    .filter((question) => !options.skip.has(question.contentHash) && candidates.has(question.contentHash) && rewriteSource(question, index) !== null)
    .slice(0, Math.max(0, options.limit));
  const refusals: RewriteBankOutcome["refusals"] = [];
  const results = await Promise.all(
    chosen.map(async (question) => {
      const reply = await options.complete(buildRewritePrompt(question, rewriteSource(question, index)!));
      if (reply === null) {
        refusals.push({ questionId: question.id, refusal: "NO_REPLY" });
        return null;
      }
      const parsed = parseRewriteAnswer(reply);
      const result = parsed.ok ? applyRewrite(candidates.get(question.contentHash)!, parsed.answer, { index, model: options.model }) : parsed;
      if (!result.ok) {
        refusals.push({ questionId: question.id, refusal: result.refusal });
        return null;
      }
      return { question: result.question, reasons: result.doubts, confidence: result.confidence } satisfies ReviewedQuestion;
    }),
  );
  const rewrites = new Map(results.filter((entry) => entry !== null).map((entry) => [entry.question.contentHash, entry]));
  const kept = (question: Question) => !rewrites.has(question.contentHash);
  return {
    bank: {
      accepted: bank.accepted.filter(kept),
      review: [...bank.review.filter((entry) => kept(entry.question)), ...rewrites.values()],
      rejected: bank.rejected,
    },
    asked: chosen.length,
    rewritten: rewrites.size,
    refusals,
  };
}
