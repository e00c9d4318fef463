import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { startQuestionSetPractice } from "./start-practice";

/**
 * 重做错题 from a results screen: a 错题重练 attempt (mode MISTAKES) of the questions answered wrong
 * in one of the learner's own practice attempts, in that attempt's order. Another learner's
 * attempt, or one without a wrong answer, starts nothing (null).
 */
export async function startRedoWrong(db: Db, actor: Actor, input: { attemptId: string; now?: Date }): Promise<string | null> {
  const attempt = await db.attempt.findFirst({ where: { id: input.attemptId, userId: actor.id, mode: { not: "QUIZ" } }, select: { id: true, questionIds: true } });
  if (!attempt) return null;
  const wrong = new Set((await db.response.findMany({ where: { attemptId: attempt.id, correct: false }, select: { questionId: true } })).map((row) => row.questionId));
  const questionIds = attempt.questionIds.filter((questionId) => wrong.has(questionId));
  if (questionIds.length === 0) return null;
  return startQuestionSetPractice(db, actor, { mode: "MISTAKES", questionIds, scope: { fromAttempt: attempt.id }, now: input.now });
}
