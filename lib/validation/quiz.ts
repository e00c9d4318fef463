import { z } from "zod";
import { textField } from "./text";
import { parseShanghaiLocal } from "@/lib/quizzes/shanghai-time";
import { idField } from "./class";
import { QUESTION_TYPES, type QuestionType } from "@/lib/questions/types";
import { questionTypeSchema } from "./question";

/** Longest quiz title and description and assignment title, in characters (the forms show and enforce the same). */
export const QUIZ_TITLE_MAX_LENGTH = 100;
export const QUIZ_DESCRIPTION_MAX_LENGTH = 1000;
export const ASSIGNMENT_TITLE_MAX_LENGTH = 100;

const checkbox = z.preprocess((value) => value === "on" || value === "1" || value === "true" || value === true, z.boolean());

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalId = z.preprocess(blankToUndefined, idField("选项无效").optional());

const pointsField = (label: string) =>
  z.coerce
    .number({ error: `${label}必须是数字` })
    .refine(Number.isFinite, `${label}必须是数字`)
    .min(0.5, `${label}不能少于 0.5 分`)
    .max(100, `${label}不能超过 100 分`);

const fraction = (label: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: `${label}必须是 0 到 1 之间的数` }).min(0, `${label}不能小于 0`).max(1, `${label}不能大于 1`).optional());

export const quizSettingsSchema = z.object({
  title: textField({ error: "请输入测验名称" }).trim().min(1, "请输入测验名称").max(QUIZ_TITLE_MAX_LENGTH, `测验名称不能超过 ${QUIZ_TITLE_MAX_LENGTH} 个字`),
  description: z.preprocess((value) => value ?? "", textField().trim().max(QUIZ_DESCRIPTION_MAX_LENGTH, `说明不能超过 ${QUIZ_DESCRIPTION_MAX_LENGTH} 个字`)),
  courseId: optionalId,
  composition: z.enum(["FIXED", "RULES"], { error: "请选择组卷方式" }),
  drawPerLearner: checkbox,
  timeLimitMinutes: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "时间限制必须是整数分钟" }).int("时间限制必须是整数分钟").min(1, "时间限制至少 1 分钟").max(600, "时间限制不能超过 600 分钟").optional(),
  ),
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
  attemptsAllowed: z.coerce.number({ error: "允许作答次数必须是整数" }).int("允许作答次数必须是整数").min(1, "允许作答次数至少 1 次").max(20, "允许作答次数不能超过 20 次"),
  scoring: z.enum(["BEST", "LAST", "AVERAGE"], { error: "请选择计分方式" }),
  resultPolicy: z.enum(["IMMEDIATELY", "AFTER_CLOSE", "NEVER"], { error: "请选择成绩公布方式" }),
  latePolicy: z.enum(["REFUSE", "ACCEPT_MARKED_LATE"], { error: "请选择逾期处理方式" }),
  pointsByType: z.object(Object.fromEntries(QUESTION_TYPES.map((type) => [type, pointsField("每题分值")])) as Record<QuestionType, ReturnType<typeof pointsField>>),
});

export type QuizSettingsInput = z.infer<typeof quizSettingsSchema>;

/** The settings form's fields as the schema's input (checkboxes absent when unticked). */
export function quizSettingsFromForm(formData: FormData): Record<string, unknown> {
  const text = (name: string) => formData.get(name) ?? undefined;
  return {
    title: text("title"),
    description: text("description"),
    courseId: text("courseId"),
    composition: text("composition"),
    drawPerLearner: text("drawPerLearner"),
    timeLimitMinutes: text("timeLimitMinutes"),
    shuffleQuestions: text("shuffleQuestions"),
    shuffleOptions: text("shuffleOptions"),
    attemptsAllowed: text("attemptsAllowed"),
    scoring: text("scoring"),
    resultPolicy: text("resultPolicy"),
    latePolicy: text("latePolicy"),
    pointsByType: Object.fromEntries(QUESTION_TYPES.map((type) => [type, text(`points_${type}`)])),
  };
}

