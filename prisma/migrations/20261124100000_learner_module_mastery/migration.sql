-- CreateTable
CREATE TABLE "LearnerModuleMastery" (
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "responses" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LearnerModuleMastery_pkey" PRIMARY KEY ("userId","moduleId")
);

-- CreateIndex
CREATE INDEX "LearnerModuleMastery_moduleId_idx" ON "LearnerModuleMastery"("moduleId");

-- AddForeignKey
ALTER TABLE "LearnerModuleMastery" ADD CONSTRAINT "LearnerModuleMastery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerModuleMastery" ADD CONSTRAINT "LearnerModuleMastery_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Graded responses (correct set) per learner and module of the question, for the mastery heatmaps.
-- The function bodies are E'' strings with \073 for each semicolon: the PostgreSQL driver adapter
-- splits a migration script at semicolons, dollar quotes included.
-- Response triggers are statement-level with transition tables (one grouped upsert per statement,
-- so bulk inserts stay cheap). Inserts add, deletes subtract, and an update adds the new rows and
-- subtracts the old ones (exam answers are inserted ungraded and get correct at finalisation,
-- short answers get it from the self grade).
CREATE FUNCTION "learner_mastery_from_inserted_responses"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "LearnerModuleMastery" ("userId", "moduleId", "responses", "correct") SELECT r."userId", q."moduleId", count(*), count(*) FILTER (WHERE r."correct") FROM new_rows r JOIN "Question" q ON q."id" = r."questionId" WHERE r."correct" IS NOT NULL AND q."moduleId" IS NOT NULL GROUP BY 1, 2 ON CONFLICT ("userId", "moduleId") DO UPDATE SET "responses" = "LearnerModuleMastery"."responses" + EXCLUDED."responses", "correct" = "LearnerModuleMastery"."correct" + EXCLUDED."correct"\073 RETURN NULL\073 END';

CREATE FUNCTION "learner_mastery_from_updated_responses"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "LearnerModuleMastery" ("userId", "moduleId", "responses", "correct") SELECT d."userId", d."moduleId", sum(d."responses"), sum(d."correct") FROM (SELECT r."userId", q."moduleId", 1 AS "responses", CASE WHEN r."correct" THEN 1 ELSE 0 END AS "correct" FROM new_rows r JOIN "Question" q ON q."id" = r."questionId" WHERE r."correct" IS NOT NULL AND q."moduleId" IS NOT NULL UNION ALL SELECT r."userId", q."moduleId", -1, CASE WHEN r."correct" THEN -1 ELSE 0 END FROM old_rows r JOIN "Question" q ON q."id" = r."questionId" WHERE r."correct" IS NOT NULL AND q."moduleId" IS NOT NULL) d GROUP BY 1, 2 HAVING sum(d."responses") <> 0 OR sum(d."correct") <> 0 ON CONFLICT ("userId", "moduleId") DO UPDATE SET "responses" = "LearnerModuleMastery"."responses" + EXCLUDED."responses", "correct" = "LearnerModuleMastery"."correct" + EXCLUDED."correct"\073 RETURN NULL\073 END';

CREATE FUNCTION "learner_mastery_from_deleted_responses"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN UPDATE "LearnerModuleMastery" m SET "responses" = m."responses" - d."responses", "correct" = m."correct" - d."correct" FROM (SELECT r."userId", q."moduleId", count(*) AS "responses", count(*) FILTER (WHERE r."correct") AS "correct" FROM old_rows r JOIN "Question" q ON q."id" = r."questionId" WHERE r."correct" IS NOT NULL AND q."moduleId" IS NOT NULL GROUP BY 1, 2) d WHERE m."userId" = d."userId" AND m."moduleId" = d."moduleId"\073 RETURN NULL\073 END';

-- A question moved to another module takes its graded responses along. A deleted question
-- subtracts them before its responses go (the cascade then finds no question to subtract from).
CREATE FUNCTION "learner_mastery_from_moved_question"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF OLD."moduleId" IS NOT NULL THEN UPDATE "LearnerModuleMastery" m SET "responses" = m."responses" - d."responses", "correct" = m."correct" - d."correct" FROM (SELECT "userId", count(*) AS "responses", count(*) FILTER (WHERE "correct") AS "correct" FROM "Response" WHERE "questionId" = OLD."id" AND "correct" IS NOT NULL GROUP BY 1) d WHERE m."userId" = d."userId" AND m."moduleId" = OLD."moduleId"\073 END IF\073 IF TG_OP = ''UPDATE'' AND NEW."moduleId" IS NOT NULL THEN INSERT INTO "LearnerModuleMastery" ("userId", "moduleId", "responses", "correct") SELECT "userId", NEW."moduleId", count(*), count(*) FILTER (WHERE "correct") FROM "Response" WHERE "questionId" = NEW."id" AND "correct" IS NOT NULL GROUP BY 1 ON CONFLICT ("userId", "moduleId") DO UPDATE SET "responses" = "LearnerModuleMastery"."responses" + EXCLUDED."responses", "correct" = "LearnerModuleMastery"."correct" + EXCLUDED."correct"\073 END IF\073 IF TG_OP = ''DELETE'' THEN RETURN OLD\073 END IF\073 RETURN NULL\073 END';

CREATE TRIGGER "Response_learner_mastery_insert" AFTER INSERT ON "Response"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "learner_mastery_from_inserted_responses"();
CREATE TRIGGER "Response_learner_mastery_update" AFTER UPDATE ON "Response"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "learner_mastery_from_updated_responses"();
CREATE TRIGGER "Response_learner_mastery_delete" AFTER DELETE ON "Response"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "learner_mastery_from_deleted_responses"();
CREATE TRIGGER "Question_learner_mastery_move" AFTER UPDATE OF "moduleId" ON "Question"
  FOR EACH ROW WHEN (OLD."moduleId" IS DISTINCT FROM NEW."moduleId") EXECUTE FUNCTION "learner_mastery_from_moved_question"();
CREATE TRIGGER "Question_learner_mastery_delete" BEFORE DELETE ON "Question"
  FOR EACH ROW EXECUTE FUNCTION "learner_mastery_from_moved_question"();

-- Responses recorded before this migration.
INSERT INTO "LearnerModuleMastery" ("userId", "moduleId", "responses", "correct")
SELECT r."userId", q."moduleId", count(*), count(*) FILTER (WHERE r."correct")
  FROM "Response" r JOIN "Question" q ON q."id" = r."questionId"
 WHERE r."correct" IS NOT NULL AND q."moduleId" IS NOT NULL
 GROUP BY 1, 2;
