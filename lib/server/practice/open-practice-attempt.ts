import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { AttemptMode, Prisma } from "@/lib/generated/prisma/client";

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

/**
 * Starts a practice mode, or resumes it. A learner has at most one open attempt per mode (the
 * partial unique index Attempt_userId_mode_open_key): starting the mode with the scope of its
 * open attempt returns that attempt, whose page resumes at the first unanswered question; starting
 * it with another scope (another module, another 错题本 group) ends the open attempt
 * (endPracticeAttempt) and starts the new one. `draw` picks the questions only when a new attempt
 * is needed; when it finds none, nothing changes and null is returned.
 *
 * Two requests starting the same mode at once (two tabs, a double tap) both end up on one
 * attempt: the loser's INSERT meets the index and does nothing, and both return the open attempt.
 */
export async function openPracticeAttempt(
  db: Db,
  input: { userId: string; mode: PracticeAttemptMode; scope: PracticeScope; draw: () => Promise<PracticeAttemptDraft | null>; now?: Date },
): Promise<string | null> {
  const { userId, mode } = input;
  const open = await findOpenAttempt(db, userId, mode);
  if (open && sameScope(open.scope, input.scope)) return open.id;
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
export async function findOpenAttempt(db: Db, userId: string, mode: PracticeAttemptMode) {
  return db.attempt.findFirst({ where: { userId, mode, status: "IN_PROGRESS" }, select: { id: true, scope: true, questionIds: true } });
}

/**
 * Ends a learner's open practice attempt before all its questions are answered: an attempt with
 * no answer is deleted (nothing of the learner's is in it), one with answers is closed with them
 * (score: right answers; out of its questions, or for 挑战答题 the questions answered), so it is
 * listed in 答题记录 with what was done.
 */
export async function endPracticeAttempt(db: Db, input: { userId: string; attemptId: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await db.$executeRaw`
    DELETE FROM "Attempt" a
    WHERE a."id" = ${input.attemptId} AND a."userId" = ${input.userId} AND a."status" = 'IN_PROGRESS' AND a."mode" <> 'QUIZ'
      AND NOT EXISTS (SELECT 1 FROM "Response" x WHERE x."attemptId" = a."id")`;
  await db.$executeRaw`
    UPDATE "Attempt" a SET "status" = 'SUBMITTED', "submittedAt" = ${now},
           "score" = (SELECT count(*) FROM "Response" x WHERE x."attemptId" = a."id" AND x."correct"),
           "maxScore" = CASE WHEN a."mode" = 'CHALLENGE' THEN (SELECT count(*) FROM "Response" x WHERE x."attemptId" = a."id") ELSE cardinality(a."questionIds") END
    WHERE a."id" = ${input.attemptId} AND a."userId" = ${input.userId} AND a."status" = 'IN_PROGRESS' AND a."mode" <> 'QUIZ'`;
}

function sameScope(stored: Prisma.JsonValue, scope: PracticeScope): boolean {
  return canonical(stored) === canonical(scope);
}

function canonical(value: Prisma.JsonValue | PracticeScope): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "{}";
  // Absent and undefined keys alike: a scope parsed from a form may carry undefined fields, which JSON drops.
  return JSON.stringify(Object.entries(value).filter(([, item]) => item !== undefined && item !== null).sort(([a], [b]) => a.localeCompare(b)));
}
