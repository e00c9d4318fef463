import { NextResponse } from "next/server";
import { MULTIPART_OVERHEAD_BYTES, readFormDataWithinLimit } from "@/lib/http/read-form-data-within-limit";
import { ContentError } from "@/lib/content";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { NUL_REFUSAL, formHasNul } from "@/lib/validation/text";
import { UPLOAD_MAX_BYTES, UploadError, uploadDocument } from "@/lib/server/uploads/upload-document";

function refuse(message: string, status = 400) {
  return NextResponse.json({ error: message }, { status });
}

/** POST a document (multipart: file, courseId) for review; answers { id } or { error } in Chinese. */
export async function POST(request: Request) {
  const actor = await requireStaff();
  // Counted while it streams (chunked or not): an oversized body is abandoned, never buffered whole.
  const read = await readFormDataWithinLimit(request, UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!read.ok) return read.reason === "TOO_LARGE" ? refuse(`文件超过 ${UPLOAD_MAX_BYTES / 1024 / 1024} MB 的上限，请拆分后再上传。`, 413) : refuse("上传的内容无法读取，请重新选择文件。");
  const form = read.form;
  if (formHasNul(form)) return refuse(NUL_REFUSAL);
  const file = form.get("file");
  const courseId = form.get("courseId");
  if (!(file instanceof File)) return refuse("请选择要上传的文件。");
  if (typeof courseId !== "string" || !courseId) return refuse("请选择要发布到的课程。");
  if (file.size > UPLOAD_MAX_BYTES) return refuse(`文件超过 ${UPLOAD_MAX_BYTES / 1024 / 1024} MB 的上限，请拆分后再上传。`, 413);
  try {
    const { documentId } = await uploadDocument(await getDb(), actor, {
      courseId,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return NextResponse.json({ id: documentId });
  } catch (error) {
    if (error instanceof ContentError) return refuse(error.userMessage);
    if (error instanceof UploadError) return refuse(error.userMessage);
    throw error;
  }
}
