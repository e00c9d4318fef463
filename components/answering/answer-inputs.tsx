import type { QuestionOption } from "@/lib/questions";

/** One choice as a large tap target with radio or checkbox semantics; `hint` is its desktop key. */
export function ChoiceButton({ label, hint, checked, multiple = false, onClick }: { label: string; hint?: string; checked: boolean; multiple?: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      role={multiple ? "checkbox" : "radio"}
      aria-checked={checked}
      onClick={onClick}
      className={`flex min-h-12 w-full items-center gap-3 rounded-xl border px-4 py-3 text-left text-base ${
        checked ? "border-brand-600 bg-brand-50 text-brand-800" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"
      }`}
    >
      {hint ? (
        <span aria-hidden="true" className="hidden w-5 shrink-0 text-xs text-stone-400 sm:inline">
          {hint}
        </span>
      ) : null}
      <span>{label}</span>
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
  onChoose,
}: {
  multiple: boolean;
  options: readonly QuestionOption[];
  selected: readonly string[];
  /** The letter shown for an option: its key, or its position when options are shuffled. */
  letterOf: (option: QuestionOption, position: number) => string;
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
          onClick={() => onChoose(option.key)}
        />
      ))}
    </div>
  );
}

/** 判断题: 正确 or 错误, keys 1 and 2. */
export function TrueFalseChoices({ value, onChoose }: { value: boolean | null; onChoose: (key: "T" | "F") => void }) {
  return (
    <div role="radiogroup" aria-label="判断" className="grid grid-cols-2 gap-2">
      <ChoiceButton label="正确" hint="1" checked={value === true} onClick={() => onChoose("T")} />
      <ChoiceButton label="错误" hint="2" checked={value === false} onClick={() => onChoose("F")} />
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
