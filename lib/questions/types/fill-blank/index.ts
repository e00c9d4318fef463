import { z } from "zod";
import { ANSWER_MAX, countBlanks, formLines, questionCommonFields } from "@/lib/validation/question-fields";
import { textField } from "@/lib/validation/text";
import { normalizeAnswer } from "../../normalize-answer";
import { BLANK_SEPARATOR, VARIANT_SEPARATOR } from "../../interchange/columns";
import { giftEscape } from "../../interchange/gift-markup";
import { refuseOptions, splitList } from "../../interchange/key-cells";
import { moodleAnswer } from "../../interchange/moodle-markup";
import { answerItems } from "../answer-words";
import { storedOption } from "../choice";
import { responseTexts, type MoodleXmlQuestion, type QuestionTypeDefinition } from "../definition";
import type { FillBlankKey } from "../question";

export { acceptedVariants } from "../../accepted-answers";

/** Each blank's accepted answers: the shown answer first, then the other variants. */
export function blankVariants(key: Pick<FillBlankKey, "answer" | "acceptedAnswers">): string[][] {
  return key.answer.map((answer, index) => {
    const accepted = key.acceptedAnswers?.[index] ?? [];
    return [answer, ...accepted.filter((variant) => variant !== answer)];
  });
}

/** Moodle XML: one blank is a shortanswer question; several are a cloze text, each blank `{1:SHORTANSWER:=a~=b}`. */
function moodleXml(question: FillBlankKey & { stem: string }): MoodleXmlQuestion {
  const blanks = blankVariants(question);
  if (blanks.length <= 1) return { type: "shortanswer", parts: ["    <usecase>0</usecase>", ...blanks[0]!.map((variant) => moodleAnswer("100", variant, "moodle_auto_format"))], questionText: question.stem };
  let index = 0;
  const escapeCloze = (text: string) => text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`);
  const questionText = question.stem.replace(/_{3,}|（[ \u3000]*）/g, () => {
    const variants = blanks[index++] ?? [];
    return `{1:SHORTANSWER:${variants.map((variant) => `=${escapeCloze(variant)}`).join("~")}}`;
  });
  return { type: "cloze", parts: [], questionText };
}

/** A 填空's answers as written, one per blank: split on ；/| first, then 、/，, then spaces, whichever gives the stem's count. */
function blankAnswers(text: string, blanks: number): string {
  if (blanks <= 1) return text;
  for (const separator of [/[；;|｜]/, /[、，,]/, /\s+/]) {
    const parts = text.split(separator).map((part) => part.trim()).filter(Boolean);
    if (parts.length === blanks) return parts.join(BLANK_SEPARATOR);
  }
  return text;
}

const storedKey = z
  .object({
    type: z.literal("FILL_BLANK"),
    options: z.array(storedOption),
    answer: z.array(z.string().min(1)).min(1),
    acceptedAnswers: z.array(z.array(z.string())).nullish(),
  })
  .refine((key) => !key.acceptedAnswers || key.acceptedAnswers.length === key.answer.length, { path: ["acceptedAnswers"], message: "one list of accepted answers per blank" })
  .transform(({ acceptedAnswers, ...key }): FillBlankKey => (acceptedAnswers ? { ...key, acceptedAnswers } : key));

const TEMPLATE_LABELS = ["填空题", "填空"] as const;

const acceptedAnswer = textField().trim().max(ANSWER_MAX, `答案不能超过 ${ANSWER_MAX} 个字`);

const input = z
  .object({
    type: z.literal("FILL_BLANK"),
    ...questionCommonFields,
    /** Per blank, its accepted answers; the first is the answer shown to learners. */
    blanks: z
      .array(z.array(acceptedAnswer).transform((answers) => [...new Set(answers.filter(Boolean))]), { error: "请填写每个空的答案" })
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

/**
 * 填空题: each blank is compared with its accepted answers after normalizeAnswer (width,
 * punctuation, spaces); some blanks right is partial credit.
 */
export const fillBlank: QuestionTypeDefinition<"FILL_BLANK", typeof input> = {
  type: "FILL_BLANK",
  label: "填空题",
  templateLabels: TEMPLATE_LABELS,
  paperSection: { title: "填空题", order: 4 },
  storedKey,
  response: z.array(z.string()),
  // Blanks left empty are graded wrong, not refused: partial credit for the rest.
  isComplete: (response) => Array.isArray(response),
  grade(key, response) {
    const given = responseTexts(response);
    const accepted = key.acceptedAnswers ?? key.answer.map((answer) => [answer]);
    const blanks = accepted.map((variants, at) => {
      const text = normalizeAnswer(given[at] ?? "");
      return text !== "" && variants.some((variant) => normalizeAnswer(variant) === text);
    });
    const right = blanks.filter(Boolean).length;
    const status = right === blanks.length ? "correct" : right > 0 ? "partial" : "incorrect";
    return { status, score: blanks.length ? right / blanks.length : 0, blanks };
  },
  testedAnswers: (key) => key.answer,
  learnerFacing: (key) => ({ options: [], blanks: key.answer.length }),
  correctOptionKeys: () => [],
  // No options to show in another order.
  withOptionOrder: (key) => key,
  input,
  // One `blank` field per blank, its accepted answers one a line.
  inputOfForm: (formData) => ({ blanks: formData.getAll("blank").map(formLines) }),
  keyOfInput: (input) => ({ type: input.type, options: [], answer: input.blanks.map((answers) => answers[0]!), acceptedAnswers: input.blanks }),
  answerCell: (key) =>
    blankVariants(key)
      .map((variants) => variants.join(VARIANT_SEPARATOR))
      .join(BLANK_SEPARATOR),
  inputOfCells(cells, reasons) {
    refuseOptions(TEMPLATE_LABELS[0], cells, reasons);
    if (cells.answer === "") reasons.push("请填写每个空的答案，多个空用 | 分隔");
    return { blanks: cells.answer === "" ? [] : splitList(cells.answer, BLANK_SEPARATOR).map((blank) => splitList(blank, VARIANT_SEPARATOR)) };
  },
  textBankCells(item) {
    const text = (item.key ?? "").trim();
    if (text === "") return { ok: false, refusal: "没有找到填空题的答案（“答案：”行）" };
    return { ok: true, cells: { 答案: blankAnswers(text, item.blanks) } };
  },
  answerWords(key, answer, style) {
    if (style.blanks === "variants") return blankVariants(key).map((variants, index) => `第 ${index + 1} 空：${variants.join(" / ")}`).join(style.separator);
    const blanks = answerItems(answer);
    return (style.blanks === "numbered" ? blanks.map((text, index) => `第 ${index + 1} 空：${text}`) : blanks).join(style.separator);
  },
  gift(key) {
    // GIFT has one answer box per question: several blanks are answered together, separated by "；".
    const blanks = blankVariants(key);
    const answers = blanks.length === 1 ? blanks[0]! : [blanks.map((variants) => variants[0]).join("；")];
    return { answers: answers.map((answer) => `=${giftEscape(answer)}`).join(" "), feedback: [] };
  },
  moodleXml,
  paper: { answer: "written", marker: "", paperLines: 0, sheetLines: 1, markInStem: false },
};
