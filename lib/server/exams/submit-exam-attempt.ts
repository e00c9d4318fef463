import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { handedInAt, isOverdue } from "./exam-clock";
import { findOwnExamAttempt } from "./find-own-exam-attempt";
import { finalizeExamAttempt } from "./finalize-exam-attempt";

export type SubmitResult =
  | { ok: true; status: "SUBMITTED" | "EXPIRED"; late: boolean; submittedAt: Date }
  | { ok: false; reason: "NOT_FOUND" };

/**
 * Submits the learner's attempt once. A second submit (double click, retry, another tab) finds
 * it closed and returns the same outcome. A hand-in arriving in the grace after the deadline is
 * SUBMITTED as of the deadline; past the grace the attempt is closed as EXPIRED as of the
 * deadline. Either way what was saved by the deadline counts, nothing later.
 */
export async function submitExamAttempt(db: Db, actor: Actor, input: { attemptId: string; now?: Date }): Promise<SubmitResult> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const attempt = await findOwnExamAttempt(tx, { userId: actor.id, attemptId: input.attemptId });
    if (!attempt || !attempt.assignment) return { ok: false, reason: "NOT_FOUND" } as const;
    if (attempt.status === "IN_PROGRESS") {
      const expired = isOverdue(attempt.deadlineAt, now);
      await finalizeExamAttempt(tx, {
        attemptId: attempt.id,
        status: expired ? "EXPIRED" : "SUBMITTED",
        at: handedInAt(attempt.deadlineAt, now),
        closesAt: attempt.assignment.closesAt,
      });
    }
    const closed = await tx.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { status: true, late: true, submittedAt: true } });
    return { ok: true, status: closed.status as "SUBMITTED" | "EXPIRED", late: closed.late, submittedAt: closed.submittedAt! };
  });
}
