-- Practice modes: 背题模式 (MEMORIZE) and 未做优先 (UNSEEN), and one open attempt per practice
-- mode and learner. Tapping a mode again used to start a new attempt each time, leaving the old
-- ones open (0/69 进行中). Starting a mode now resumes its open attempt, and the partial unique
-- index below makes that hold when two tabs or a double tap start the same mode at once.
-- Partial indexes are outside the Prisma schema language (the schema diff leaves them alone).

-- AlterEnum
ALTER TYPE "AttemptMode" ADD VALUE 'MEMORIZE';
ALTER TYPE "AttemptMode" ADD VALUE 'UNSEEN';

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- Before the index: of the open attempts of one learner in one practice mode, the newest stays
-- open. The others end as an abandoned start does (lib/server/practice/open-practice-attempt.ts):
-- without an answer they go, with answers they are closed with the answers they hold.
WITH ranked AS (
  SELECT "id", row_number() OVER (PARTITION BY "userId", "mode" ORDER BY "startedAt" DESC, "id" DESC) AS "rank"
  FROM "Attempt" WHERE "status" = 'IN_PROGRESS' AND "mode" <> 'QUIZ'
)
DELETE FROM "Attempt" a USING ranked r
WHERE a."id" = r."id" AND r."rank" > 1 AND NOT EXISTS (SELECT 1 FROM "Response" x WHERE x."attemptId" = a."id");

WITH ranked AS (
  SELECT "id", row_number() OVER (PARTITION BY "userId", "mode" ORDER BY "startedAt" DESC, "id" DESC) AS "rank"
  FROM "Attempt" WHERE "status" = 'IN_PROGRESS' AND "mode" <> 'QUIZ'
)
UPDATE "Attempt" a SET "status" = 'SUBMITTED',
       "submittedAt" = coalesce((SELECT max(x."answeredAt") FROM "Response" x WHERE x."attemptId" = a."id"), a."startedAt"),
       "score" = (SELECT count(*) FROM "Response" x WHERE x."attemptId" = a."id" AND x."correct"),
       "maxScore" = CASE WHEN a."mode" = 'CHALLENGE' THEN (SELECT count(*) FROM "Response" x WHERE x."attemptId" = a."id") ELSE cardinality(a."questionIds") END
FROM ranked r WHERE a."id" = r."id" AND r."rank" > 1;

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_userId_mode_open_key" ON "Attempt"("userId", "mode") WHERE "status" = 'IN_PROGRESS' AND "mode" <> 'QUIZ';
