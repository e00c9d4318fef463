-- CreateIndex
CREATE INDEX "Question_flagged_status_idx" ON "Question"("flagged", "status");
