import { NextResponse } from "next/server";
import { requireClassManager } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { NUL_REFUSAL, formHasNul } from "@/lib/validation/text";
import { importRoster } from "@/lib/server/classes/import-roster";
import { ROSTER_MAX_BYTES } from "@/lib/server/classes/roster/roster-limits";

// Multipart framing around the file: a request much larger than the limit is refused unread.
const REQUEST_OVERHEAD_BYTES = 64 * 1024;
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
  if (Number(request.headers.get("content-length") ?? 0) > ROSTER_MAX_BYTES + REQUEST_OVERHEAD_BYTES) return refuse(TOO_LARGE, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse("上传的内容无法读取，请重新选择文件。");
  }
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
