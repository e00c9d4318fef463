import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { buildResultsTable, resultsCsv, resultsWorkbook } from "@/lib/server/results/export-results";

/** The results of an assignment as Excel (learners and item analysis) or CSV (learners). */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const actor = await requireStaff();
  const { assignmentId } = await params;
  const table = await buildResultsTable(await getDb(), actor, { assignmentId });
  if (!table) notFound();
  const csv = new URL(request.url).searchParams.get("format") === "csv";
  const name = `${table.title}-成绩`;
  const body = csv ? resultsCsv(table) : new Uint8Array(await resultsWorkbook(table));
  return new Response(body, {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="results.${csv ? "csv" : "xlsx"}"; filename*=UTF-8''${encodeURIComponent(`${name}.${csv ? "csv" : "xlsx"}`)}`,
    },
  });
}
