import { BlankInputs } from "@/components/answering/answer-inputs";
import { Field, FieldError, INPUT_CLASSES } from "@/components/ui/field";
import { blankVariants } from "@/lib/questions/types/fill-blank";
import { countBlanks } from "@/lib/validation/question-fields";
import type { QuestionTypeView } from "../../type-view";

/** 填空题: one text box per blank; nothing to choose by key. */
export const fillBlankView: QuestionTypeView<"FILL_BLANK"> = {
  keyLabel: "正确答案",
  choiceKeys: () => [],
  choose: (response) => response,
  // Blanks start empty, even after a refresh.
  initialResponse: (question) => Array.from({ length: question.blanks }, () => ""),
  emptyMessage: "请填写答案后再提交。",
  AnswerInput: ({ question, response, onType, onBlur }) => (
    <BlankInputs values={Array.from({ length: question.blanks }, (_, at) => (Array.isArray(response) ? (response[at] ?? "") : ""))} onChange={onType} onBlur={onBlur} />
  ),
  LearnerPreview: ({ stem, blanks }) => (
    <ul className="space-y-2 text-sm text-stone-700">
      {Array.from({ length: Math.max(blanks, countBlanks(stem), 1) }, (_, position) => (
        <li key={position}>
          第 {position + 1} 空：<span className="inline-block w-40 border-b border-stone-400" aria-hidden="true" />
        </li>
      ))}
    </ul>
  ),
  KeyDetails: ({ questionKey }) =>
    questionKey.acceptedAnswers ? (
      <div>
        <dt className="text-sm font-medium text-stone-600">可接受的答案</dt>
        <dd className="mt-1">
          <ol className="list-inside list-decimal space-y-1 text-stone-900">
            {questionKey.acceptedAnswers.map((answers, position) => (
              <li key={position}>{answers.join(" / ")}</li>
            ))}
          </ol>
        </dd>
      </div>
    ) : null,
  // Each blank's accepted answers, one per line.
  formValues: (key) => ({ blanks: blankVariants(key).map((answers) => [...new Set(answers.filter(Boolean))].join("\n")) }),
  FormFields: ({ values, errors, set }) => {
    const blankCount = Math.max(1, countBlanks(values.stem));
    return (
      <div className="space-y-3">
        {Array.from({ length: blankCount }, (_, position) => (
          <Field announce={false} key={position} id={`question-blank-${position}`} label={`第 ${position + 1} 空的答案`} hint="每行一个可接受的答案，第一行是展示给学员的标准答案。">
            <textarea
              id={`question-blank-${position}`}
              name="blank"
              rows={2}
              value={values.blanks[position] ?? ""}
              onChange={(event) => set("blanks", Array.from({ length: Math.max(blankCount, values.blanks.length) }, (_, at) => (at === position ? event.target.value : (values.blanks[at] ?? ""))))}
              className={INPUT_CLASSES}
            />
          </Field>
        ))}
        <FieldError announce={false} id="blanks" error={errors.blanks} />
      </div>
    );
  },
  stemHint: "用 ______ 或（　）标出每个空。",
};
