-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "build" BYTEA,
ADD COLUMN     "buildVersion" TEXT;
