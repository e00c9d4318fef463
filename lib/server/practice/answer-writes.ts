import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SrsCard, SrsReviewLog } from "@/lib/srs";
import { newId } from "@/lib/db/new-id";
import { LEARNER_SETTINGS_DEFAULTS } from "@/lib/validation/learner-settings";

/**
 * The writes answers cause, as set-based SQL: learners' FSRS cards with their review logs, and
 * 错题本 entries. Every place that records answers uses these — the practice answers' single
 * statement (as CTEs gated on their responses' INSERT, for a whole batch of learners), exam
 * finalisation (all of an attempt's answers at once) and the 简答 self-rating (applyReview,
 * recordMistakeOutcome) — so the rules live in one place.
 *
 * Each writer takes `rows`, an SQL query yielding the columns its *_COLUMNS names (build it with
 * jsonRowsSql, or select from a CTE with those column names); it reads them as r."column".
 */


/** One card move: the learner's card for a question after a review, and that review's log. */
export const CARD_MOVE_COLUMNS = {
  cardId: "text",
  userId: "text",
  questionId: "text",
  due: "timestamp",
  stability: "float8",
  difficulty: "float8",
  elapsedDays: "int",
  scheduledDays: "int",
  learningSteps: "int",
  reps: "int",
  lapses: "int",
  state: `"CardState"`,
  lastReview: "timestamp",
  logId: "text",
  responseId: "text",
  durationMs: "int",
  rating: "int",
  stateBefore: `"CardState"`,
  stateAfter: `"CardState"`,
  logDue: "timestamp",
  logStability: "float8",
  logDifficulty: "float8",
  logElapsedDays: "int",
  logScheduledDays: "int",
  logLearningSteps: "int",
  reviewedAt: "timestamp",
} as const;

export type CardMoveRow = { [Column in keyof typeof CARD_MOVE_COLUMNS]: unknown };

export function cardMoveRow(input: { userId: string; questionId: string; responseId: string | null; durationMs: number | null; card: SrsCard; log: SrsReviewLog }): CardMoveRow {
  const { card, log } = input;
  return {
    cardId: newId(),
    userId: input.userId,
    questionId: input.questionId,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview,
    logId: newId(),
    responseId: input.responseId,
    durationMs: input.durationMs,
    rating: log.rating,
    stateBefore: log.stateBefore,
    stateAfter: log.stateAfter,
    logDue: log.due,
    logStability: log.stability,
    logDifficulty: log.difficulty,
    logElapsedDays: log.elapsedDays,
    logScheduledDays: log.scheduledDays,
    logLearningSteps: log.learningSteps,
    reviewedAt: log.reviewedAt,
  };
}

/** INSERT or move each row's card (at most one row per learner and question); RETURNING "id", "userId", "questionId". */
export function upsertCardsSql(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "Card" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview")
    SELECT r."cardId", r."userId", r."questionId", r."due", r."stability", r."difficulty", r."elapsedDays", r."scheduledDays", r."learningSteps", r."reps", r."lapses", r."state", r."lastReview"
    FROM (${rows}) r
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "due" = EXCLUDED."due", "stability" = EXCLUDED."stability", "difficulty" = EXCLUDED."difficulty", "elapsedDays" = EXCLUDED."elapsedDays",
      "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps", "reps" = EXCLUDED."reps", "lapses" = EXCLUDED."lapses",
      "state" = EXCLUDED."state", "lastReview" = EXCLUDED."lastReview"
    RETURNING "id", "userId", "questionId"`;
}

/** The review log of each card move, for the cards that a CTE named `card` (upsertCardsSql) returned. */
export function insertReviewLogsSql(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ReviewLog" ("id", "cardId", "userId", "responseId", "rating", "stateBefore", "stateAfter", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "durationMs", "reviewedAt")
    SELECT r."logId", card."id", r."userId", r."responseId", r."rating", r."stateBefore", r."stateAfter", r."logDue", r."logStability", r."logDifficulty",
           r."logElapsedDays", r."logScheduledDays", r."logLearningSteps", r."durationMs", r."reviewedAt"
    FROM (${rows}) r JOIN card ON card."userId" = r."userId" AND card."questionId" = r."questionId"
    RETURNING "id"`;
}

/** One answer's 错题本 effect, as the answer core gives it (MistakeEffect of lib/learning/answer-outcome.ts: enter, advance or none). */
export const MISTAKE_OUTCOME_COLUMNS = { userId: "text", questionId: "text", mistake: "text", at: "timestamp" } as const;

/**
 * Each answer whose effect is `enter` files its question in the 错题本, or re-opens it with its
 * streak reset: `mistakeEntryAfter` (lib/learning/mistake-streak.ts) in SQL.
 */
export function fileMistakesSql(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "MistakeEntry" ("userId", "questionId", "lastWrongAt")
    SELECT r."userId", r."questionId", r."at" FROM (${rows}) r WHERE r."mistake" = 'enter'
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "wrongCount" = "MistakeEntry"."wrongCount" + 1, "correctStreak" = 0, "lastWrongAt" = EXCLUDED."lastWrongAt", "resolvedAt" = NULL, "removedAt" = NULL
    RETURNING "userId"`;
}

/**
 * Each answer whose effect is `advance` (a right answer) to a question open in the 错题本 counts
 * towards the streak that clears it: the entry is resolved once the streak reaches the learner's
 * LearnerSettings.mistakeClearStreak (LEARNER_SETTINGS_DEFAULTS when they have no settings row).
 * `mistakeEntryAfter` (lib/learning/mistake-streak.ts) in SQL, for the set-based writes;
 * tests/integration/mistake-streak-parity.test.ts proves the two equal.
 */
export function advanceMistakeStreaksSql(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    UPDATE "MistakeEntry" m SET "correctStreak" = m."correctStreak" + 1,
           "resolvedAt" = CASE
             WHEN m."correctStreak" + 1 >= coalesce(s."mistakeClearStreak", ${LEARNER_SETTINGS_DEFAULTS.mistakeClearStreak}::int) THEN r."at"
             ELSE NULL END
    FROM (${rows}) r LEFT JOIN "LearnerSettings" s ON s."userId" = r."userId"
    WHERE r."mistake" = 'advance' AND m."userId" = r."userId" AND m."questionId" = r."questionId" AND m."resolvedAt" IS NULL AND m."removedAt" IS NULL
    RETURNING m."userId"`;
}
