-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN     "blockedUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");
