-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "metadata" JSONB;
