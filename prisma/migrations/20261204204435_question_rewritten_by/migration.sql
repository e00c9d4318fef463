-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "rewrittenBy" TEXT;
