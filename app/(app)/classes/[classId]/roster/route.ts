import { NextResponse } from "next/server";
import { MULTIPART_OVERHEAD_BYTES, readFormDataWithinLimit } from "@/lib/http/read-form-data-within-limit";
import { requireClassManager } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { NUL_REFUSAL, formHasNul } from "@/lib/validation/text";
import { importRoster } from "@/lib/server/classes/import-roster";
import { ROSTER_MAX_BYTES } from "@/lib/server/classes/roster/roster-limits";

const TOO_LARGE = `文件超过 ${ROSTER_MAX_BYTES / 1024 / 1024} MB 的上限，请分批导入。`;

function refuse(error: string, status = 400) {
  return NextResponse.json({ ok: false, error, rowErrors: [] }, { status });
}

/**
 * POST a roster file (multipart: file) to import into the class. Answers the import result
 * as JSON; the one-time passwords in it are sent this once and stored nowhere in clear.
 */
export async function POST(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  // Refuse someone else's class before reading what they sent.
  const actor = await requireClassManager(classId);
  // Counted while it streams (chunked or not): an oversized body is abandoned, never buffered whole.
  const read = await readFormDataWithinLimit(request, ROSTER_MAX_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (!read.ok) return read.reason === "TOO_LARGE" ? refuse(TOO_LARGE, 413) : refuse("上传的内容无法读取，请重新选择文件。");
  const form = read.form;
  if (formHasNul(form)) return refuse(NUL_REFUSAL);
  const file = form.get("file");
  if (!(file instanceof File) || !file.name) return refuse("请选择名单文件。");
  if (file.size > ROSTER_MAX_BYTES) return refuse(TOO_LARGE, 413);
  const result = await importRoster(await getDb(), {
    actor,
    classId,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return NextResponse.json(result, { status: result.ok ? 200 : 400, headers: { "Cache-Control": "no-store" } });
}
