import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { isExportFormat } from "@/lib/questions/interchange";
import { exportQuestionBank } from "@/lib/server/bank/export-question-bank";
import { bankFilterSchema } from "@/lib/validation/question";

/** GET /bank/export?format=xlsx|csv|json|gift|moodle-xml|anki&<the bank page's filter> — a download. */
export async function GET(request: Request) {
  const actor = await requireStaff();
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  if (!isExportFormat(format)) return new Response("导出格式无效。", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const filter = bankFilterSchema.parse(Object.fromEntries(params));
  const file = await exportQuestionBank(await getDb(), { actor, format, filter });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "no-store",
      "X-Question-Count": String(file.count),
    },
  });
}
