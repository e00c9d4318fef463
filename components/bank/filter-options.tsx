import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "./labels";

/** The options of a question-type filter: 全部题型 (the empty value), then every type by its Chinese name. */
export function QuestionTypeOptions() {
  return (
    <>
      <option value="">全部题型</option>
      {QUESTION_TYPES.map((type) => (
        <option key={type} value={type}>
          {QUESTION_TYPE_LABELS[type]}
        </option>
      ))}
    </>
  );
}

/** The options of a module filter: 全部单元 (the empty value), then the modules by title. */
export function ModuleOptions({ modules }: { modules: ReadonlyArray<{ id: string; title: string }> }) {
  return (
    <>
      <option value="">全部单元</option>
      {modules.map((module) => (
        <option key={module.id} value={module.id}>
          {module.title}
        </option>
      ))}
    </>
  );
}
