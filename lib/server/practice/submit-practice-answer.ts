import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { Prisma, type AttemptMode, type AttemptStatus } from "@/lib/generated/prisma/client";
import { jsonRowsSql, type RowOf } from "@/lib/db/json-rows";
import { newId } from "@/lib/db/new-id";
import { POINTS_RULES, answerActivity, pointsWithinCap, studyDay, type PointsActivityName } from "@/lib/points/points-rules";
import { responseFits, StoredQuestionError, type LearnerResponse } from "@/lib/questions";
import { answerOutcome, practiceBehaviour, type AnsweringMode } from "@/lib/learning/answer-outcome";
import { practiceAnswerCloses, practiceAttemptScore } from "@/lib/quizzes/attempt-score";
import { newCard, scheduleReview, type CardStateName, type SrsCard } from "@/lib/srs";
import { POINTS_ENTRY_COLUMNS, claimPointsSql, insertClaimedPointsSql } from "@/lib/server/points/award-points";
import { buildFeedback, type AnswerFeedback, type FeedbackResponse } from "./answer-feedback";
import {
  CARD_MOVE_COLUMNS,
  MISTAKE_OUTCOME_COLUMNS,
  advanceMistakeStreaksSql,
  cardMoveRow,
  fileMistakesSql,
  insertReviewLogsSql,
  upsertCardsSql,
  type CardMoveRow,
} from "./answer-writes";
import { schedulerOptionsFrom } from "./learner-scheduler-options";
import { rescoreClosedAttempts } from "./rescore-closed-attempts";
import { isCurrentSession } from "@/lib/auth/session-version";
import { answerQuestionCacheFor, type AnsweredQuestion } from "./answer-question-cache";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import { keyVisibleFromRow, openExamExposuresSql, type StoredExposure } from "@/lib/server/exams/key-visibility";
import type { KeyQuestionStatus } from "@/lib/quizzes/key-visibility";

/** KEY_HIDDEN: the question's key may not be shown to this learner now (lib/quizzes/key-visibility.ts), e.g. it is in an open exam of theirs. */
/** QUESTION_UNREADABLE: the stored question does not fit its type (lib/questions/types); the row is logged, the learner told. */
export type AnswerRefusal = "NOT_FOUND" | "INVALID_RESPONSE" | "ALREADY_RATED" | "ATTEMPT_CLOSED" | "KEY_HIDDEN" | "QUESTION_UNREADABLE" | AccountRefusal;

/** The account behind a session may no longer answer: deactivated, or still on a one-time password. */
export type AccountRefusal = "SIGNED_OUT" | "PASSWORD_CHANGE_REQUIRED";

export type AnswerResult = { ok: true; feedback: AnswerFeedback } | { ok: false; reason: AnswerRefusal };

/** One practice answer: who gives it (only the id is read, so a caller with the session's user id need not load the user). */
export interface PracticeAnswer {
  /** With the session version of the request's token when it came through a session cookie. */
  learner: Pick<Actor, "id"> & { sessionVersion?: number };
  attemptId: string;
  questionId: string;
  response: LearnerResponse;
  durationMs: number | null;
  now?: Date;
}

/**
 * Records a practice answer, grades it, and (for auto-graded types) moves the FSRS card and the
 * 错题本. Idempotent: a double click, a retry or a second tab finds the answer already recorded
 * and gets the same feedback, and the card moves once.
 */
export async function submitPracticeAnswer(db: Db, learner: Pick<Actor, "id">, input: Omit<PracticeAnswer, "learner">): Promise<AnswerResult> {
  const [result] = await submitPracticeAnswers(db, [{ ...input, learner }]);
  return result!;
}

/**
 * Records the answers of several learners together — at most one answer per learner, since
 * each answer is graded against its learner's state before the batch (the attempt's answered
 * count, today's points) — in two statements whatever their number: one read of everything the
 * answers need, then one statement that writes them all (bench:answer, docs/BENCHMARKS.md); an
 * answer that closes an attempt holding a 简答 adds one short transaction scoring it again under
 * a lock (rescoreClosedAttempts), since a rating may have committed between the two statements.
 * Every write hangs on its response's INSERT … ON CONFLICT DO NOTHING into an attempt that is
 * still open, so a concurrent duplicate changes nothing, and one statement is atomic without an
 * interactive transaction. Results are in the answers' order.
 *
 * The account check (active, session not ended, no pending one-time password) is part of the read, so the answer
 * endpoint (lib/http/practice-answer-endpoint.ts) needs no query of its own for it.
 */
