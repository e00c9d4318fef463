import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { BankFilter } from "@/lib/validation/question";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertBankManager } from "./assert-bank-manager";
import { refuseBank, type BankRefusal } from "./bank-result";
import { STATUS_TRANSITIONS } from "./change-question-status";
import { bulkTargetWhere, type BulkTransition } from "./count-bulk-targets";

export interface BulkChangeQuestionStatusOptions {
  actor: Actor;
  filter: BankFilter;
  transition: BulkTransition;
  /** How many questions the confirmation showed; a different count now is refused. */
  expected: number;
}

export type BulkChangeResult = { ok: true; changed: number } | BankRefusal;

/**
 * Approves or retires every question under the filter in one transaction, with one audit entry
 * per question. Refused when the number differs from the confirmed one (the bank changed since).
 */
export async function bulkChangeQuestionStatus(db: Db, options: BulkChangeQuestionStatusOptions): Promise<BulkChangeResult> {
  assertBankManager(options.actor);
  const step = STATUS_TRANSITIONS[options.transition];
  return db.$transaction(async (tx) => {
    const targets = await tx.question.findMany({ where: bulkTargetWhere(options.filter, options.transition), select: { id: true, status: true } });
    if (targets.length !== options.expected) return refuseBank(`符合条件的题目已变为 ${targets.length} 道，请重新确认`);
    if (targets.length === 0) return { ok: true, changed: 0 };
    const ids = targets.map((target) => target.id);
    const { count } = await tx.question.updateMany({ where: { id: { in: ids }, status: { in: [...step.from] } }, data: { status: step.to } });
    await tx.auditLog.createMany({
      data: targets.map((target) => ({
        actorId: options.actor.id,
        action: `question.${options.transition}`,
        entityType: "Question",
        entityId: target.id,
        before: { status: target.status },
        after: { status: step.to, bulk: true },
      })),
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: `question.bulk-${options.transition}`,
      entityType: "QuestionBank",
      after: { count, filter: JSON.parse(JSON.stringify(options.filter)) },
    });
    return { ok: true, changed: count };
  });
}
