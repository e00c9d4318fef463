import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { AttemptMode, Prisma } from "@/lib/generated/prisma/client";
import { attemptScore } from "@/lib/quizzes/attempt-score";

/** The practice modes (every attempt mode but QUIZ): a learner holds at most one open attempt in each. */
export type PracticeAttemptMode = Exclude<AttemptMode, "QUIZ">;

/** What a practice attempt covers, as flat text values (a module, an order, a day, a 错题本 group …). */
export type PracticeScope = Record<string, string>;

export interface PracticeAttemptDraft {
  questionIds: string[];
  /** A deterministic id (每日一练: one per study day), else a generated one. */
  id?: string;
  startedAt?: Date;
}

/** A learner's open attempt in a practice mode, as openPracticeAttempt finds it. */
export interface OpenPracticeAttempt {
  id: string;
  scope: Prisma.JsonValue;
  questionIds: string[];
}

/**
 * Starts a practice mode, or resumes it. A learner has at most one open attempt per mode (the
 * partial unique index Attempt_userId_mode_open_key): starting the mode with the scope of its
 * open attempt returns that attempt, whose page resumes at the first unanswered question; starting
 * it with another scope (another module, another 错题本 group) ends the open attempt
 * (endPracticeAttempt) and starts the new one. A mode whose set moves as it is answered (复习)
 * passes `isCurrent` instead of a changing scope: the open attempt of the same scope resumes only
 * while that says it still serves what the mode would serve now. `draw` picks the questions only
 * when a new attempt is needed; when it finds none, nothing changes and null is returned.
 *
 * Two requests starting the same mode at once (two tabs, a double tap) both end up on one
 * attempt: the loser's INSERT meets the index and does nothing, and both return the open attempt.
 */
export async function openPracticeAttempt(
  db: Db,
  input: {
    userId: string;
    mode: PracticeAttemptMode;
    scope: PracticeScope;
    draw: () => Promise<PracticeAttemptDraft | null>;
    isCurrent?: (open: OpenPracticeAttempt) => Promise<boolean>;
    now?: Date;
  },
): Promise<string | null> {
  const { userId, mode } = input;
  const open = await findOpenAttempt(db, userId, mode);
  if (open && sameScope(open.scope, input.scope) && (!input.isCurrent || (await input.isCurrent(open)))) return open.id;
  const draft = await input.draw();
  if (!draft || draft.questionIds.length === 0) return null;
  if (open) await endPracticeAttempt(db, { userId, attemptId: open.id, now: input.now });
  await db.attempt.createMany({
    data: [{ ...(draft.id ? { id: draft.id } : {}), userId, mode, questionIds: draft.questionIds, scope: input.scope, startedAt: draft.startedAt ?? input.now ?? new Date() }],
    skipDuplicates: true,
  });
  if (draft.id) return draft.id;
  // Ours, or the attempt a concurrent start of the same mode created first.
  return (await findOpenAttempt(db, userId, mode))?.id ?? null;
}

/** The learner's open attempt in a practice mode, if any. */
export async function findOpenAttempt(db: Db, userId: string, mode: PracticeAttemptMode): Promise<OpenPracticeAttempt | null> {
  return db.attempt.findFirst({ where: { userId, mode, status: "IN_PROGRESS" }, select: { id: true, scope: true, questionIds: true } });
}

/**
 * Ends a learner's open practice attempt before all its questions are answered: an attempt with
 * no answer is deleted (nothing of the learner's is in it), one with answers is closed with them
 * and scored by attemptScore (lib/quizzes/attempt-score.ts), so it is listed in 答题记录 with what
 * was done. The attempt row is locked first and the answers read after: a 简答 self-rating
 * committed meanwhile is in the score, and one that comes later finds the attempt closed and
 * scores it again itself.
 */
export async function endPracticeAttempt(db: Db, input: { userId: string; attemptId: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    const [attempt] = await tx.$queryRaw<Array<{ id: string; mode: PracticeAttemptMode; questionIds: string[] }>>`
      SELECT "id", "mode", "questionIds" FROM "Attempt"
      WHERE "id" = ${input.attemptId} AND "userId" = ${input.userId} AND "status" = 'IN_PROGRESS' AND "mode" <> 'QUIZ'
      FOR UPDATE`;
    if (!attempt) return;
    const responses = await tx.response.findMany({ where: { attemptId: attempt.id }, select: { questionId: true, correct: true, score: true } });
    if (responses.length === 0) await tx.attempt.delete({ where: { id: attempt.id } });
    else await tx.attempt.update({ where: { id: attempt.id }, data: { status: "SUBMITTED", submittedAt: now, ...attemptScore(attempt, responses) } });
  });
}

function sameScope(stored: Prisma.JsonValue, scope: PracticeScope): boolean {
  return canonical(stored) === canonical(scope);
}

function canonical(value: Prisma.JsonValue | PracticeScope): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "{}";
  // Absent and undefined keys alike: a scope parsed from a form may carry undefined fields, which JSON drops.
  return JSON.stringify(Object.entries(value).filter(([, item]) => item !== undefined && item !== null).sort(([a], [b]) => a.localeCompare(b)));
}
