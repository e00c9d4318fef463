import { Prisma } from "@/lib/generated/prisma/client";
import type { SrsCard, SrsReviewLog } from "@/lib/srs";
import { newId } from "@/lib/db/new-id";

/**
 * The writes an answer causes, as SQL: the learner's FSRS card and its review log, and the
 * 错题本 entry. Every place that records an answer uses these — the practice answer's single
 * statement (as CTEs gated on its response INSERT), exam finalisation and the 简答 self-rating
 * (applyReview, recordMistakeOutcome) — so the rules live in one place.
 *
 * `from` is the FROM/WHERE tail that gates a write: e.g. Prisma.sql`FROM answer WHERE …` inside
 * a CTE chain; omitted, the write happens.
 */

/** Right answers in a row that take a question out of the 错题本. */
export const MISTAKE_CLEAR_STREAK = 3;

/** INSERT or move the learner's card for the question to `card`; RETURNING "id". */
export function upsertCardSql(input: { userId: string; questionId: string; card: SrsCard; from?: Prisma.Sql }): Prisma.Sql {
  const { card } = input;
  return Prisma.sql`
    INSERT INTO "Card" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview")
    SELECT ${newId()}, ${input.userId}, ${input.questionId}, ${card.due}::timestamp, ${card.stability}::float8, ${card.difficulty}::float8, ${card.elapsedDays}::int,
           ${card.scheduledDays}::int, ${card.learningSteps}::int, ${card.reps}::int, ${card.lapses}::int, ${card.state}::"CardState", ${card.lastReview}::timestamp
    ${input.from ?? Prisma.empty}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "due" = EXCLUDED."due", "stability" = EXCLUDED."stability", "difficulty" = EXCLUDED."difficulty", "elapsedDays" = EXCLUDED."elapsedDays",
      "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps", "reps" = EXCLUDED."reps", "lapses" = EXCLUDED."lapses",
      "state" = EXCLUDED."state", "lastReview" = EXCLUDED."lastReview"
    RETURNING "id"`;
}

/** The review log of one card move, for the card a CTE named `card` returned. */
export function insertReviewLogFromCardSql(input: { userId: string; responseId: string | null; log: SrsReviewLog; durationMs: number | null }): Prisma.Sql {
  const { log } = input;
  return Prisma.sql`
    INSERT INTO "ReviewLog" ("id", "cardId", "userId", "responseId", "rating", "stateBefore", "stateAfter", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "durationMs", "reviewedAt")
    SELECT ${newId()}, card."id", ${input.userId}, ${input.responseId}, ${log.rating}::int, ${log.stateBefore}::"CardState", ${log.stateAfter}::"CardState", ${log.due}::timestamp,
           ${log.stability}::float8, ${log.difficulty}::float8, ${log.elapsedDays}::int, ${log.scheduledDays}::int, ${log.learningSteps}::int, ${input.durationMs}::int, ${log.reviewedAt}::timestamp
    FROM card
    RETURNING "id"`;
}

/** A wrong answer files the question in the 错题本, or re-opens it with its streak reset. */
export function fileMistakeSql(input: { userId: string; questionId: string; now: Date; from?: Prisma.Sql }): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "MistakeEntry" ("userId", "questionId", "lastWrongAt")
    SELECT ${input.userId}, ${input.questionId}, ${input.now}::timestamp
    ${input.from ?? Prisma.empty}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "wrongCount" = "MistakeEntry"."wrongCount" + 1, "correctStreak" = 0, "lastWrongAt" = EXCLUDED."lastWrongAt", "resolvedAt" = NULL, "removedAt" = NULL
    RETURNING "userId"`;
}

/**
 * A right answer to a question open in the 错题本 counts towards the streak that clears it.
 * `and` adds conditions (each starting with AND).
 */
export function advanceMistakeStreakSql(input: { userId: string; questionId: string; now: Date; and?: Prisma.Sql }): Prisma.Sql {
  return Prisma.sql`
    UPDATE "MistakeEntry" m SET "correctStreak" = m."correctStreak" + 1,
           "resolvedAt" = CASE WHEN m."correctStreak" + 1 >= ${MISTAKE_CLEAR_STREAK}::int THEN ${input.now}::timestamp ELSE NULL END
    WHERE m."userId" = ${input.userId} AND m."questionId" = ${input.questionId} AND m."resolvedAt" IS NULL AND m."removedAt" IS NULL
      ${input.and ?? Prisma.empty}
    RETURNING m."userId"`;
}
