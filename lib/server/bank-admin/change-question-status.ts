import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { RETIRED_BY_GENERATOR } from "@/lib/server/bank/plan-bank-sync";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertBankManager } from "./assert-bank-manager";
import { refuseBank, type BankRefusal } from "./bank-result";

/** The review steps of a question: from which statuses each leads to which. */
export const STATUS_TRANSITIONS = {
  approve: { from: ["DRAFT"], to: "ACTIVE", refusal: "只有待审核的题目可以审核通过" },
  retire: { from: ["DRAFT", "ACTIVE"], to: "RETIRED", refusal: "这道题目已经停用" },
  restore: { from: ["RETIRED"], to: "ACTIVE", refusal: "只有已停用的题目可以恢复" },
} as const satisfies Record<string, { from: QuestionStatus[]; to: QuestionStatus; refusal: string }>;

export type StatusTransition = keyof typeof STATUS_TRANSITIONS;

export type ChangeStatusResult = { ok: true; status: QuestionStatus } | BankRefusal;

/**
 * Moves one question along a review step, atomically (the status is part of the update's
 * condition), with an audit entry. Retiring by hand leaves `flagReason` alone, so the generator
 * never revives the question; restoring one the generator had retired clears that reason and
 * sets `editedAt`, or the next generation would retire it again.
 */
export async function changeQuestionStatus(
  db: Db,
  options: { actor: Actor; questionId: string; transition: StatusTransition; now?: Date },
): Promise<ChangeStatusResult> {
  assertBankManager(options.actor);
  const step = STATUS_TRANSITIONS[options.transition];
  return db.$transaction(async (tx) => {
    const stored = await tx.question.findUnique({ where: { id: options.questionId }, select: { id: true, status: true, flagReason: true } });
    if (!stored) return refuseBank("找不到这道题目");
    const data: Prisma.QuestionUpdateManyMutationInput = { status: step.to };
    if (options.transition === "restore" && stored.flagReason === RETIRED_BY_GENERATOR) {
      data.flagReason = null;
      data.editedAt = options.now ?? new Date();
    }
    const { count } = await tx.question.updateMany({ where: { id: stored.id, status: { in: [...step.from] } }, data });
    if (count === 0) return refuseBank(step.refusal);
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: `question.${options.transition}`,
      entityType: "Question",
      entityId: stored.id,
      before: { status: stored.status },
      after: { status: step.to },
    });
    return { ok: true, status: step.to };
  });
}