export async function submitPracticeAnswers(db: Db, answers: readonly PracticeAnswer[]): Promise<AnswerResult[]> {
  const learners = new Set(answers.map((answer) => answer.learner.id));
  if (learners.size !== answers.length) throw new Error("submitPracticeAnswers takes at most one answer per learner");
  const dated = answers.map((answer) => ({ ...answer, now: answer.now ?? new Date() }));
  const contexts = await readAnswerContexts(db, dated);

  const results: Array<AnswerResult | undefined> = [];
  const writes: Array<{ index: number; responseId: string; row: AnswerRow; feedback: AnswerFeedback }> = [];
  dated.forEach((answer, index) => {
    const planned = planReadableAnswer(answer, contexts.get(index));
    if ("row" in planned) writes.push({ index, ...planned });
    else results[index] = planned;
  });
  if (writes.length === 0) return results as AnswerResult[];

  const rows = await db.$queryRaw<Array<{ kind: "response" | "rescore"; id: string }>>(writeAnswersSql(writes.map((write) => write.row)));
  const written = new Set(rows.filter((row) => row.kind === "response").map((row) => row.id));
  await rescoreClosedAttempts(db, rows.filter((row) => row.kind === "rescore").map((row) => row.id));
  const lost = writes.filter((write) => !written.has(write.responseId));
  for (const write of writes) if (written.has(write.responseId)) results[write.index] = { ok: true, feedback: write.feedback };
  // Another request recorded the answer first (double click, second tab), or the attempt closed meanwhile.
  if (lost.length > 0) {
    const existing = await db.response.findMany({
      where: { OR: lost.map(({ index }) => ({ attemptId: dated[index]!.attemptId, questionId: dated[index]!.questionId })) },
      select: { attemptId: true, questionId: true, answer: true, correct: true, score: true, selfGrade: true },
    });
    for (const write of lost) {
      const answer = dated[write.index]!;
      const recorded = existing.find((response) => response.attemptId === answer.attemptId && response.questionId === answer.questionId);
      const question = contexts.get(write.index)!.question;
      results[write.index] = recorded ? { ok: true, feedback: buildFeedback(question, recorded) } : { ok: false, reason: "ATTEMPT_CLOSED" };
    }
  }
  return results as AnswerResult[];
}

