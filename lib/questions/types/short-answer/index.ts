import { z } from "zod";
import { formLines, formText, OPTION_MAX, questionCommonFields, TEXT_MAX } from "@/lib/validation/question-fields";
import { textField } from "@/lib/validation/text";
import { BLANK_SEPARATOR } from "../../interchange/columns";
import { refuseOptions, splitList } from "../../interchange/key-cells";
import { moodleTextElement } from "../../interchange/moodle-markup";
import { storedOption } from "../choice";
import type { QuestionTypeDefinition } from "../definition";
import type { ShortAnswerKey } from "../question";

const storedKey = z
  .object({
    type: z.literal("SHORT_ANSWER"),
    options: z.array(storedOption),
    answer: z.string().min(1),
    keyPoints: z.array(z.string()).nullish(),
  })
  .transform(({ keyPoints, ...key }): ShortAnswerKey => (keyPoints ? { ...key, keyPoints } : key));

const TEMPLATE_LABELS = ["简答题", "简答", "问答题", "问答"] as const;

const input = z.object({
  type: z.literal("SHORT_ANSWER"),
  ...questionCommonFields,
  modelAnswer: textField({ error: "请填写参考答案" }).trim().min(1, "请填写参考答案").max(TEXT_MAX, `参考答案不能超过 ${TEXT_MAX} 个字`),
  keyPoints: z
    .array(textField().trim().max(OPTION_MAX, `要点不能超过 ${OPTION_MAX} 个字`))
    .default([])
    .transform((points) => points.filter(Boolean)),
});

/** 简答题 (also the flashcard): the learner writes, then rates their answer against the model answer and its key points. */
export const shortAnswer: QuestionTypeDefinition<"SHORT_ANSWER", typeof input> = {
  type: "SHORT_ANSWER",
  label: "简答题",
  templateLabels: TEMPLATE_LABELS,
  paperSection: { title: "简答题", order: 5 },
  storedKey,
  response: z.string(),
  isComplete: (response) => typeof response === "string",
  grade: () => ({ status: "self-graded", score: null }),
  testedAnswers: (key) => [key.answer],
  learnerFacing: () => ({ options: [], blanks: 0 }),
  correctOptionKeys: () => [],
  // No options to show in another order.
  withOptionOrder: (key) => key,
  input,
  // Key points one a line (or separated by |).
  inputOfForm: (formData) => ({ modelAnswer: formText(formData, "modelAnswer"), keyPoints: formLines(formData.get("keyPoints")) }),
  keyOfInput: (input) => ({ type: input.type, options: [], answer: input.modelAnswer, keyPoints: input.keyPoints }),
  answerCell: (key) => String(key.answer),
  inputOfCells(cells, reasons) {
    refuseOptions(TEMPLATE_LABELS[0], cells, reasons);
    return { modelAnswer: cells.answer, keyPoints: splitList(cells.keyPoints, BLANK_SEPARATOR) };
  },
  textBankCells(item) {
    // The 答：/参考答案 lines first, else a key written inline or in a key table.
    const text = (item.answerText || item.key || "").trim();
    if (text === "") return { ok: false, refusal: "没有找到简答题的参考答案（“答：”或“参考答案：”）" };
    return { ok: true, cells: { 答案: text } };
  },
  answerWords: (_key, answer) => (typeof answer === "string" ? answer : ""),
  // An essay: nothing to mark right; the model answer leads the general feedback.
  gift: (key) => ({ answers: "", feedback: [`参考答案：${String(key.answer)}`] }),
  moodleXml: (question) => ({
    type: "essay",
    parts: [
      "    <responseformat>editor</responseformat>",
      "    <responserequired>1</responserequired>",
      "    <responsefieldlines>10</responsefieldlines>",
      "    <attachments>0</attachments>",
      moodleTextElement("graderinfo", [`参考答案：${String(question.answer)}`, ...(question.keyPoints?.length ? [`要点：${question.keyPoints.join("；")}`] : [])].join("\n")),
      moodleTextElement("responsetemplate", ""),
    ],
    questionText: question.stem,
  }),
  // `答：` marks where a model answer starts in the 参考答案 part.
  paper: { answer: "written", marker: "答：", paperLines: 6, sheetLines: 6, markInStem: false },
};
