import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { Prisma, type AttemptMode, type AttemptStatus } from "@/lib/generated/prisma/client";
import { pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";
import { gradeAnswer, type LearnerResponse } from "@/lib/questions";
import { newCard, ratingFromOutcome, scheduleReview, type CardStateName, type SrsCard, type SrsRating, type SrsReviewLog } from "@/lib/srs";
import { buildFeedback, type AnswerFeedback, type FeedbackQuestion, type FeedbackResponse } from "./answer-feedback";
import { applyReview } from "./apply-review";
import { advanceMistakeStreakSql, fileMistakeSql, insertReviewLogFromCardSql, upsertCardSql } from "./answer-writes";
import { schedulerOptionsFrom } from "./learner-scheduler-options";
import { newId } from "@/lib/db/new-id";
import { recordMistakeOutcome } from "./record-mistake-outcome";
import { toGradable, type GradableQuestion } from "./question-view";
import { awardPoints, insertPointsEntrySql } from "@/lib/server/points/award-points";

export type AnswerRefusal = "NOT_FOUND" | "INVALID_RESPONSE" | "ALREADY_RATED" | "ATTEMPT_CLOSED" | AccountRefusal;

/** The account behind a session may no longer answer: deactivated, or still on a one-time password. */
export type AccountRefusal = "SIGNED_OUT" | "PASSWORD_CHANGE_REQUIRED";

export type AnswerResult = { ok: true; feedback: AnswerFeedback } | { ok: false; reason: AnswerRefusal };

type Tx = Prisma.TransactionClient;

/** Only the learner's own, practice-mode attempts that hold the question are answerable here. */
async function findPracticeAttempt(tx: Tx, actor: Actor, attemptId: string, questionId: string) {
  const attempt = await tx.attempt.findFirst({ where: { id: attemptId, userId: actor.id, mode: { not: "QUIZ" } } });
  return attempt && attempt.questionIds.includes(questionId) ? attempt : null;
}

function responseFits(type: string, response: LearnerResponse): boolean {
  switch (type) {
    case "SINGLE_CHOICE":
      return Array.isArray(response) && response.length === 1;
    case "MULTIPLE_CHOICE":
      return Array.isArray(response) && response.length >= 1;
    case "TRUE_FALSE":
      return typeof response === "boolean";
    case "FILL_BLANK":
      return Array.isArray(response);
    default:
      return typeof response === "string";
  }
}

interface AnswerContext {
  accountActive: boolean;
  mustChangePassword: boolean;
  mode: AttemptMode;
  status: AttemptStatus;
  questionCount: number;
  /** Responses already recorded in the attempt, and how many of them are right. */
  answered: number;
  right: number;
  /** The question row (jsonb, so its timestamps are strings: none of them is read) with its passage's text. */
  question: GradableQuestion & FeedbackQuestion;
  existing: FeedbackResponse | null;
  desiredRetention: number | null;
  fsrsParameters: number[] | null;
  /** Points credited today, per activity. */
  pointsToday: Partial<Record<PointsActivityName, number>> | null;
  cardDue: Date | null;
  cardStability: number | null;
  cardDifficulty: number | null;
  cardElapsedDays: number | null;
  cardScheduledDays: number | null;
  cardLearningSteps: number | null;
  cardReps: number | null;
  cardLapses: number | null;
  cardState: CardStateName | null;
  cardLastReview: Date | null;
}

/**
 * Everything an answer needs, in one statement: the learner's account state, the attempt (only
 * the learner's own, a practice mode, holding the question), the question with its passage, a
 * response already recorded, the learner's scheduler settings, their card for the question,
 * today's points.
 */
async function readAnswerContext(db: Db, learner: Learner, input: { attemptId: string; questionId: string; day: string }): Promise<AnswerContext | null> {
  const rows = await db.$queryRaw<AnswerContext[]>`
    SELECT u."active" AS "accountActive", u."mustChangePassword", a."mode", a."status", cardinality(a."questionIds") AS "questionCount",
           (SELECT count(*)::int FROM "Response" x WHERE x."attemptId" = a."id") AS "answered",
           (SELECT count(*)::int FROM "Response" x WHERE x."attemptId" = a."id" AND x."correct") AS "right",
           to_jsonb(q) || jsonb_build_object('passage', CASE WHEN p."id" IS NULL THEN NULL ELSE jsonb_build_object('text', p."text") END) AS "question",
           (SELECT jsonb_build_object('answer', r."answer", 'correct', r."correct", 'score', r."score", 'selfGrade', r."selfGrade")
              FROM "Response" r WHERE r."attemptId" = a."id" AND r."questionId" = q."id") AS "existing",
           s."desiredRetention", s."fsrsParameters",
           (SELECT jsonb_object_agg(t."activity", t."points") FROM (
              SELECT e."activity", sum(e."points") AS "points" FROM "PointsEntry" e
              WHERE e."userId" = a."userId" AND e."day" = ${input.day}::date GROUP BY e."activity") t) AS "pointsToday",
           c."due" AS "cardDue", c."stability" AS "cardStability", c."difficulty" AS "cardDifficulty", c."elapsedDays" AS "cardElapsedDays",
           c."scheduledDays" AS "cardScheduledDays", c."learningSteps" AS "cardLearningSteps", c."reps" AS "cardReps", c."lapses" AS "cardLapses",
           c."state"::text AS "cardState", c."lastReview" AS "cardLastReview"
    FROM "Attempt" a
    JOIN "User" u ON u."id" = a."userId"
    JOIN "Question" q ON q."id" = ${input.questionId}
    LEFT JOIN "Passage" p ON p."id" = q."passageId"
    LEFT JOIN "LearnerSettings" s ON s."userId" = a."userId"
    LEFT JOIN "Card" c ON c."userId" = a."userId" AND c."questionId" = q."id"
    WHERE a."id" = ${input.attemptId} AND a."userId" = ${learner.id} AND a."mode" <> 'QUIZ' AND q."id" = ANY(a."questionIds")`;
  const row = rows[0];
  return row ? { ...row, questionCount: Number(row.questionCount), answered: Number(row.answered), right: Number(row.right) } : null;
}

/** Parameters for the review log's INSERT when no card moves (it then inserts nothing). */
function unusedLog(now: Date): SrsReviewLog {
  return { rating: 0, stateBefore: "NEW", stateAfter: "NEW", due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reviewedAt: now };
}

function storedCard(context: AnswerContext): SrsCard | null {
  if (context.cardDue === null || context.cardState === null) return null;
  return {
    due: context.cardDue,
    stability: context.cardStability ?? 0,
    difficulty: context.cardDifficulty ?? 0,
    elapsedDays: context.cardElapsedDays ?? 0,
    scheduledDays: context.cardScheduledDays ?? 0,
    learningSteps: context.cardLearningSteps ?? 0,
    reps: context.cardReps ?? 0,
    lapses: context.cardLapses ?? 0,
    state: context.cardState,
    lastReview: context.cardLastReview,
  };
}

/** Who answers: only the id is read, so a caller that has the session's user id need not load the user first. */
type Learner = Pick<Actor, "id">;

/**
 * Records a practice answer, grades it, and (for auto-graded types) moves the FSRS card and the
 * 错题本. Idempotent: a double click, a retry or a second tab finds the answer already recorded
 * and gets the same feedback, and the card moves once.
 *
 * Two statements (bench:answer, docs/BENCHMARKS.md): one read of everything the answer needs,
 * then one statement that writes it all. Every write in that statement hangs on the response's
 * INSERT … ON CONFLICT DO NOTHING into an attempt that is still open, so a concurrent duplicate
 * changes nothing, and one statement is atomic without an interactive transaction.
 *
 * The account check (active, no pending one-time password) is part of the read, so the answer
 * endpoint (lib/http/practice-answer-endpoint.ts) needs no query of its own for it.
 */
export async function submitPracticeAnswer(
  db: Db,
  actor: Learner,
  input: { attemptId: string; questionId: string; response: LearnerResponse; durationMs: number | null; now?: Date },
): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  const day = studyDay(now);
  const context = await readAnswerContext(db, actor, { attemptId: input.attemptId, questionId: input.questionId, day });
  if (!context) return { ok: false, reason: "NOT_FOUND" };
  if (!context.accountActive) return { ok: false, reason: "SIGNED_OUT" };
  if (context.mustChangePassword) return { ok: false, reason: "PASSWORD_CHANGE_REQUIRED" };
  const { question } = context;
  if (!responseFits(question.type, input.response)) return { ok: false, reason: "INVALID_RESPONSE" };
  if (context.existing) return { ok: true, feedback: buildFeedback(question, context.existing) };
  if (context.status !== "IN_PROGRESS") return { ok: false, reason: "ATTEMPT_CLOSED" };

  const grade = gradeAnswer(toGradable(question), input.response);
  const durationMs = input.durationMs !== null && Number.isFinite(input.durationMs) ? Math.max(0, Math.round(input.durationMs)) : null;
  const graded = grade.status !== "self-graded";
  const correct = grade.status === "correct";
  const recorded: FeedbackResponse = { answer: input.response as Prisma.JsonValue, correct: graded ? correct : null, score: grade.score, selfGrade: null };

  // The card after this answer (auto-graded types only: 简答题 wait for the learner's own rating).
  const moved = graded
    ? scheduleReview(storedCard(context) ?? newCard(now), ratingFromOutcome({ correct, durationMs, typed: question.type === "FILL_BLANK" }), now, schedulerOptionsFrom(context))
    : null;
  const { card, log } = moved ?? { card: newCard(now), log: unusedLog(now) };

  // Points for a right answer, within the day's cap; 每日答题 earns its own when it is complete.
  const activity = ANSWER_ACTIVITY[context.mode as keyof typeof ANSWER_ACTIVITY] ?? "PRACTICE";
  const answerPoints = graded && correct ? pointsWithinCap(activity, context.pointsToday?.[activity] ?? 0) : 0;
  // 挑战答题 ends at the first mistake.
  const challengeOver = context.mode === "CHALLENGE" && grade.status !== "correct" && graded;
  const closes = challengeOver || context.answered + 1 >= context.questionCount;
  const right = context.right + (recorded.correct ? 1 : 0);
  const maxScore = context.mode === "CHALLENGE" ? context.answered + 1 : context.questionCount;
  const dailyPoints = closes && context.mode === "DAILY" ? pointsWithinCap("DAILY_QUIZ", context.pointsToday?.DAILY_QUIZ ?? 0) : 0;

  const responseId = newId();
  const written = await db.$queryRaw<{ responseId: string | null }[]>`
    WITH answer AS (
      INSERT INTO "Response" ("id", "attemptId", "questionId", "userId", "answer", "correct", "score", "durationMs", "answeredAt")
      SELECT ${responseId}, a."id", ${question.id}, a."userId", ${JSON.stringify(input.response)}::jsonb, ${recorded.correct}::boolean,
             ${grade.score}::float8, ${durationMs}::int, ${now}::timestamp
      FROM "Attempt" a WHERE a."id" = ${input.attemptId} AND a."userId" = ${actor.id} AND a."status" = 'IN_PROGRESS'
      ON CONFLICT ("attemptId", "questionId") DO NOTHING
      RETURNING "id"
    ),
    card AS (${upsertCardSql({ userId: actor.id, questionId: question.id, card, from: Prisma.sql`FROM answer WHERE ${moved !== null}::boolean` })}),
    review AS (${insertReviewLogFromCardSql({ userId: actor.id, responseId, log, durationMs })}),
    filed AS (${fileMistakeSql({ userId: actor.id, questionId: question.id, now, from: Prisma.sql`FROM answer WHERE ${graded && !correct}::boolean` })}),
    streak AS (${advanceMistakeStreakSql({ userId: actor.id, questionId: question.id, now, and: Prisma.sql`AND ${graded && correct}::boolean AND EXISTS (SELECT 1 FROM answer)` })}),
    points AS (${insertPointsEntrySql({ userId: actor.id, activity, sourceId: responseId, points: answerPoints, day, now, from: Prisma.sql`FROM answer WHERE ${answerPoints}::int > 0` })}),
    closed AS (
      UPDATE "Attempt" a SET "status" = 'SUBMITTED', "submittedAt" = ${now}::timestamp, "score" = ${right}::float8, "maxScore" = ${maxScore}::float8
      WHERE a."id" = ${input.attemptId} AND a."status" = 'IN_PROGRESS' AND ${closes}::boolean AND EXISTS (SELECT 1 FROM answer)
      RETURNING a."id"
    ),
    completed AS (${insertPointsEntrySql({ userId: actor.id, activity: "DAILY_QUIZ", sourceId: Prisma.sql`closed."id"`, points: dailyPoints, day, now, from: Prisma.sql`FROM closed WHERE ${dailyPoints}::int > 0` })})
    SELECT (SELECT "id" FROM answer) AS "responseId"`;
  if (written[0]?.responseId) return { ok: true, feedback: buildFeedback(question, recorded) };
  // Another request recorded this answer first (double click, second tab), or the attempt closed meanwhile.
  const existing = await db.response.findUnique({
    where: { attemptId_questionId: { attemptId: input.attemptId, questionId: question.id } },
    select: { answer: true, correct: true, score: true, selfGrade: true },
  });
  return existing ? { ok: true, feedback: buildFeedback(question, existing) } : { ok: false, reason: "ATTEMPT_CLOSED" };
}

