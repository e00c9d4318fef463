import { z } from "zod";
import { textField } from "./text";

/**
 * What every question written in the bank form or imported has (its stem, explanation,
 * difficulty, module, source text), the limits the form and the schemas share, and the form
 * readers each type's `inputOfForm` uses. Each type's own fields and rules are its `input`
 * (lib/questions/types/<type>); lib/validation/question.ts joins them into one schema.
 * Messages are for the user, in Chinese.
 */

export const OPTION_KEYS = ["A", "B", "C", "D", "E", "F"] as const;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = OPTION_KEYS.length;
/** Length limits of a question's text, in characters: the schemas, their messages and the form read these. */
export const STEM_MAX = 500;
export const OPTION_MAX = 200;
export const ANSWER_MAX = 100;
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

/** The fields of every type's input schema, spread into it beside `type` and the type's own. */
export const questionCommonFields = {
  stem,
  explanation: textField({ error: "解析无效" }).trim().max(TEXT_MAX, `解析不能超过 ${TEXT_MAX} 个字`).default(""),
  difficulty,
  moduleId: id("请选择所属单元"),
  /** The passage text the question rests on; empty for none. Located in the module's passages by the service. */
  sourceText: textField({ error: "出处原文无效" }).trim().max(TEXT_MAX, `出处原文不能超过 ${TEXT_MAX} 个字`).default(""),
};

/** The common fields as every type's input has them after the schema. */
export interface QuestionCommonInput {
  stem: string;
  explanation: string;
  difficulty: number;
  moduleId: string;
  sourceText: string;
}

/** A form field's text, or undefined when it is absent or a file. */
export function formText(formData: FormData, name: string): unknown {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/** A form field's lines (a new line or `|` separates them), trimmed. */
export function formLines(text: FormDataEntryValue | null): string[] {
  return typeof text === "string" ? text.split(/\r?\n|[|｜]/).map((line) => line.trim()) : [];
}
