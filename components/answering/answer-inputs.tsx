import type { QuestionOption } from "@/lib/questions";
import { BLANK_ANSWER_MAX_LENGTH } from "@/lib/validation/practice-answer";

/**
 * After answering: whether an option is in the key. With `checked`, it tells the learner's choice
 * right from wrong; an option neither chosen nor in the key carries no mark.
 */
export type ChoiceMark = "key" | "not-key";

const MARKS = {
  chosenKey: { icon: "✓", text: "你的选择，正确", className: "border-2 border-green-700 bg-green-50 text-green-900" },
  missedKey: { icon: "✓", text: "正确答案", className: "border-2 border-dashed border-green-700 bg-white text-green-900" },
  chosenWrong: { icon: "✗", text: "你的选择，错误", className: "border-2 border-red-700 bg-red-50 text-red-900" },
} as const;

function markOf(mark: ChoiceMark | undefined, checked: boolean) {
  if (mark === "key") return checked ? MARKS.chosenKey : MARKS.missedKey;
  if (mark === "not-key" && checked) return MARKS.chosenWrong;
  return null;
}

/**
 * One choice as a large tap target with radio or checkbox semantics; `hint` is its desktop key.
 * Once marked, right and wrong are told by an icon and words as well as colour (the words are part
 * of the option's accessible name, so screen readers say them too).
 */
export function ChoiceButton({
  label,
  hint,
  checked,
  multiple = false,
  mark,
  onClick,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  multiple?: boolean;
  mark?: ChoiceMark;
  onClick: () => void;
}) {
  const shown = markOf(mark, checked);
  const className = shown
    ? shown.className
    : checked
      ? "border-brand-600 bg-brand-50 text-brand-800"
      : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50";
  return (
    <button
      type="button"
      role={multiple ? "checkbox" : "radio"}
      aria-checked={checked}
      onClick={onClick}
      data-mark={shown ? shown.text : undefined}
      className={`flex min-h-12 w-full items-center gap-3 rounded-xl border px-4 py-3 text-left text-base ${className}`}
    >
      {hint ? (
        <span aria-hidden="true" className="hidden w-5 shrink-0 text-xs text-stone-400 sm:inline">
          {hint}
        </span>
      ) : null}
      <span className="flex-1">{label}</span>
      {shown ? (
        <span className="shrink-0 text-sm font-semibold">
          <span aria-hidden="true">{shown.icon} </span>
          {shown.text}
        </span>
      ) : null}
    </button>
  );
}

/**
 * The options of a 单选题 (a radio group) or 多选题 (a group of checkboxes), named 选项, each
 * shown as `letter. text` with its number key as the hint.
 */
export function OptionChoices({
  multiple,
  options,
  selected,
  letterOf,
  keys,
  onChoose,
}: {
  multiple: boolean;
  options: readonly QuestionOption[];
  selected: readonly string[];
  /** The letter shown for an option: its key, or its position when options are shuffled. */
  letterOf: (option: QuestionOption, position: number) => string;
  /** After answering, the keys of the right options, to mark every option right or wrong. */
  keys?: readonly string[];
  onChoose: (key: string) => void;
}) {
  return (
    <div role={multiple ? "group" : "radiogroup"} aria-label="选项" className="space-y-2">
      {options.map((option, position) => (
        <ChoiceButton
          key={option.key}
          label={`${letterOf(option, position)}. ${option.text}`}
          hint={String(position + 1)}
          checked={selected.includes(option.key)}
          multiple={multiple}
          mark={keys ? (keys.includes(option.key) ? "key" : "not-key") : undefined}
          onClick={() => onChoose(option.key)}
        />
      ))}
    </div>
  );
}

/** 判断题: 正确 or 错误, keys 1 and 2; after answering, `answer` marks the right one. */
export function TrueFalseChoices({ value, answer, onChoose }: { value: boolean | null; answer?: boolean; onChoose: (key: "T" | "F") => void }) {
  const mark = (option: boolean) => (answer === undefined ? undefined : answer === option ? "key" : "not-key");
  return (
    <div role="radiogroup" aria-label="判断" className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      <ChoiceButton label="正确" hint="1" checked={value === true} mark={mark(true)} onClick={() => onChoose("T")} />
      <ChoiceButton label="错误" hint="2" checked={value === false} mark={mark(false)} onClick={() => onChoose("F")} />
    </div>
  );
}

/** One text box per blank of a 填空题, labelled 第 N 空. */
export function BlankInputs({ values, onChange, onBlur }: { values: readonly string[]; onChange: (values: string[]) => void; onBlur?: () => void }) {
  return (
    <div className="space-y-2">
      {values.map((value, position) => (
        <div key={position}>
          <label htmlFor={`blank-${position}`} className="block text-sm text-stone-700">
            第 {position + 1} 空
          </label>
          <input
            id={`blank-${position}`}
            type="text"
            autoComplete="off"
            maxLength={BLANK_ANSWER_MAX_LENGTH}
            value={value}
            onChange={(event) => onChange(values.map((item, at) => (at === position ? event.target.value : item)))}
            onBlur={onBlur}
            className="block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
          />
        </div>
      ))}
    </div>
  );
}
