import type { Prisma } from "@/lib/generated/prisma/client";
import { gradeAnswer, type LearnerResponse } from "@/lib/questions";
import { applyReview } from "@/lib/server/practice/apply-review";
import { recordMistakeOutcome } from "@/lib/server/practice/record-mistake-outcome";
import { toGradable } from "@/lib/server/practice/question-view";
import { awardPoints } from "@/lib/server/points/award-points";
import { drawnPoints, paperScore } from "./find-own-exam-attempt";

type Tx = Prisma.TransactionClient;

/**
 * Closes an in-progress attempt once and grades it: each saved answer is graded with
 * gradeAnswer and weighted by its drawn points; 简答题 score 0 and stay ungraded (correct =
 * null), since a learner cannot grade themself in an exam. Each auto-graded answer moves the
 * learner's FSRS card (wrong → Again, right → Good) and the 错题本, as in practice.
 *
 * The conditional status update is the claim: of two concurrent submits (double click, two
 * tabs, the client timer and a lazy server expiry) exactly one closes and grades the attempt.
 * Returns false when the attempt was already closed.
 */
export async function finalizeExamAttempt(
  tx: Tx,
  input: { attemptId: string; status: "SUBMITTED" | "EXPIRED"; at: Date; closesAt: Date },
): Promise<boolean> {
  const claimed = await tx.attempt.updateMany({
    where: { id: input.attemptId, status: "IN_PROGRESS" },
    data: { status: input.status, submittedAt: input.at, late: input.at.getTime() > input.closesAt.getTime() },
  });
  if (claimed.count === 0) return false;

  const attempt = await tx.attempt.findUniqueOrThrow({ where: { id: input.attemptId } });
  const points = drawnPoints(attempt);
  const [responses, questions] = await Promise.all([
    tx.response.findMany({ where: { attemptId: attempt.id } }),
    tx.question.findMany({ where: { id: { in: attempt.questionIds } } }),
  ]);
  const questionById = new Map(questions.map((question) => [question.id, question]));

  const graded: Array<{ questionId: string; score: number | null }> = [];
  for (const response of responses) {
    const question = questionById.get(response.questionId);
    if (!question) continue;
    const grade = gradeAnswer(toGradable(question), response.answer as LearnerResponse);
    graded.push({ questionId: question.id, score: grade.score });
    const correct = grade.status === "self-graded" ? null : grade.status === "correct";
    // 简答题 keep score null: pending, not wrong; they add nothing to the total.
    await tx.response.update({ where: { id: response.id }, data: { correct, score: grade.score } });
    if (correct === null) continue;
    await applyReview(tx, { userId: attempt.userId, questionId: question.id, rating: correct ? "GOOD" : "AGAIN", now: input.at, responseId: response.id, durationMs: response.durationMs });
    await recordMistakeOutcome(tx, { userId: attempt.userId, questionId: question.id, correct, now: input.at });
  }
  const maxScore = points.reduce((sum, value) => sum + value, 0);
  await tx.attempt.update({ where: { id: attempt.id }, data: { score: paperScore(attempt, graded), maxScore } });
  if (responses.length > 0) await awardPoints(tx, { userId: attempt.userId, activity: "QUIZ", sourceId: attempt.id, now: input.at });
  return true;
}
