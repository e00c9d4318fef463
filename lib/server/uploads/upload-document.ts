import "server-only";
import crypto from "node:crypto";
import { stableId, storedDocumentMetadata, DEFAULT_MAX_BYTES } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { buildUpload, storedUploadBuild } from "./build-upload";
import { UploadError } from "./upload-error";
import { deleteUnusedUploadParts, trimUploadParts, uploadPartsPresent, writeUploadParts } from "./upload-parts";

export const UPLOAD_MAX_BYTES = DEFAULT_MAX_BYTES;

const MEDIA_TYPES: Record<string, string> = {
  text: "text/plain",
  markdown: "text/markdown",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export { UploadError };

/**
 * Reads an uploaded document and keeps it for review (status UPLOADED). Anything that cannot
 * become course content is refused with a ContentError or UploadError and writes nothing; so is a
 * file already published to the course, or pending there for another instructor (reuploadRefusal).
 */
export async function uploadDocument(
  db: Db,
  actor: Actor,
  input: { courseId: string; fileName: string; bytes: Uint8Array },
): Promise<{ documentId: string }> {
  const fileName = input.fileName.replace(/[\\/]/g, "_").trim().slice(0, 200) || "未命名文件";
  const course = await db.course.findUnique({ where: { id: input.courseId }, select: { id: true } });
  if (!course) throw new UploadError("请选择要发布到的课程");
  const sha256 = crypto.createHash("sha256").update(input.bytes).digest("hex");
  const documentId = stableId("document", "upload", course.id, sha256);
  // Refused before the file is parsed; checked again under the row's lock below.
  const earlier = await db.sourceDocument.findUnique({ where: { id: documentId }, select: { status: true, uploadedById: true } });
  const refusal = reuploadRefusal(earlier, actor);
  if (refusal) throw new UploadError(refusal);
  // Fails with a Chinese message for empty, oversized, binary, unsupported and text-less files,
  // zip bombs, and files that exhaust the parse worker's memory or time.
  const { kind, built } = await buildUpload({ documentId, fileName, bytes: input.bytes, maxBytes: UPLOAD_MAX_BYTES });
  const passages = built.modules.flatMap((module) => collectPassageTexts(module.sections));
  if (passages.length === 0) throw new UploadError(`文件“${fileName}”中没有识别到可用的段落。`);
  const report = built.reports[0];
  const data = {
    courseId: course.id,
    fileName,
    mediaType: MEDIA_TYPES[kind] ?? "application/octet-stream",
    title: report?.title ?? fileName,
    metadata: { ...storedDocumentMetadata(report?.metadata) },
    sha256,
    byteSize: input.bytes.byteLength,
    text: passages.join("\n\n"),
    cleaningReport: report ? { ...report } : undefined,
    // Parsed once: the preview and the publish read this build rather than the file (build-upload.ts).
    ...(await storedUploadBuild(built)),
    status: "UPLOADED" as const,
    // Parsed afresh: a title given to the pending upload of the same file at its preview is dropped with its build.
    givenTitle: null,
  };
  // The bytes first, in parts (upload-parts.ts); the row that makes them an upload last, with its
  // audit entry, in one short transaction. A failure on the way leaves nothing behind.
  try {
    const parts = await writeUploadParts(db, documentId, input.bytes);
    await db.$transaction(async (tx) => {
      // Waits for a publish or discard of the same document holding its row, then reads what it left.
      const [current] = await tx.$queryRaw<{ status: DocumentStatus; uploadedById: string | null }[]>`
        SELECT "status", "uploadedById" FROM "SourceDocument" WHERE "id" = ${documentId} FOR UPDATE`;
      const refusal = reuploadRefusal(current, actor);
      if (refusal) throw new UploadError(refusal);
      // A discard of the pending upload of this file, run while the parts were written, deleted them:
      // written again here (rare), so the upload never stands without its bytes.
      if (!(await uploadPartsPresent(tx, documentId, parts))) await writeUploadParts(tx, documentId, input.bytes);
      await trimUploadParts(tx, documentId, parts);
      // A pending upload taken up again (by its uploader or an administrator) stays its uploader's.
      const uploadedById = current?.status === "UPLOADED" && current.uploadedById ? current.uploadedById : actor.id;
      const row = { ...data, uploadedById };
      await tx.sourceDocument.upsert({ where: { id: documentId }, create: { id: documentId, ...row }, update: row, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.upload",
        entityType: "SourceDocument",
        entityId: documentId,
        after: { fileName, byteSize: data.byteSize, courseId: course.id },
      });
    });
  } catch (error) {
    await deleteUnusedUploadParts(db, documentId).catch(() => undefined);
    throw error;
  }
  return { documentId };
}

/**
 * Why the same file (same bytes, so the same document id) cannot be uploaded to the course again:
 * it is published there (its modules are what learners read; uploading it again would put it back
 * in review, and publishing it again would move and renumber them), or it is pending for another
 * instructor (taking it up would drop it from their uploads). A discarded file may be uploaded again,
 * and a pending one by its uploader or an administrator (the same upload, parsed afresh).
 */
function reuploadRefusal(existing: { status: DocumentStatus; uploadedById: string | null } | null | undefined, actor: Actor): string | null {
  if (!existing) return null;
  if (existing.status === "PUBLISHED") return "该文件已发布到本课程，无需再次上传；如需修改内容，请上传修改后的文件。";
  if (existing.status === "UPLOADED" && existing.uploadedById && existing.uploadedById !== actor.id && actor.role !== "ADMIN") {
    return "该文件已由其他教员上传到本课程，正在等待其预览和发布。";
  }
  return null;
}

function collectPassageTexts(sections: { passages: { text: string }[]; sections: unknown[] }[]): string[] {
  return sections.flatMap((section) => [
    ...section.passages.map((passage) => passage.text),
    ...collectPassageTexts(section.sections as typeof sections),
  ]);
}
