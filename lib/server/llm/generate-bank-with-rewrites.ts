import "server-only";
import type { BuiltCourse } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import { generateQuestionBank, generateQuestionBankWithEvidence, type QuestionBank } from "@/lib/questions";
import { rewriteQuestionBank } from "@/lib/questions/rewrite";
import { chatCompletion, ProviderCircuit } from "./chat-completion";
import { llmConfig, type LlmConfig } from "./llm-config";

/**
 * A course's generated bank, ready to store. With the LLM provider configured, the questions not
 * yet in the database go through the rewrite pass (lib/questions/rewrite): a rewrite that passes
 * the generator's checks replaces its question and waits in the review queue, marked with the
 * model. Without it, or when the model fails, the bank is the rule-written one. A provider found
 * unreachable is not asked again in the same generation, and failures are logged once, counted.
 */
export interface GenerateBankOptions {
  /** How the rule-written bank is made when no model rewrites it (publishUpload: in a worker); generateQuestionBank by default. */
  ruleWritten?: (course: Pick<BuiltCourse, "modules" | "title" | "reports">) => Promise<QuestionBank>;
  /** After this many milliseconds no more questions are sent to the model: the rest stay as generated. */
  rewriteTimeLimitMs?: number;
}

export async function generateBankWithRewrites(
  db: Db,
  course: Pick<BuiltCourse, "modules" | "title" | "reports">,
  config: LlmConfig | null = llmConfig(),
  options: GenerateBankOptions = {},
): Promise<QuestionBank> {
  if (config === null || config.maxQuestions === 0) return options.ruleWritten ? options.ruleWritten(course) : generateQuestionBank(course);
  const generated = generateQuestionBankWithEvidence(course);
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
