import "server-only";
import type { Db } from "@/lib/db/prisma";
import { isOverdue } from "./exam-clock";
import { finalizeExamAttempt } from "./finalize-exam-attempt";

/**
 * The server's side of the timer: an in-progress attempt read after its deadline (and grace)
 * is closed as EXPIRED as of the deadline, with the answers saved until then. Returns true when
 * this call closed it.
 */
export async function closeOverdueAttempt(
  db: Db,
  attempt: { id: string; status: string; deadlineAt: Date | null; assignment: { closesAt: Date } | null },
  now: Date,
): Promise<boolean> {
  if (attempt.status !== "IN_PROGRESS" || !attempt.deadlineAt || !attempt.assignment || !isOverdue(attempt.deadlineAt, now)) return false;
  const deadlineAt = attempt.deadlineAt;
  const closesAt = attempt.assignment.closesAt;
  return db.$transaction((tx) => finalizeExamAttempt(tx, { attemptId: attempt.id, status: "EXPIRED", at: deadlineAt, closesAt }));
}
