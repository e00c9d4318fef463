import { z } from "zod";
import { containsNul, textField } from "./text";
import { normalizeAnswer } from "@/lib/questions/normalize-answer";

/**
 * Schemas for the question bank's forms: editing a question, writing one by hand, filtering
 * the bank and changing statuses. Messages are for the user, in Chinese.
 */

export const QUESTION_TYPE_VALUES = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "SHORT_ANSWER"] as const;
export const QUESTION_STATUS_VALUES = ["DRAFT", "ACTIVE", "RETIRED"] as const;

export const questionTypeSchema = z.enum(QUESTION_TYPE_VALUES, { error: "题型无效" });
export const questionStatusSchema = z.enum(QUESTION_STATUS_VALUES, { error: "状态无效" });

export const OPTION_KEYS = ["A", "B", "C", "D", "E", "F"] as const;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = OPTION_KEYS.length;
/** Length limits of a question's text, in characters: the schema, its messages and the form read these. */
export const STEM_MAX = 500;
export const OPTION_MAX = 200;
const ANSWER_MAX = 100;
export const TEXT_MAX = 2000;

/** A blank in a stem: a run of underscores (______) or empty full-width brackets (（　）). */
const BLANK_PATTERN = /_{3,}|（[ \u3000]*）/g;

export function countBlanks(stem: string): number {
  return stem.match(BLANK_PATTERN)?.length ?? 0;
}

const id = (message: string) => textField({ error: message }).trim().min(1, message).max(64, message);

const stem = textField({ error: "请填写题干" }).trim().min(1, "请填写题干").max(STEM_MAX, `题干不能超过 ${STEM_MAX} 个字`);

const difficulty = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
  z
    .number({ error: "请填写 0 到 1 之间的难度" })
    .refine(Number.isFinite, "请填写 0 到 1 之间的难度")
    .min(0, "难度不能小于 0")
    .max(1, "难度不能大于 1"),
);

const common = {
  stem,
  explanation: textField({ error: "解析无效" }).trim().max(TEXT_MAX, `解析不能超过 ${TEXT_MAX} 个字`).default(""),
  difficulty,
  moduleId: id("请选择所属单元"),
  /** The passage text the question rests on; empty for none. Located in the module's passages by the service. */
  sourceText: textField({ error: "出处原文无效" }).trim().max(TEXT_MAX, `出处原文不能超过 ${TEXT_MAX} 个字`).default(""),
};

const option = z.object({
  key: textField({ error: "选项编号无效" }),
  text: textField({ error: "请填写选项内容" }).trim().min(1, "选项内容不能为空").max(OPTION_MAX, `选项不能超过 ${OPTION_MAX} 个字`),
});

const options = z
  .array(option, { error: "请填写选项" })
  .min(MIN_OPTIONS, `选择题需要 ${MIN_OPTIONS} 到 ${MAX_OPTIONS} 个选项`)
  .max(MAX_OPTIONS, `选择题需要 ${MIN_OPTIONS} 到 ${MAX_OPTIONS} 个选项`)
  .superRefine((list, context) => {
    if (list.some((item, position) => item.key !== OPTION_KEYS[position])) {
      context.addIssue({ code: "custom", message: "选项编号无效" });
    }
    const texts = list.map((item) => normalizeAnswer(item.text) || item.text);
    if (new Set(texts).size !== texts.length) context.addIssue({ code: "custom", message: "选项内容不能重复" });
  });

const correctKeys = z.array(textField({ error: "正确答案无效" }), { error: "请选择正确答案" });

/** Correct keys must name options that exist: a forged key changes nothing. */
function correctAmongOptions(value: { options: Array<{ key: string }>; correct: string[] }, context: z.RefinementCtx) {
  const keys = new Set(value.options.map((item) => item.key));
  if (value.correct.some((key) => !keys.has(key))) {
    context.addIssue({ code: "custom", path: ["correct"], message: "正确答案必须是已有的选项" });
  }
  if (new Set(value.correct).size !== value.correct.length) {
    context.addIssue({ code: "custom", path: ["correct"], message: "正确答案重复" });
  }
}

const singleChoice = z
  .object({ type: z.literal("SINGLE_CHOICE"), ...common, options, correct: correctKeys })
  .superRefine((value, context) => {
    correctAmongOptions(value, context);
    if (value.correct.length !== 1) context.addIssue({ code: "custom", path: ["correct"], message: "单选题必须恰好有一个正确选项" });
  });

const multipleChoice = z
  .object({ type: z.literal("MULTIPLE_CHOICE"), ...common, options, correct: correctKeys })
  .superRefine((value, context) => {
    correctAmongOptions(value, context);
    if (value.correct.length < 2) context.addIssue({ code: "custom", path: ["correct"], message: "多选题至少要有两个正确选项" });
  });

const trueFalse = z.object({
  type: z.literal("TRUE_FALSE"),
  ...common,
  verdict: z.preprocess(
    (value) => (value === "true" ? true : value === "false" ? false : value),
    z.boolean({ error: "请选择判断题的答案：正确或错误" }),
  ),
});

