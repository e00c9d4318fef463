import { OptionChoices } from "@/components/answering/answer-inputs";
import { Button } from "@/components/ui/button";
import { FieldError, INPUT_CLASSES, LABEL_CLASSES } from "@/components/ui/field";
import { MAX_OPTIONS, MIN_OPTIONS, OPTION_KEYS, OPTION_MAX } from "@/lib/validation/question-fields";
import type { LearnerResponse, QuestionOption } from "@/lib/questions/types";
import type { AnswerInputProps, QuestionFormFieldsProps, QuestionTypeView } from "../type-view";
import { CHOICE_CLASSES } from "./preview-classes";

/** What 单选 and 多选 look like alike; `multiple` tells them apart. */

const keysOf = (response: LearnerResponse | null): string[] => (Array.isArray(response) ? response : []);

/** Practice letters the options by their keys; an exam shows them shuffled, lettered by position. */
function ChoiceInput({ multiple, context, question, response, answer, onChoose }: AnswerInputProps & { multiple: boolean }) {
  return (
    <OptionChoices
      multiple={multiple}
      options={question.options}
      selected={keysOf(response)}
      letterOf={context === "exam" ? (_, position) => String.fromCharCode(65 + position) : (option) => option.key}
      keys={Array.isArray(answer) ? answer : undefined}
      onChoose={onChoose}
    />
  );
}

function ChoicePreview({ options }: { options: QuestionOption[] }) {
  return (
    <ul className="space-y-2">
      {options.map((option) => (
        <li key={option.key} className={CHOICE_CLASSES}>
          {option.key}. {option.text}
        </li>
      ))}
    </ul>
  );
}

/** The options with their texts and which are right: a radio per option for 单选, a checkbox for 多选. */
function ChoiceFormFields({ multiple, values, errors, set, setValues }: QuestionFormFieldsProps & { multiple: boolean }) {
  const setOptionText = (key: string, text: string) => set("options", values.options.map((option) => (option.key === key ? { ...option, text } : option)));
  const toggleCorrect = (key: string) =>
    set("correct", !multiple ? [key] : values.correct.includes(key) ? values.correct.filter((item) => item !== key) : [...values.correct, key].sort());
  const removeOption = (key: string) => {
    // Keys stay A, B, C … in order; a correct option keeps being correct under its new key.
    const kept = values.options.filter((option) => option.key !== key);
    const newKey = new Map(kept.map((option, at) => [option.key, OPTION_KEYS[at]!]));
    setValues((current) => ({
      ...current,
      options: kept.map((option) => ({ key: newKey.get(option.key)!, text: option.text })),
      correct: current.correct.flatMap((item) => (newKey.has(item) ? [newKey.get(item)!] : [])),
    }));
  };
  return (
    <fieldset className="space-y-2">
      <legend className={LABEL_CLASSES}>
        选项（{MIN_OPTIONS}–{MAX_OPTIONS} 个，{!multiple ? "选出唯一的正确答案" : "勾选所有正确答案，至少两个"}）
      </legend>
      {values.options.map((option) => (
        <div key={option.key} className="flex items-center gap-2">
          <input type="hidden" name="optionKey" value={option.key} />
          <input
            id={`option-correct-${option.key}`}
            type={!multiple ? "radio" : "checkbox"}
            name="correct"
            value={option.key}
            checked={values.correct.includes(option.key)}
            onChange={() => toggleCorrect(option.key)}
            className="size-5 shrink-0"
          />
          <label htmlFor={`option-correct-${option.key}`} className="sr-only">
            选项 {option.key} 为正确答案
          </label>
          <label htmlFor={`option-text-${option.key}`} className="w-5 shrink-0 font-medium text-stone-700">
            <span aria-hidden="true">{option.key}</span>
            <span className="sr-only">选项 {option.key}</span>
          </label>
          <input id={`option-text-${option.key}`} name="optionText" maxLength={OPTION_MAX} value={option.text} onChange={(event) => setOptionText(option.key, event.target.value)} className={INPUT_CLASSES} />
          {values.options.length > MIN_OPTIONS ? (
            <Button type="button" variant="ghost" onClick={() => removeOption(option.key)} aria-label={`删除选项 ${option.key}`}>
              ✕
            </Button>
          ) : null}
        </div>
      ))}
      {values.options.length < MAX_OPTIONS ? (
        <Button type="button" variant="secondary" onClick={() => set("options", [...values.options, { key: OPTION_KEYS[values.options.length]!, text: "" }])}>
          添加选项
        </Button>
      ) : null}
      <FieldError announce={false} id="options" error={errors.options ?? errors.correct} />
    </fieldset>
  );
}

/** The view of a choice type: 单选 (`multiple` false) chooses one option, 多选 ticks and unticks. */
export function choiceView(multiple: boolean): QuestionTypeView<"SINGLE_CHOICE"> & QuestionTypeView<"MULTIPLE_CHOICE"> {
  return {
    keyLabel: "正确答案",
    choiceKeys: (question) => question.options.map((option) => option.key),
    choose(response, key) {
      if (!multiple) return [key];
      const current = keysOf(response);
      return current.includes(key) ? current.filter((item) => item !== key) : [...current, key].sort();
    },
    // After a refresh the learner's earlier choice is shown beside the key.
    initialResponse: (_question, given) => (Array.isArray(given) ? given.map(String) : []),
    emptyMessage: "请先选择答案。",
    AnswerInput: (props) => <ChoiceInput {...props} multiple={multiple} />,
    LearnerPreview: ChoicePreview,
    formValues: (key: { options: QuestionOption[]; answer: string[] }) => ({ options: key.options, correct: key.answer }),
    FormFields: (props) => <ChoiceFormFields {...props} multiple={multiple} />,
  };
}