interface AnswerContext {
  ord: number;
  accountActive: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  mode: AttemptMode;
  status: AttemptStatus;
  questionCount: number;
  /** Responses already recorded in the attempt, and how many of them are right (the PracticeTally of lib/quizzes/attempt-score.ts). */
  answered: number;
  right: number;
  /** The question row (jsonb, so its timestamps are strings: none of them is read) with its passage's text. */
  question: AnsweredQuestion;
  existing: FeedbackResponse | null;
  questionStatus: KeyQuestionStatus;
  /** The open exams of the learner's holding the question (openExamExposuresSql). */
  exposures: StoredExposure[];
  desiredRetention: number | null;
  fsrsParameters: number[] | null;
  /** What today's events were worth before the caps, per activity (PointsDay.claimed). */
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

const CONTEXT_KEY_COLUMNS = { ord: "int", userId: "text", attemptId: "text", questionId: "text", day: "date", at: "timestamp", knownVersion: "text" } as const;

/**
 * Everything the answers need, in one statement, by the answer's position: the learner's
 * account state, the attempt (only the learner's own, a practice mode, holding the question),
 * the question with its passage, a response already recorded, the learner's scheduler settings,
 * their card for the question, today's points, and the open exams of the learner's holding the
 * question (the key-visibility rule, checked here rather than in a query of its own: this is
 * the busiest statement). An answer without a row has no such attempt.
 * A question already in the answer question cache at its current version is not sent again.
 */
async function readAnswerContexts(db: Db, answers: ReadonlyArray<PracticeAnswer & { now: Date }>): Promise<Map<number, AnswerContext>> {
  const cache = answerQuestionCacheFor(db);
  const known = answers.map((answer) => cache.get(answer.questionId));
  const keys = answers.map((answer, ord) => ({
    ord,
    userId: answer.learner.id,
    attemptId: answer.attemptId,
    questionId: answer.questionId,
    day: studyDay(answer.now),
    at: answer.now,
    knownVersion: known[ord]?.version ?? null,
  }));
  const rows = await db.$queryRaw<Array<Omit<AnswerContext, "question" | "answered" | "right"> & { question: AnsweredQuestion | null; questionVersion: string; responseCounts: [number, number] }>>`
    SELECT k."ord", u."active" AS "accountActive", u."sessionVersion", u."mustChangePassword", a."mode", a."status", cardinality(a."questionIds") AS "questionCount",
           -- Both counts in one pass over the attempt's responses: [answered, right].
           (SELECT ARRAY[count(*), count(*) FILTER (WHERE x."correct")]::int[] FROM "Response" x WHERE x."attemptId" = a."id") AS "responseCounts",
           v."questionVersion",
           CASE WHEN v."questionVersion" = k."knownVersion" THEN NULL
                ELSE to_jsonb(q) || jsonb_build_object('passage', CASE WHEN p."id" IS NULL THEN NULL ELSE jsonb_build_object('text', p."text") END) END AS "question",
           (SELECT jsonb_build_object('answer', r."answer", 'correct', r."correct", 'score', r."score", 'selfGrade', r."selfGrade")
              FROM "Response" r WHERE r."attemptId" = a."id" AND r."questionId" = q."id") AS "existing",
           q."status"::text AS "questionStatus",
           ${openExamExposuresSql(Prisma.sql`a."userId"`, Prisma.sql`q."id"`, Prisma.sql`k."at"`)} AS "exposures",
           s."desiredRetention", s."fsrsParameters",
           (SELECT jsonb_object_agg(t."activity", t."claimed") FROM "PointsDay" t WHERE t."userId" = a."userId" AND t."day" = k."day") AS "pointsToday",
           c."due" AS "cardDue", c."stability" AS "cardStability", c."difficulty" AS "cardDifficulty", c."elapsedDays" AS "cardElapsedDays",
           c."scheduledDays" AS "cardScheduledDays", c."learningSteps" AS "cardLearningSteps", c."reps" AS "cardReps", c."lapses" AS "cardLapses",
           c."state"::text AS "cardState", c."lastReview" AS "cardLastReview"
    FROM (${jsonRowsSql(keys, CONTEXT_KEY_COLUMNS)}) k
    JOIN "Attempt" a ON a."id" = k."attemptId" AND a."userId" = k."userId" AND a."mode" NOT IN ('QUIZ', 'MEMORIZE') AND k."questionId" = ANY(a."questionIds")
    JOIN "User" u ON u."id" = a."userId"
    -- The question by its key alone: with the attempt's list in this join, PostgreSQL read every question of the attempt for each answer.
    JOIN "Question" q ON q."id" = k."questionId"
    LEFT JOIN "Passage" p ON p."id" = q."passageId"
    LEFT JOIN "LearnerSettings" s ON s."userId" = a."userId"
    LEFT JOIN "Card" c ON c."userId" = a."userId" AND c."questionId" = q."id"
    CROSS JOIN LATERAL (SELECT q."xmin"::text || ':' || coalesce(p."xmin"::text, '-') AS "questionVersion") v`;
  return new Map(
    rows.map((row) => {
      const ord = Number(row.ord);
      const question = row.question ?? known[ord]!.question;
      if (row.question) cache.set(question.id, row.questionVersion, question);
      const [answered, right] = row.responseCounts;
      return [ord, { ...row, question, questionCount: Number(row.questionCount), answered: Number(answered), right: Number(right) }];
    }),
  );
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

/**
 * One answer's row in the write statement: the response, its card move (columns null when the
 * card does not move: 简答题 wait for the learner's own rating), its 错题本 outcome (correct:
 * null for 简答题), its points, and whether it closes the attempt, with the attempt's score then
 * (lib/quizzes/attempt-score.ts on the counts read, this answer included).
 */
const ANSWER_COLUMNS = {
  ...CARD_MOVE_COLUMNS,
  ...MISTAKE_OUTCOME_COLUMNS,
  ...POINTS_ENTRY_COLUMNS,
  correct: "boolean",
  attemptId: "text",
  answer: "jsonb",
  score: "float8",
  moves: "boolean",
  closes: "boolean",
  attemptScore: "float8",
  attemptMaxScore: "float8",
  dailyPointsId: "text",
  dailyPoints: "int",
} as const;

type AnswerRow = RowOf<typeof ANSWER_COLUMNS>;

const NO_CARD_MOVE = Object.fromEntries(Object.keys(CARD_MOVE_COLUMNS).map((column) => [column, null])) as CardMoveRow;

/** planAnswer, with a stored question that does not fit its type refused alone: the batch's other answers are written. */
function planReadableAnswer(...args: Parameters<typeof planAnswer>): ReturnType<typeof planAnswer> {
  try {
    return planAnswer(...args);
  } catch (error) {
    if (!(error instanceof StoredQuestionError)) throw error;
    console.error(error.message);
    return { ok: false, reason: "QUESTION_UNREADABLE" };
  }
}

/** Grades one answer against its context: a refusal or earlier feedback to return, or the row to write and the feedback once written. */
function planAnswer(answer: PracticeAnswer & { now: Date }, context: AnswerContext | undefined): AnswerResult | { responseId: string; row: AnswerRow; feedback: AnswerFeedback } {
  if (!context) return { ok: false, reason: "NOT_FOUND" };
  if (!context.accountActive) return { ok: false, reason: "SIGNED_OUT" };
  if (answer.learner.sessionVersion !== undefined && !isCurrentSession(answer.learner.sessionVersion, context.sessionVersion)) return { ok: false, reason: "SIGNED_OUT" };
  if (context.mustChangePassword) return { ok: false, reason: "PASSWORD_CHANGE_REQUIRED" };
  const { question } = context;
  if (!responseFits(question.type, answer.response, { complete: true })) return { ok: false, reason: "INVALID_RESPONSE" };
  // Before any feedback, even an earlier answer's: the feedback carries the key.
  if (!keyVisibleFromRow(context.questionStatus, context.exposures, answer.now)) return { ok: false, reason: "KEY_HIDDEN" };
  if (context.existing) return { ok: true, feedback: buildFeedback(question, context.existing) };
  if (context.status !== "IN_PROGRESS") return { ok: false, reason: "ATTEMPT_CLOSED" };

  const { now } = answer;
  const userId = answer.learner.id;
  const key = questionKeyOfRow(question);
  const durationMs = answer.durationMs !== null && Number.isFinite(answer.durationMs) ? Math.max(0, Math.round(answer.durationMs)) : null;
  // The read joins only attempts of an answering mode (not QUIZ, not MEMORIZE).
  const mode = context.mode as AnsweringMode;
  // What the answer does (lib/learning/answer-outcome.ts); this statement only writes it.
  const outcome = answerOutcome(key, answer.response, practiceBehaviour(mode), { mode, durationMs });
  const recorded: FeedbackResponse = { answer: answer.response as Prisma.JsonValue, correct: outcome.correct, score: outcome.grade.score, selfGrade: null };
  const responseId = newId();

  const moved = outcome.rating ? scheduleReview(storedCard(context) ?? newCard(now), outcome.rating, now, schedulerOptionsFrom(context)) : null;
  // What a right answer is worth; the write statement credits it within the day's cap. A cap
  // already reached in the read stays reached (claims only grow), so nothing is claimed then.
  // 每日一练 earns its own when it is complete.
  const activity = outcome.points?.activity ?? answerActivity(mode);
  const points = outcome.points && pointsWithinCap(activity, context.pointsToday?.[activity] ?? 0) > 0 ? outcome.points.worth : 0;
  const tally = { answered: context.answered + 1, right: context.right + (recorded.correct ? 1 : 0) };
  const closes = practiceAnswerCloses(context.mode, context.questionCount, tally, recorded);
  const attemptScore = practiceAttemptScore(context.mode, context.questionCount, tally);
  const cardMove = moved ? cardMoveRow({ userId, questionId: question.id, responseId, durationMs, ...moved }) : { ...NO_CARD_MOVE, userId, questionId: question.id, responseId, durationMs };
  // Assigned onto the card move, not spread into a new literal: spreading 26 columns and adding 18
  // cost ≈ 16 KB of garbage per answer, the largest share of the server's allocation (bench:answer).
  const row: AnswerRow = Object.assign(cardMove, {
    correct: recorded.correct,
    mistake: outcome.mistake,
    at: now,
    pointsId: newId(),
    activity,
    sourceId: responseId,
    points,
    day: studyDay(now),
    attemptId: answer.attemptId,
    answer: answer.response,
    score: outcome.grade.score,
    moves: moved !== null,
    closes,
    attemptScore: attemptScore.score,
    attemptMaxScore: attemptScore.maxScore,
    dailyPointsId: newId(),
    dailyPoints: closes && context.mode === "DAILY" ? worthUnderCap("DAILY_QUIZ", context.pointsToday) : 0,
  });
  return { responseId, row, feedback: buildFeedback(question, recorded, key) };
}

/** An event's points before the cap, or 0 when the learner's claims today already reach it. */
function worthUnderCap(activity: PointsActivityName, claimedToday: AnswerContext["pointsToday"]): number {
  return pointsWithinCap(activity, claimedToday?.[activity] ?? 0) > 0 ? POINTS_RULES[activity].points : 0;
}

/** The answers' writes, in one statement; returns the ids of the responses it recorded, and of the attempts it closed that rescoreClosedAttempts should score again. */
function writeAnswersSql(rows: readonly AnswerRow[]): Prisma.Sql {
  return Prisma.sql`
    WITH input AS (${jsonRowsSql(rows, ANSWER_COLUMNS)}),
    answer AS (
      INSERT INTO "Response" ("id", "attemptId", "questionId", "userId", "answer", "correct", "score", "durationMs", "answeredAt")
      SELECT i."responseId", a."id", i."questionId", a."userId", i."answer", i."correct", i."score", i."durationMs", i."at"
      FROM input i JOIN "Attempt" a ON a."id" = i."attemptId" AND a."userId" = i."userId" AND a."status" = 'IN_PROGRESS'
      ON CONFLICT ("attemptId", "questionId") DO NOTHING
      RETURNING "id"
    ),
    answered AS (SELECT i.* FROM input i JOIN answer ON answer."id" = i."responseId"),
    card AS (${upsertCardsSql(Prisma.sql`SELECT * FROM answered WHERE "moves"`)}),
    review AS (${insertReviewLogsSql(Prisma.sql`SELECT * FROM answered WHERE "moves"`)}),
    filed AS (${fileMistakesSql(Prisma.sql`SELECT * FROM answered`)}),
    streak AS (${advanceMistakeStreaksSql(Prisma.sql`SELECT * FROM answered`)}),
    closed AS (
      UPDATE "Attempt" a SET "status" = 'SUBMITTED', "submittedAt" = i."at", "score" = i."attemptScore", "maxScore" = i."attemptMaxScore"
      FROM answered i WHERE a."id" = i."attemptId" AND a."status" = 'IN_PROGRESS' AND i."closes"
      RETURNING a."id"
    ),
    -- A right answer's points and a completed 每日一练's, claimed against the day's caps
    -- (different activities, so each learner's PointsDay rows appear once).
    credits AS (
      SELECT "pointsId", "userId", "activity", "sourceId", "points", "day", "at" FROM answered WHERE "points" > 0
      UNION ALL
      SELECT i."dailyPointsId", i."userId", 'DAILY_QUIZ'::"PointsActivity", closed."id", i."dailyPoints", i."day", i."at"
      FROM closed JOIN answered i ON i."attemptId" = closed."id" WHERE i."dailyPoints" > 0
    ),
    claims AS (${claimPointsSql(Prisma.sql`SELECT * FROM credits`)}),
    points AS (${insertClaimedPointsSql(Prisma.sql`credits`, Prisma.sql`claims`)})
    SELECT 'response' AS "kind", "id" FROM answer
    UNION ALL
    -- Closed attempts holding a 简答 answered before this statement: a rating of it may have
    -- committed after the read whose tally this statement stored (rescoreClosedAttempts).
    SELECT 'rescore', c."id" FROM closed c
    WHERE EXISTS (SELECT 1 FROM "Response" x JOIN "Question" q ON q."id" = x."questionId" WHERE x."attemptId" = c."id" AND q."type" = 'SHORT_ANSWER')`;
}
