import "server-only";
import { storedDocumentMetadata } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { buildUpload, storedUploadBuild } from "./build-upload";
import { findPendingUpload } from "./find-upload";
import { UploadError } from "./upload-error";
import { readUploadBytes } from "./upload-parts";

/** The longest title an instructor may give an upload, in characters. */
export const UPLOAD_TITLE_MAX_LENGTH = 100;

/** Control characters, line and paragraph separators, and the bidirectional overrides that reorder what a reader sees. */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * The title an instructor typed, as it is stored: trimmed, without a 《》 pair around it (a citation adds its own).
 * Throws an UploadError saying in Chinese what is wrong: empty, longer than UPLOAD_TITLE_MAX_LENGTH, or holding a
 * control character.
 */
export function uploadTitleOf(input: unknown): string {
  let title = typeof input === "string" ? input.trim() : "";
  const wrapped = /^《([^《》]*)》$/.exec(title);
  if (wrapped) title = wrapped[1]!.trim();
  if (title.length === 0) throw new UploadError("请填写文档标题。");
  if (UNPRINTABLE.test(title)) throw new UploadError("文档标题不能包含换行或控制字符。");
  if ([...title].length > UPLOAD_TITLE_MAX_LENGTH) throw new UploadError(`文档标题不能超过 ${UPLOAD_TITLE_MAX_LENGTH} 个字。`);
  return title;
}

/**
 * Gives a pending upload its title (issue 15): an upload whose text prints none (`untitled`: its name, a clause of its
 * text, is for display only), or one the instructor wants named otherwise. The file is parsed again with the title as a
 * manifest gives one (lib/content build-course.ts): the document is titled, a document of one module takes the title as
 * its module's, and the questions generated when it is published cite 《title》. The title and its build are written
 * together, under the row's lock and only while the upload is pending, with an audit entry; the title is kept
 * (`givenTitle`) so that a parse by another version of the pipeline keeps it (build-upload.ts).
 *
 * The same authorisation as publish: only the uploader or an administrator finds the upload. Returns the title, or
 * null when there is no such pending upload (published or discarded meanwhile, or out of the actor's reach). A bad title
 * throws an UploadError (uploadTitleOf) and changes nothing; so does a parse that runs out of time or memory. Naming
 * with the title it already has writes nothing; namings raced leave one of them, its title and build together.
 */
export async function nameUpload(db: Db, actor: Actor, documentId: string, input: unknown): Promise<{ title: string } | null> {
  const title = uploadTitleOf(input);
  const document = await findPendingUpload(db, actor, documentId);
  if (!document) return null;
  if (document.givenTitle === title) return { title };
  const bytes = await readUploadBytes(db, documentId);
  if (!bytes) return null;
  const { built } = await buildUpload({ documentId, fileName: document.fileName, bytes, title });
  const report = built.reports[0];
  const stored = await storedUploadBuild(built);
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ title: string }[]>`
      SELECT "title" FROM "SourceDocument" WHERE "id" = ${documentId} AND "status" = 'UPLOADED' FOR UPDATE`;
    if (!current) return null;
    await tx.sourceDocument.update({
      where: { id: documentId },
      data: {
        title,
        givenTitle: title,
        metadata: { ...storedDocumentMetadata(report?.metadata) },
        cleaningReport: report ? { ...report } : undefined,
        ...stored,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "document.rename", entityType: "SourceDocument", entityId: documentId, before: { title: current.title }, after: { title } });
    return { title };
  });
}
