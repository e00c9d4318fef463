import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { savedResponse } from "@/lib/questions";
import { answerOutcome, type MistakeEffect } from "@/lib/learning/answer-outcome";
import { newCard, scheduleReview } from "@/lib/srs";
import { jsonRowsSql } from "@/lib/db/json-rows";
import {
  CARD_MOVE_COLUMNS,
  MISTAKE_OUTCOME_COLUMNS,
  advanceMistakeStreaksSql,
  cardMoveRow,
  fileMistakesSql,
  insertReviewLogsSql,
  upsertCardsSql,
  type CardMoveRow,
} from "@/lib/server/practice/answer-writes";
import { learnerSchedulerOptions } from "@/lib/server/practice/learner-scheduler-options";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import { awardPoints } from "@/lib/server/points/award-points";
import { examMistakesFileable } from "@/lib/quizzes/key-visibility";
import { attemptScore, type ScoredResponse } from "@/lib/quizzes/attempt-score";
import { drawnPoints } from "./find-own-exam-attempt";

type Tx = Prisma.TransactionClient;

const GRADE_COLUMNS = { responseId: "text", correct: "boolean", score: "float8" } as const;

/**
 * Closes an in-progress attempt once and grades it: what each saved answer does is the answer
 * core's `exam` behaviour (lib/learning/answer-outcome.ts), its score weighted by its drawn
 * points; 简答题 score 0 and stay ungraded (correct = null), since a learner cannot grade
 * themself in an exam. Each auto-graded answer moves the learner's FSRS card (wrong → Again,
 * right → Good). The 错题本 (which shows the key) moves only when the quiz's result policy
 * shows this paper's answers now (examMistakesFileable):
 * AFTER_CLOSE papers are filed when the window closes (file-released-exam-mistakes.ts), NEVER
 * papers never.
 * Statements: the learner's settings and cards are read once; then one statement writes every
 * answer's grade, card, review log and 错题本 outcome.
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

  const attempt = await tx.attempt.findUniqueOrThrow({
    where: { id: input.attemptId },
    include: { assignment: { select: { quiz: { select: { resultPolicy: true } } } } },
  });
  const mistakesFileable = attempt.assignment !== null && examMistakesFileable(attempt.assignment.quiz.resultPolicy, input.closesAt, input.at);
  // Saving refuses answers after the deadline; one stored later all the same (an instance whose
  // clock runs behind) is not part of the paper.
  if (attempt.deadlineAt) await tx.response.deleteMany({ where: { attemptId: attempt.id, answeredAt: { gt: attempt.deadlineAt } } });
  const points = drawnPoints(attempt);
  const [responses, questions, cards, options] = await Promise.all([
    tx.response.findMany({ where: { attemptId: attempt.id } }),
    tx.question.findMany({ where: { id: { in: attempt.questionIds } } }),
    tx.card.findMany({ where: { userId: attempt.userId, questionId: { in: attempt.questionIds } } }),
    learnerSchedulerOptions(tx, attempt.userId),
  ]);
  const questionById = new Map(questions.map((question) => [question.id, question]));
  const cardByQuestion = new Map(cards.map((card) => [card.questionId, card]));
  const userId = attempt.userId;
  const now = input.at;

  const gradeRows: Array<{ responseId: string; correct: boolean | null; score: number | null }> = [];
  const graded: ScoredResponse[] = [];
  const moves: CardMoveRow[] = [];
  const outcomes: Array<{ userId: string; questionId: string; mistake: MistakeEffect; at: Date }> = [];
  for (const response of responses) {
    const question = questionById.get(response.questionId);
    if (!question) continue;
    const key = questionKeyOfRow(question);
    // What the answer does (lib/learning/answer-outcome.ts); 简答题 keep correct null: pending, not wrong.
    const outcome = answerOutcome(key, savedResponse(key.type, response.answer), "exam", { mistakesFileable });
    gradeRows.push({ responseId: response.id, correct: outcome.correct, score: outcome.grade.score });
    graded.push({ questionId: question.id, correct: outcome.correct, score: outcome.grade.score });
    const questionId = question.id;
    if (outcome.rating) {
      const { card, log } = scheduleReview(cardByQuestion.get(questionId) ?? newCard(now), outcome.rating, now, options);
      moves.push(cardMoveRow({ userId, questionId, responseId: response.id, durationMs: response.durationMs, card, log }));
    }
    if (outcome.mistake !== "none") outcomes.push({ userId, questionId, mistake: outcome.mistake, at: now });
  }
  const moveRows = jsonRowsSql(moves, CARD_MOVE_COLUMNS);
  const outcomeRows = jsonRowsSql(outcomes, MISTAKE_OUTCOME_COLUMNS);
  await tx.$queryRaw(Prisma.sql`
    WITH graded AS (
      UPDATE "Response" x SET "correct" = g."correct", "score" = g."score"
      FROM (${jsonRowsSql(gradeRows, GRADE_COLUMNS)}) g WHERE x."id" = g."responseId" RETURNING x."id"
    ),
    card AS (${upsertCardsSql(moveRows)}),
    review AS (${insertReviewLogsSql(moveRows)}),
    filed AS (${fileMistakesSql(outcomeRows)}),
    streak AS (${advanceMistakeStreaksSql(outcomeRows)})
    SELECT 1 AS "done"`);
  await tx.attempt.update({ where: { id: attempt.id }, data: attemptScore({ ...attempt, points }, graded) });
  if (responses.length > 0) await awardPoints(tx, { userId: attempt.userId, activity: "QUIZ", sourceId: attempt.id, now: input.at });
  return true;
}
