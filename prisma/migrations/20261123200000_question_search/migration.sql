-- Substring search over question stems (the 题库 search box): a trigram GIN index serves
-- ILIKE '%…%' for patterns of three or more characters. pg_trgm ships with PostgreSQL's
-- contrib (a trusted extension: the database owner may create it) and with PGlite, which
-- loads it in lib/db/open-pglite.ts. The schema declares both, so later diffs keep them.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Question_stem_trgm_idx" ON "Question" USING GIN ("stem" gin_trgm_ops);
