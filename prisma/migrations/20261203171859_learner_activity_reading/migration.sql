-- Reading time per study day, written by recordReadingTime (lib/server/study/record-reading-time.ts)
-- with each credited report, so a day of reading only counts as a study day (the streak).
-- Reading before this migration was kept as a total per module without days: not backfilled.

-- AlterTable
ALTER TABLE "LearnerActivityDay" ADD COLUMN     "readingSeconds" INTEGER NOT NULL DEFAULT 0;