const acceptedAnswer = textField().trim().max(ANSWER_MAX, `答案不能超过 ${ANSWER_MAX} 个字`);

const fillBlank = z
  .object({
    type: z.literal("FILL_BLANK"),
    ...common,
    /** Per blank, its accepted answers; the first is the answer shown to learners. */
    blanks: z
      .array(z.array(acceptedAnswer).transform((answers) => dedupe(answers.filter(Boolean))), { error: "请填写每个空的答案" })
      .min(1, "填空题至少要有一个空"),
  })
  .superRefine((value, context) => {
    const blanks = countBlanks(value.stem);
    if (blanks === 0) {
      context.addIssue({ code: "custom", path: ["stem"], message: "填空题的题干中要有空（______ 或（　））" });
    } else if (blanks !== value.blanks.length) {
      context.addIssue({ code: "custom", path: ["blanks"], message: `题干中有 ${blanks} 个空，但填写了 ${value.blanks.length} 个空的答案` });
    }
    value.blanks.forEach((answers, position) => {
      if (answers.length === 0) context.addIssue({ code: "custom", path: ["blanks"], message: `第 ${position + 1} 空至少要有一个可接受的答案` });
    });
  });

const shortAnswer = z.object({
  type: z.literal("SHORT_ANSWER"),
  ...common,
  modelAnswer: textField({ error: "请填写参考答案" }).trim().min(1, "请填写参考答案").max(TEXT_MAX, `参考答案不能超过 ${TEXT_MAX} 个字`),
  keyPoints: z
    .array(textField().trim().max(OPTION_MAX, `要点不能超过 ${OPTION_MAX} 个字`))
    .default([])
    .transform((points) => points.filter(Boolean)),
});

/** A whole question as an instructor writes or edits it, checked by its type's rules. */
export const questionInputSchema = z.discriminatedUnion("type", [singleChoice, multipleChoice, trueFalse, fillBlank, shortAnswer], {
  error: "题型无效",
});

export type QuestionInput = z.infer<typeof questionInputSchema>;

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

function lines(text: FormDataEntryValue | null): string[] {
  return typeof text === "string" ? text.split(/\r?\n|[|｜]/).map((line) => line.trim()) : [];
}

function text(formData: FormData, name: string): unknown {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/**
 * The question form's fields as the schema's input. Options come as aligned `optionKey` and
 * `optionText` fields, correct keys as `correct`, each blank's accepted answers one per line.
 */
export function questionInputFromForm(formData: FormData): unknown {
  const optionKeys = formData.getAll("optionKey");
  const optionTexts = formData.getAll("optionText");
  return {
    type: text(formData, "type"),
    stem: text(formData, "stem"),
    explanation: text(formData, "explanation"),
    difficulty: text(formData, "difficulty"),
    moduleId: text(formData, "moduleId"),
    sourceText: text(formData, "sourceText"),
    options: optionKeys.map((key, position) => ({ key, text: optionTexts[position] ?? "" })),
    correct: formData.getAll("correct"),
    verdict: text(formData, "verdict"),
    blanks: formData.getAll("blank").map(lines),
    modelAnswer: text(formData, "modelAnswer"),
    keyPoints: lines(formData.get("keyPoints")),
  };
}

// ─────────────────────────────── filtering the bank ───────────────────────────────

/** An optional query-string value: anything malformed or forged is ignored, not an error. */
const optionalId = textField().trim().min(1).max(64).optional().catch(undefined);
const optionalFraction = z
  .preprocess((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : undefined), z.number().min(0).max(1).optional())
  .catch(undefined);

export const bankFilterSchema = z.object({
  courseId: optionalId,
  moduleId: optionalId,
  documentId: optionalId,
  type: questionTypeSchema.optional().catch(undefined),
  status: questionStatusSchema.optional().catch(undefined),
  difficultyMin: optionalFraction,
  difficultyMax: optionalFraction,
  flagged: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
  q: textField()
    .optional()
    .catch(undefined)
    .transform((value) => cutBankSearch(value ?? "") || undefined),
});

/** The longest bank search, in characters; a longer one is cut to this (the page says so). */
export const BANK_SEARCH_MAX_CHARACTERS = 100;

function cutBankSearch(text: string): string {
  return Array.from(text.trim()).slice(0, BANK_SEARCH_MAX_CHARACTERS).join("").trim();
}

/** Whether the search as typed (the raw `q` parameter) was cut to BANK_SEARCH_MAX_CHARACTERS. */
export function bankSearchWasCut(raw: string | undefined): boolean {
  return raw !== undefined && !containsNul(raw) && Array.from(raw.trim()).length > BANK_SEARCH_MAX_CHARACTERS;
}

export type BankFilter = z.infer<typeof bankFilterSchema>;

export const bankPageSchema = z.object({
  after: optionalId,
  before: optionalId,
});

/** Query-string values (first of repeated ones) as a plain record for the schemas. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export const bulkActionSchema = z.object({
  action: z.enum(["approve", "retire"], { error: "批量操作无效" }),
  expected: z.coerce.number({ error: "请重新确认" }).int().min(0),
});