/**
 * 简答题: after seeing the model answer the learner rates their own recall; that rating moves
 * the card (once) and Again files the question in the 错题本.
 */
export async function rateSelfGradedAnswer(
  db: Db,
  actor: Actor,
  input: { attemptId: string; questionId: string; rating: SrsRating; now?: Date },
): Promise<AnswerResult> {
  const now = input.now ?? new Date();
  const grades: Record<SrsRating, number> = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };
  return db.$transaction(async (tx) => {
    const attempt = await findPracticeAttempt(tx, actor, input.attemptId, input.questionId);
    if (!attempt) return { ok: false, reason: "NOT_FOUND" };
    const rated = await tx.response.updateMany({
      where: { attemptId: attempt.id, questionId: input.questionId, selfGrade: null, question: { type: "SHORT_ANSWER" } },
      data: { selfGrade: grades[input.rating], correct: input.rating !== "AGAIN", score: input.rating === "AGAIN" ? 0 : 1 },
    });
    const response = await tx.response.findUnique({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } },
      include: { question: { include: { passage: { select: { text: true } } } } },
    });
    if (!response) return { ok: false, reason: "NOT_FOUND" };
    if (rated.count === 1) {
      await applyReview(tx, { userId: actor.id, questionId: input.questionId, rating: input.rating, now, responseId: response.id, durationMs: response.durationMs });
      await recordMistakeOutcome(tx, { userId: actor.id, questionId: input.questionId, correct: input.rating !== "AGAIN", now });
      if (input.rating !== "AGAIN") await awardAnswerPoints(tx, { userId: actor.id, mode: attempt.mode, responseId: response.id, now });
    } else if (response.selfGrade === null) {
      return { ok: false, reason: "INVALID_RESPONSE" };
    }
    return { ok: true, feedback: buildFeedback(response.question, response) };
  });
}

const ANSWER_ACTIVITY = { REVIEW: "REVIEW", CHALLENGE: "CHALLENGE" } as const;

async function awardAnswerPoints(tx: Tx, input: { userId: string; mode: string; responseId: string; now: Date }): Promise<void> {
  const activity = ANSWER_ACTIVITY[input.mode as keyof typeof ANSWER_ACTIVITY] ?? "PRACTICE";
  await awardPoints(tx, { userId: input.userId, activity, sourceId: input.responseId, now: input.now });
}
