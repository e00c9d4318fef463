-- CreateTable
CREATE TABLE "SourceDocumentPart" (
    "documentId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceDocumentPart_pkey" PRIMARY KEY ("documentId","index")
);

-- CreateIndex
CREATE INDEX "SourceDocumentPart_createdAt_idx" ON "SourceDocumentPart"("createdAt");

-- Uploads awaiting review keep their bytes, as one part (readers join the parts in order).
INSERT INTO "SourceDocumentPart" ("documentId", "index", "bytes")
SELECT "id", 0, "content" FROM "SourceDocument" WHERE "content" IS NOT NULL;

-- AlterTable
ALTER TABLE "SourceDocument" DROP COLUMN "content";
