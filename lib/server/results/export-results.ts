import "server-only";
import ExcelJS from "exceljs";
import { csvDocument } from "@/lib/csv/write-csv";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/date-time";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";
import { getAssignmentResults } from "./get-assignment-results";
import { getItemAnalysis } from "./get-item-analysis";
import { COMPLETION_STATUS_LABELS, ITEM_FLAG_LABELS } from "./result-labels";

const LEARNER_HEADER = ["姓名", "邮箱", "班级", "状态", "作答次数", "计分成绩（百分制）", "各次成绩", "用时（秒）", "最后提交时间（北京时间）", "逾期"];
const ITEM_HEADER = ["题目编号", "题型", "题干", "作答人数", "难度系数（通过率）", "区分度（27%）", "点二列相关", "标记"];

export interface ResultsTable {
  title: string;
  learners: (string | number)[][];
  items: (string | number)[][];
}

/** The results of an assignment as rows for a spreadsheet: one sheet of learners, one of items. */
export async function buildResultsTable(db: Db, actor: Actor, input: { assignmentId: string; now?: Date }): Promise<ResultsTable | null> {
  const results = await getAssignmentResults(db, actor, input);
  if (!results) return null;
  const items = await getItemAnalysis(db, actor, { assignmentId: results.assignment.id });
  const round = (value: number | null) => (value === null ? "" : Math.round(value * 1000) / 1000);
  return {
    title: results.assignment.title,
    learners: [
      LEARNER_HEADER,
      ...results.learners.map((row) => [
        row.name,
        row.email,
        row.classNames.join("、"),
        COMPLETION_STATUS_LABELS[row.status],
        row.attemptsUsed,
        row.counted ?? "",
        row.attemptPercents.join(" / "),
        row.secondsSpent ?? "",
        row.lastSubmittedAt ? formatDateTime(row.lastSubmittedAt) : "",
        row.late ? "是" : "",
      ]),
    ],
    items: [
      ITEM_HEADER,
      ...items.map((item) => [
        item.questionId,
        QUESTION_TYPE_LABELS[item.type],
        item.stem,
        item.takers,
        round(item.facility),
        round(item.discrimination),
        round(item.pointBiserial),
        item.flags.map((flag) => ITEM_FLAG_LABELS[flag]).join("、"),
      ]),
    ],
  };
}

/** The learners' sheet as CSV (lib/csv/write-csv.ts: BOM, CRLF, formula cells neutralised). */
export function resultsCsv(table: ResultsTable): string {
  return csvDocument(table.learners);
}

export async function resultsWorkbook(table: ResultsTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const learners = workbook.addWorksheet("成绩");
  learners.addRows(table.learners);
  learners.getRow(1).font = { bold: true };
  const items = workbook.addWorksheet("题目分析");
  items.addRows(table.items);
  items.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
