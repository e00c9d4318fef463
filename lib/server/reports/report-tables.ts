import "server-only";
import { formatDateTime } from "@/lib/format/date-time";
import type { ReportsOverview } from "./get-reports-overview";
import type { MasteryHeatmap } from "./get-mastery-heatmap";
import type { AtRiskList } from "./list-at-risk-learners";
import type { ClassHeatmap } from "./get-class-heatmap";

export type Cell = string | number | null;

/** A report table as exports write it: a sheet name, a header row and rows of plain cells. */
export interface ReportTable {
  /** Sheet name and file-name stem, e.g. 总览. */
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** Shares are exported as percentages with one decimal (a number, so spreadsheets can sort and sum them). */
const percentCell = (share: number | null): Cell => (share === null ? null : Math.round(share * 1000) / 10);

export function overviewTable(overview: ReportsOverview): ReportTable {
  return {
    name: "总览",
    headers: ["指标", "数值"],
    rows: [
      ["学员数", overview.learners],
      ["班级数", overview.classes],
      ["近 7 天活跃学员", overview.active7],
      ["近 30 天活跃学员", overview.active30],
      ["近 7 天复习次数", overview.reviews7],
      ["近 30 天复习次数", overview.reviews30],
      ["近 30 天测验平均得分率 (%)", percentCell(overview.averageScore30)],
      ["近 30 天提交测验次数", overview.submittedAttempts30],
    ],
  };
}

export function openAssignmentsTable(overview: ReportsOverview): ReportTable {
  return {
    name: "进行中的测验",
    headers: ["测验", "开始", "截止", "应完成人数", "已提交人数", "完成率 (%)", "平均得分率 (%)"],
    rows: overview.openAssignments.map((a) => [
      a.title,
      formatDateTime(a.opensAt),
      formatDateTime(a.closesAt),
      a.assigned,
      a.submitted,
      percentCell(a.completion),
      percentCell(a.averageScore),
    ]),
  };
}

export function weeklyTable(overview: ReportsOverview): ReportTable {
  return {
    name: "每周趋势",
    headers: ["周起", "周止", "活跃学员", "复习次数", "测验平均得分率 (%)"],
    rows: overview.weeks.map((week) => [
      week.firstDay,
      week.lastDay,
      week.activeLearners,
      week.reviews,
      percentCell(week.averageScore),
    ]),
  };
}

/** Heatmap as a table: one row per class (or learner), three columns per module (预测记忆率, 正确率, 逾期卡片). */
export function heatmapTable(heatmap: MasteryHeatmap | ClassHeatmap, name = "掌握热力图"): ReportTable {
  const rowLabel = "classId" in heatmap ? "学员" : "班级";
  return {
    name,
    headers: [
      rowLabel,
      ...("classId" in heatmap ? [] : ["学员数"]),
      ...heatmap.modules.flatMap((module) => [`${module.title} 预测记忆率 (%)`, `${module.title} 正确率 (%)`, `${module.title} 逾期卡片`]),
    ],
    rows: heatmap.rows.map((row) => [
      row.name,
      ...("classId" in heatmap ? [] : [row.learners]),
      ...heatmap.modules.flatMap((module) => {
        const cell = row.cells[module.id];
        return [percentCell(cell?.retention ?? null), percentCell(cell?.accuracy ?? null), cell?.overdue ?? 0];
      }),
    ]),
  };
}

export function atRiskTable(list: AtRiskList): ReportTable {
  return {
    name: "需关注学员",
    headers: ["姓名", "邮箱", "班级", "原因", "逾期复习", "错过测验", "距上次学习（天）"],
    rows: list.learners.map((learner) => [
      learner.name,
      learner.email,
      learner.classes.map((k) => k.name).join("、"),
      learner.reasons.map((reason) => reason.text).join("；"),
      learner.features.overdueReviews,
      learner.features.missedAssignments,
      learner.features.daysSinceActive,
    ]),
  };
}
