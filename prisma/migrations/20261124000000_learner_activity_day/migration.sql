-- CreateTable
CREATE TABLE "LearnerActivityDay" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "responses" INTEGER NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "awards" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LearnerActivityDay_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "LearnerActivityDay_day_userId_idx" ON "LearnerActivityDay"("day", "userId");

-- AddForeignKey
ALTER TABLE "LearnerActivityDay" ADD CONSTRAINT "LearnerActivityDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The function bodies are E'' strings with \073 for each semicolon: the PostgreSQL driver adapter
-- splits a migration script at semicolons, dollar quotes included.
-- Triggers keep "LearnerActivityDay" up to date: one upsert per statement (transition tables),
-- so bulk inserts stay cheap. The study day is the Asia/Shanghai date (UTC+8, no daylight saving), as for "PointsEntry"."day".
CREATE FUNCTION "learner_activity_from_responses"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "LearnerActivityDay" ("userId", "day", "responses") SELECT "userId", ("answeredAt" + interval ''8 hours'')::date, count(*) FROM new_rows GROUP BY 1, 2 ON CONFLICT ("userId", "day") DO UPDATE SET "responses" = "LearnerActivityDay"."responses" + EXCLUDED."responses"\073 RETURN NULL\073 END';

CREATE FUNCTION "learner_activity_from_reviews"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "LearnerActivityDay" ("userId", "day", "reviews") SELECT "userId", ("reviewedAt" + interval ''8 hours'')::date, count(*) FROM new_rows GROUP BY 1, 2 ON CONFLICT ("userId", "day") DO UPDATE SET "reviews" = "LearnerActivityDay"."reviews" + EXCLUDED."reviews"\073 RETURN NULL\073 END';

CREATE FUNCTION "learner_activity_from_points"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "LearnerActivityDay" ("userId", "day", "awards") SELECT "userId", "day", count(*) FROM new_rows GROUP BY 1, 2 ON CONFLICT ("userId", "day") DO UPDATE SET "awards" = "LearnerActivityDay"."awards" + EXCLUDED."awards"\073 RETURN NULL\073 END';

CREATE TRIGGER "Response_learner_activity" AFTER INSERT ON "Response"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "learner_activity_from_responses"();
CREATE TRIGGER "ReviewLog_learner_activity" AFTER INSERT ON "ReviewLog"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "learner_activity_from_reviews"();
CREATE TRIGGER "PointsEntry_learner_activity" AFTER INSERT ON "PointsEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "learner_activity_from_points"();

-- History recorded before this migration.
INSERT INTO "LearnerActivityDay" ("userId", "day", "responses", "reviews", "awards")
SELECT "userId", "day", sum("responses"), sum("reviews"), sum("awards") FROM (
  SELECT "userId", ("answeredAt" + interval '8 hours')::date AS "day", count(*) AS "responses", 0 AS "reviews", 0 AS "awards" FROM "Response" GROUP BY 1, 2
  UNION ALL
  SELECT "userId", ("reviewedAt" + interval '8 hours')::date, 0, count(*), 0 FROM "ReviewLog" GROUP BY 1, 2
  UNION ALL
  SELECT "userId", "day", 0, 0, count(*) FROM "PointsEntry" GROUP BY 1, 2
) AS history
GROUP BY 1, 2;
