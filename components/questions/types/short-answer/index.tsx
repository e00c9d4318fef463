import { Field, controlAria, INPUT_CLASSES, limitedAria } from "@/components/ui/field";
import { LengthLimit } from "@/components/ui/length-limit";
import { SHORT_ANSWER_MAX_LENGTH } from "@/lib/validation/practice-answer";
import { TEXT_MAX } from "@/lib/validation/question-fields";
import type { QuestionTypeView } from "../../type-view";

/** What the answer box says: in practice the learner may just think, then rates; in an exam the instructor marks. */
const ANSWER_BOX = {
  practice: { label: "先写下或想一想你的答案（可不填），再查看参考答案", rows: 4 },
  exam: { label: "作答（简答题由教员评分，评分后计入得分）", rows: 5 },
} as const;

/** 简答题: free text against a model answer (参考答案); practice shows it and the learner rates their own answer. */
export const shortAnswerView: QuestionTypeView<"SHORT_ANSWER"> = {
  keyLabel: "参考答案",
  choiceKeys: () => [],
  choose: (response) => response,
  initialResponse: () => "",
  emptyMessage: "请先选择答案。",
  submitLabel: "查看参考答案",
  AnswerInput: ({ context, response, onType, onBlur }) => {
    const text = typeof response === "string" ? response : "";
    return (
      <div>
        <label htmlFor="short-answer" className="block text-sm text-stone-700">
          {ANSWER_BOX[context].label}
        </label>
        <textarea
          id="short-answer"
          rows={ANSWER_BOX[context].rows}
          maxLength={SHORT_ANSWER_MAX_LENGTH}
          aria-describedby="short-answer-limit"
          value={text}
          onChange={(event) => onType(event.target.value)}
          onBlur={onBlur}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
        />
        <LengthLimit id="short-answer-limit" max={SHORT_ANSWER_MAX_LENGTH} length={text.length} />
      </div>
    );
  },
  LearnerPreview: () => <p className="rounded-lg border border-dashed border-stone-300 px-3 py-6 text-sm text-stone-500">学员先写下或想一想答案，再查看参考答案并自评。</p>,
  formValues: (key) => ({ modelAnswer: key.answer, keyPoints: (key.keyPoints ?? []).join("\n") }),
  FormFields: ({ values, errors, set }) => (
    <>
      <Field announce={false} id="question-model-answer" label="参考答案" error={errors.modelAnswer}>
        <textarea id="question-model-answer" {...limitedAria("question-model-answer", errors.modelAnswer)} maxLength={TEXT_MAX} name="modelAnswer" rows={4} value={values.modelAnswer} onChange={(event) => set("modelAnswer", event.target.value)} className={INPUT_CLASSES} />
        <LengthLimit id="question-model-answer-limit" max={TEXT_MAX} length={values.modelAnswer.length} />
      </Field>
      <Field announce={false} id="question-key-points" label="要点（可不填）" error={errors.keyPoints} hint="每行一个要点。">
        <textarea id="question-key-points" {...controlAria("question-key-points", errors.keyPoints)} name="keyPoints" rows={3} value={values.keyPoints} onChange={(event) => set("keyPoints", event.target.value)} className={INPUT_CLASSES} />
      </Field>
    </>
  ),
};
