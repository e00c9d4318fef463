import { z } from "zod";
import { requireClassManager, requireRole } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { studyDayOf } from "@/lib/stats";
import { exportReportTables } from "@/lib/server/reports/export-reports";
import { textField } from "@/lib/validation/text";

const exportQuery = z.object({
  format: z.enum(["xlsx", "csv"], { error: "导出格式只能是 xlsx 或 csv" }),
  table: z.enum(["overview", "assignments", "weeks", "heatmap", "at-risk"], { error: "没有这个报表" }).optional(),
  classId: textField().min(1).max(100).optional(),
});

/** Report downloads: the organisation's tables (administrators), or one class's heatmap (its instructors too). */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = exportQuery.safeParse(params);
  if (!parsed.success) {
    return new Response(parsed.error.issues[0]?.message ?? "导出参数有误", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { format, table, classId } = parsed.data;
  const actor = classId ? await requireClassManager(classId) : await requireRole("ADMIN");
  const file = await exportReportTables(await getDb(), { actor, format, table, classId });
  if (!file) return new Response("没有找到这个班级", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const fileName = `${file.name}-${studyDayOf(new Date())}.${format}`;
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="report.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
