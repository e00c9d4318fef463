-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "givenTitle" TEXT;
