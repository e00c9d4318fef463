import { FIELD_LABELS as QUESTION_FIELD_LABELS, QUESTION_TYPE_LABELS, STATUS_LABELS as QUESTION_STATUS_LABELS } from "@/components/bank/labels";
import { COMPOSITION_LABELS, LATE_POLICY_LABELS, RESULT_POLICY_LABELS, SCORING_LABELS } from "@/components/quizzes/labels";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/date-time";
import { auditActionLabel } from "./audit-action-labels";

/** The Chinese names of the fields the services record; a field not named here is only counted. */
const FIELD_LABELS: Record<string, string> = {
  ...QUESTION_FIELD_LABELS,
  title: "名称",
  name: "名称",
  email: "邮箱",
  role: "角色",
  active: "账号启用",
  mustChangePassword: "须修改密码",
  pointsEnabled: "学习积分",
  inviteCode: "邀请码",
  description: "说明",
  composition: "组卷方式",
  drawPerLearner: "每位学员单独抽题",
  timeLimitSeconds: "时间限制（秒）",
  shuffleQuestions: "打乱题目顺序",
  shuffleOptions: "打乱选项顺序",
  attemptsAllowed: "允许作答次数",
  scoring: "计分方式",
  resultPolicy: "成绩与答案",
  latePolicy: "逾期处理",
  opensAt: "开始时间",
  closesAt: "截止时间",
  points: "得分",
  fileName: "文件",
};

/** Enum values as users know them; the enums' codes do not overlap. */
const VALUE_LABELS: Record<string, string> = {
  ...ROLE_LABELS,
  ...QUESTION_STATUS_LABELS,
  ...QUESTION_TYPE_LABELS,
  ...COMPOSITION_LABELS,
  ...SCORING_LABELS,
  ...RESULT_POLICY_LABELS,
  ...LATE_POLICY_LABELS,
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const MAX_CHANGES = 3;

export interface AuditSentenceInput {
  action: string;
  /** The audited record's current name, when it still exists. */
  subject?: string | null;
  before: unknown;
  after: unknown;
  actor: { name: string } | null;
}

/**
 * One audit entry as a sentence: who did what to which record, and up to three changed fields as
 * `名称：旧 → 新` (`王老师 修改测验设置「期末测验」：计分方式：取最高分 → 取最后一次`). The raw record
 * stays available behind the entry's details toggle.
 */
export function auditSentence(entry: AuditSentenceInput): string {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const subject = [entry.subject, after.title, after.name, after.email, before.title, before.name, before.email].find((value) => typeof value === "string" && value !== "");
  const head = `${entry.actor?.name ?? "系统"} ${auditActionLabel(entry.action)}${subject ? `「${truncate(String(subject))}」` : ""}`;
  const changes = changedFields(before, after);
  return changes.length === 0 ? `${head}。` : `${head}：${changes.join("；")}。`;
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = Object.keys(after).filter((key) => key in before && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  const named = keys.filter((key) => key in FIELD_LABELS);
  const shown = named.slice(0, MAX_CHANGES).map((key) => `${FIELD_LABELS[key]}：${describeValue(before[key])} → ${describeValue(after[key])}`);
  const rest = keys.length - shown.length;
  return rest > 0 ? [...shown, `另有 ${rest} 项改动`] : shown;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") {
    if (ISO_INSTANT.test(value)) return formatDateTime(new Date(value));
    return VALUE_LABELS[value] ?? truncate(value);
  }
  if (typeof value === "number") return String(value);
  return "（见详细记录）";
}

function truncate(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
