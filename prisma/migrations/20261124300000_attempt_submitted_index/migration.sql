-- The at-risk list (lib/server/reports/list-at-risk-learners.ts) reads, for every learner, their
-- newest submitted assignment attempts (score share, newest first) and which assignments they
-- submitted. Both read all submitted assignment attempts: by sequential scan of the wide Attempt
-- rows and an external sort they took about half of the query (bench:reports, 146,250 attempts).
-- This partial index holds the submitted assignment attempts in the order the list wants, with
-- the columns it reads, so both become index-only scans without a sort (docs/BENCHMARKS.md).
-- Partial indexes are outside the Prisma schema language (the schema diff leaves them alone).

-- CreateIndex
CREATE INDEX "Attempt_userId_submittedAt_submitted_idx" ON "Attempt"("userId", "submittedAt" DESC, "id") INCLUDE ("assignmentId", "score", "maxScore") WHERE "assignmentId" IS NOT NULL AND "status" = 'SUBMITTED';
