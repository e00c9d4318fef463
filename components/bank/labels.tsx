import type { QuestionStatus } from "@/lib/generated/prisma/enums";

export { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";
export { QUESTION_TYPES } from "@/lib/questions/types";

export const STATUS_LABELS: Record<QuestionStatus, string> = { DRAFT: "待审核", ACTIVE: "已启用", RETIRED: "已停用" };

export const STATUS_BADGE_CLASSES: Record<QuestionStatus, string> = {
  DRAFT: "bg-amber-50 text-amber-800",
  ACTIVE: "bg-green-50 text-green-800",
  RETIRED: "bg-stone-100 text-stone-600",
};

export const ORIGIN_LABELS: Record<string, string> = { GENERATED: "自动生成", MANUAL: "手工编写", IMPORTED: "导入" };

export const HISTORY_ACTION_LABELS: Record<string, string> = {
  "question.create": "手工出题",
  "question.edit": "编辑",
  "question.approve": "审核通过",
  "question.retire": "停用",
  "question.restore": "恢复启用",
};

export const FIELD_LABELS: Record<string, string> = {
  type: "题型",
  stem: "题干",
  options: "选项",
  answer: "答案",
  acceptedAnswers: "可接受答案",
  keyPoints: "要点",
  explanation: "解析",
  difficulty: "难度",
  courseId: "课程",
  moduleId: "单元",
  sectionId: "章节",
  passageId: "出处段落",
  spanStart: "出处起点",
  spanEnd: "出处终点",
  status: "状态",
  origin: "来源",
  bulk: "批量操作",
};

export function StatusBadge({ status }: { status: QuestionStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STATUS_BADGE_CLASSES[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** Marks a question whose stem, distractors or 解析 a language model rewrote (docs/BANK.md, "Machine rewriting"). */
export function RewrittenBadge({ model }: { model: string }) {
  return (
    <span className="inline-block rounded bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-800" title={`题干、干扰项或解析由模型 ${model} 改写`}>
      机器改写
    </span>
  );
}
