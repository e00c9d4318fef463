import { NextResponse } from "next/server";
import { MULTIPART_OVERHEAD_BYTES, readFormDataWithinLimit } from "@/lib/http/read-form-data-within-limit";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { NUL_REFUSAL, formHasNul } from "@/lib/validation/text";
import { IMPORT_MAX_BYTES } from "@/lib/questions/interchange";
import { commitQuestionImport } from "@/lib/server/bank-import/commit-question-import";
import { previewQuestionImport } from "@/lib/server/bank-import/preview-question-import";
import type { ImportSource } from "@/lib/server/bank-import/read-question-import";
import { textField } from "@/lib/validation/text";

const TOO_LARGE = `文件超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB 的上限，请分成几个文件导入。`;
const TEXT_TOO_LARGE = `粘贴的文字超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB 的上限，请分成几次导入。`;

const fieldsSchema = z.object({
  courseId: textField({ error: "请选择要导入到的课程。" }).trim().min(1, "请选择要导入到的课程。").max(64, "请选择要导入到的课程。"),
  step: z.enum(["preview", "commit"], { error: "操作无效。" }),
  validOnly: z.enum(["0", "1"]).default("0"),
  /** The module a text-layout bank goes into; empty for the course's first. */
  moduleId: textField({ error: "所选单元无效。" }).trim().max(64, "所选单元无效。").default(""),
  status: z.enum(["ACTIVE", "DRAFT"], { error: "导入后的状态无效。" }).default("ACTIVE"),
});

function refuse(error: string, status = 400) {
  return NextResponse.json({ ok: false, error }, { status });
}

/**
 * POST (multipart: file or text, courseId, moduleId, step=preview|commit, validOnly=0|1,
 * status=ACTIVE|DRAFT) an import file or pasted text. The preview writes nothing; the commit
 * reads the same input again and imports it in one transaction.
 */
export async function POST(request: Request) {
  const actor = await requireStaff();
  // Counted while it streams (chunked or not): an oversized body is abandoned, never buffered whole.
  const read = await readFormDataWithinLimit(request, IMPORT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!read.ok) return read.reason === "TOO_LARGE" ? refuse(TOO_LARGE, 413) : refuse("上传的内容无法读取，请重新选择文件。");
  const form = read.form;
  if (formHasNul(form)) return refuse(NUL_REFUSAL);
  const fields = fieldsSchema.safeParse({
    courseId: form.get("courseId") ?? undefined,
    step: form.get("step") ?? undefined,
    validOnly: form.get("validOnly") ?? undefined,
    moduleId: form.get("moduleId") ?? undefined,
    status: form.get("status") ?? undefined,
  });
  if (!fields.success) return refuse(fields.error.issues[0]!.message);
  const file = form.get("file");
  const text = form.get("text");
  let source: ImportSource;
  if (file instanceof File && file.name) {
    if (file.size > IMPORT_MAX_BYTES) return refuse(TOO_LARGE, 413);
    source = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } else if (typeof text === "string" && text.trim() !== "") {
    if (Buffer.byteLength(text, "utf8") > IMPORT_MAX_BYTES) return refuse(TEXT_TOO_LARGE, 413);
    source = { pastedText: text };
  } else return refuse("请选择题目文件，或把题目粘贴到文本框中。");
  const options = { actor, courseId: fields.data.courseId, moduleId: fields.data.moduleId || undefined, ...source };
  const db = await getDb();
  const result =
    fields.data.step === "preview"
      ? await previewQuestionImport(db, options)
      : await commitQuestionImport(db, { ...options, validOnly: fields.data.validOnly === "1", status: fields.data.status });
  if (fields.data.step === "commit" && result.ok) revalidatePath("/bank", "layout");
  return NextResponse.json(result, { status: result.ok ? 200 : 400, headers: { "Cache-Control": "no-store" } });
}
