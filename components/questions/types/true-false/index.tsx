import { TrueFalseChoices } from "@/components/answering/answer-inputs";
import { FieldError, LABEL_CLASSES } from "@/components/ui/field";
import type { QuestionTypeView } from "../../type-view";
import { CHOICE_CLASSES } from "../preview-classes";

/** 判断题: 正确 or 错误 (keys T and F, 1 and 2). */
export const trueFalseView: QuestionTypeView<"TRUE_FALSE"> = {
  keyLabel: "正确答案",
  choiceKeys: () => ["T", "F"],
  choose: (_response, key) => key === "T",
  initialResponse: (_question, given) => (typeof given === "boolean" ? given : null),
  emptyMessage: "请先选择答案。",
  AnswerInput: ({ response, answer, onChoose }) => (
    <TrueFalseChoices value={typeof response === "boolean" ? response : null} answer={typeof answer === "boolean" ? answer : undefined} onChoose={onChoose} />
  ),
  LearnerPreview: () => (
    <ul className="grid grid-cols-2 gap-2">
      <li className={CHOICE_CLASSES}>正确</li>
      <li className={CHOICE_CLASSES}>错误</li>
    </ul>
  ),
  formValues: (key) => ({ verdict: key.answer ? "true" : "false" }),
  FormFields: ({ values, errors, set }) => (
    <fieldset className="space-y-2">
      <legend className={LABEL_CLASSES}>答案</legend>
      <div className="flex gap-4">
        {(
          [
            ["true", "正确"],
            ["false", "错误"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="verdict" value={value} checked={values.verdict === value} onChange={() => set("verdict", value)} className="size-5" />
            {label}
          </label>
        ))}
      </div>
      <FieldError announce={false} id="verdict" error={errors.verdict} />
    </fieldset>
  ),
};
