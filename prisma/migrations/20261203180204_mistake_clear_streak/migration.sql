-- AlterTable
ALTER TABLE "LearnerSettings" ADD COLUMN     "mistakeClearStreak" INTEGER NOT NULL DEFAULT 3;
