import "server-only";
import type { BuiltCourse } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import { generateQuestionBankWithEvidence, indexCourse, type BankWithEvidence, type CourseIndex, type QuestionBank } from "@/lib/questions";
import { rewriteQuestionBank } from "@/lib/questions/rewrite";
import { chatCompletion, ProviderCircuit } from "./chat-completion";
import { llmConfig, type LlmConfig } from "./llm-config";

type GeneratedCourse = Pick<BuiltCourse, "modules" | "title" | "reports">;

/**
 * A rule-written bank with each kept question's candidate: plain data, which crosses a worker's boundary. The course
 * index is there only when the bank was made in this thread; otherwise it is rebuilt from the course (indexCourse is
 * linear and deterministic: the same course gives the index the candidates were judged by).
 */
export type RuleWrittenBank = Omit<BankWithEvidence, "index"> & { index?: CourseIndex };

export interface GenerateBankOptions {
  /**
   * Where the rule-written bank is made: in this thread by default (content:build); publishUpload's in a worker with a
   * heap and a time limit (generateBankInWorker), with a model configured or not. `evidence` says the rewrite pass will
   * need the candidates; without it they may be left out.
   */
  ruleWritten?: (course: GeneratedCourse, options: { evidence: boolean }) => Promise<RuleWrittenBank>;
  /** After this many milliseconds no more questions are sent to the model: the rest stay as generated. */
  rewriteTimeLimitMs?: number;
}

const inThisThread = async (course: GeneratedCourse): Promise<RuleWrittenBank> => generateQuestionBankWithEvidence(course);

/**
 * A course's generated bank, ready to store. With the LLM provider configured, the questions not
 * yet in the database go through the rewrite pass (lib/questions/rewrite): a rewrite that passes
 * the generator's checks replaces its question and waits in the review queue, marked with the
 * model. Without it, or when the model fails, the bank is the rule-written one. A provider found
 * unreachable is not asked again in the same generation, and failures are logged once, counted.
 * Only the rewrite pass (network waits and the checks of the few questions asked about) runs in
 * this thread when options.ruleWritten runs the generation elsewhere.
 */
export async function generateBankWithRewrites(db: Db, course: GeneratedCourse, config: LlmConfig | null = llmConfig(), options: GenerateBankOptions = {}): Promise<QuestionBank> {
  const rewrite = config !== null && config.maxQuestions > 0;
  const ruleWritten = await (options.ruleWritten ?? inThisThread)(course, { evidence: rewrite });
  if (!rewrite || config === null) return ruleWritten.bank;
  const generated: BankWithEvidence = { ...ruleWritten, index: ruleWritten.index ?? indexCourse(course) };
  const hashes = [...generated.bank.accepted, ...generated.bank.review.map((entry) => entry.question)].map((question) => question.contentHash);
  const stored = await db.question.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true } });
  const circuit = new ProviderCircuit();
  // Past the time limit the questions still waiting for a turn are not sent, as when the provider is down.
  const timer = options.rewriteTimeLimitMs === undefined ? undefined : setTimeout(() => circuit.record({ ok: false, reason: "time limit reached", unreachable: true }), options.rewriteTimeLimitMs);
  const failures = new Map<string, number>();
  const outcome = await rewriteQuestionBank(generated, {
    complete: async (messages) => {
      const result = await chatCompletion(config, messages, circuit);
      if (result.ok) return result.text;
      failures.set(result.reason, (failures.get(result.reason) ?? 0) + 1);
      return null;
    },
    model: config.model,
    skip: new Set(stored.map((row) => row.contentHash)),
    limit: config.maxQuestions,
  }).finally(() => clearTimeout(timer));
  if (failures.size > 0) {
    // One line a generation, never one a question: a model that is down would otherwise fill the log.
    const counted = [...failures].map(([reason, count]) => `${reason} ×${count}`).join(", ");
    console.warn(`LLM rewrite (${config.model}): no usable reply for ${[...failures.values()].reduce((sum, count) => sum + count, 0)} questions (${counted})${circuit.down ? `; the provider is unreachable (${circuit.down}), so the rest were not sent` : ""}; those questions stay as generated.`);
  }
  if (outcome.asked > 0) {
    const reasons = new Map<string, number>();
    for (const { refusal } of outcome.refusals) reasons.set(refusal, (reasons.get(refusal) ?? 0) + 1);
    const refused = [...reasons].map(([reason, count]) => `${reason} ×${count}`).join(", ");
    console.info(`LLM rewrite (${config.model}): ${outcome.rewritten} of ${outcome.asked} questions rewritten, to review${refused ? `; kept as generated: ${refused}` : ""}.`);
  }
  return outcome.bank;
}