export const quizRuleSchema = z
  .object({
    moduleId: optionalId,
    type: z.preprocess(blankToUndefined, questionTypeSchema.optional()),
    difficultyMin: fraction("最低难度"),
    difficultyMax: fraction("最高难度"),
    count: z.coerce.number({ error: "抽题数量必须是整数" }).int("抽题数量必须是整数").min(1, "抽题数量至少 1 题").max(200, "抽题数量不能超过 200 题"),
    points: z.preprocess(blankToUndefined, pointsField("每题分值").optional()),
  })
  .refine((rule) => rule.difficultyMin === undefined || rule.difficultyMax === undefined || rule.difficultyMin <= rule.difficultyMax, {
    message: "最低难度不能高于最高难度",
    path: ["difficultyMin"],
  });

export type QuizRuleInput = z.infer<typeof quizRuleSchema>;

export const MAX_RULES = 20;

/** Rule rows of the form (rule_0_count, rule_0_moduleId, …); rows with every field blank are left out. */
export function quizRulesFromForm(formData: FormData): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let index = 0; index < MAX_RULES; index++) {
    const row = Object.fromEntries(
      ["moduleId", "type", "difficultyMin", "difficultyMax", "count", "points"].map((field) => [field, formData.get(`rule_${index}_${field}`) ?? undefined]),
    );
    const filled = Object.values(row).some((value) => typeof value === "string" && value.trim() !== "");
    if (filled && !formData.get(`rule_${index}_remove`)) rows.push(row);
  }
  return rows;
}

export const quizItemSchema = z.object({
  questionId: idField("题目无效"),
  position: z.coerce.number({ error: "顺序必须是整数" }).int("顺序必须是整数").min(1, "顺序至少为 1").max(10000, "顺序无效"),
  points: pointsField("每题分值"),
});

export type QuizItemInput = z.infer<typeof quizItemSchema>;

/** The items form: one hidden `item` per question, with its `position_…`, `points_…` and `remove_…`. */
export function quizItemsFromForm(formData: FormData): { items: Record<string, unknown>[]; removed: string[] } {
  const items: Record<string, unknown>[] = [];
  const removed: string[] = [];
  for (const value of formData.getAll("item")) {
    const questionId = String(value);
    if (formData.get(`remove_${questionId}`)) {
      removed.push(questionId);
      continue;
    }
    items.push({ questionId, position: formData.get(`position_${questionId}`), points: formData.get(`points_${questionId}`) });
  }
  return { items, removed };
}

export const addQuizItemsSchema = z.object({
  quizId: idField("测验无效"),
  questionIds: z.array(idField("题目无效"), { error: "请至少选择一道题目" }).min(1, "请至少选择一道题目").max(200, "一次最多添加 200 道题目"),
});

const localDateTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .transform((value, context) => {
      const date = parseShanghaiLocal(value);
      if (!date) {
        context.addIssue({ code: "custom", message: `${label}格式无效` });
        return z.NEVER;
      }
      return date;
    });

const assignmentWindow = {
  opensAt: localDateTime("开始时间"),
  closesAt: localDateTime("截止时间"),
};

const closesAfterOpens = (window: { opensAt: Date; closesAt: Date }) => window.closesAt.getTime() > window.opensAt.getTime();
const CLOSES_BEFORE_OPENS = { message: "截止时间必须晚于开始时间", path: ["closesAt"] };

export const createAssignmentSchema = z
  .object({
    quizId: idField("测验无效"),
    title: textField({ error: "请输入布置名称" }).trim().min(1, "请输入布置名称").max(ASSIGNMENT_TITLE_MAX_LENGTH, `布置名称不能超过 ${ASSIGNMENT_TITLE_MAX_LENGTH} 个字`),
    ...assignmentWindow,
    classIds: z.array(idField("班级无效"), { error: "请至少选择一个班级" }).min(1, "请至少选择一个班级").max(200, "班级太多"),
  })
  .refine(closesAfterOpens, CLOSES_BEFORE_OPENS);

export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

export const assignmentWindowSchema = z
  .object({ assignmentId: idField("布置无效"), ...assignmentWindow })
  .refine(closesAfterOpens, CLOSES_BEFORE_OPENS);
