import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { getReportsOverview } from "./get-reports-overview";
import { getMasteryHeatmap } from "./get-mastery-heatmap";
import { getClassHeatmap } from "./get-class-heatmap";
import { listAtRiskLearners } from "./list-at-risk-learners";
import { atRiskTable, heatmapTable, openAssignmentsTable, overviewTable, weeklyTable, type ReportTable } from "./report-tables";
import { reportTableToCsv, reportTablesToXlsx } from "./export-report-tables";

export type ReportTableName = "overview" | "assignments" | "weeks" | "heatmap" | "at-risk";

export interface ExportedReport {
  /** File-name stem (Chinese). */
  name: string;
  body: Uint8Array | string;
}

/**
 * A report as a file. With classId: that class's learners × modules (the services check the
 * actor manages it). Without: the organisation's tables — all of them in one workbook, or one
 * table as CSV (CSV holds one table; `table` defaults to the overview). Null when the class does not exist.
 */
export async function exportReportTables(
  db: Db,
  options: { actor: Actor; format: "xlsx" | "csv"; table?: ReportTableName; classId?: string; now?: Date },
): Promise<ExportedReport | null> {
  const { actor, format, now } = options;
  if (options.classId) {
    const heatmap = await getClassHeatmap(db, { actor, classId: options.classId, now });
    if (!heatmap) return null;
    const table = heatmapTable(heatmap, "学员掌握情况");
    return render(`${heatmap.className}-掌握情况`, [table], format);
  }
  const wanted = format === "csv" ? [options.table ?? "overview"] : options.table ? [options.table] : (["overview", "assignments", "weeks", "heatmap", "at-risk"] as const);
  const needsOverview = wanted.some((name) => name === "overview" || name === "assignments" || name === "weeks");
  const [overview, heatmap, atRisk] = await Promise.all([
    needsOverview ? getReportsOverview(db, { actor, now }) : null,
    wanted.includes("heatmap") ? getMasteryHeatmap(db, { actor, now }) : null,
    wanted.includes("at-risk") ? listAtRiskLearners(db, { actor, now }) : null,
  ]);
  const tables: ReportTable[] = wanted.map((name) => {
    switch (name) {
      case "overview":
        return overviewTable(overview!);
      case "assignments":
        return openAssignmentsTable(overview!);
      case "weeks":
        return weeklyTable(overview!);
      case "heatmap":
        return heatmapTable(heatmap!);
      case "at-risk":
        return atRiskTable(atRisk!);
    }
  });
  return render(tables.length === 1 ? tables[0]!.name : "报表", tables, format);
}

async function render(name: string, tables: ReportTable[], format: "xlsx" | "csv"): Promise<ExportedReport> {
  return { name, body: format === "xlsx" ? await reportTablesToXlsx(tables) : reportTableToCsv(tables[0]!) };
}
