import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { BankFilterOptions } from "@/lib/server/bank-admin/list-bank-filter-options";
import { BANK_SEARCH_MAX_CHARACTERS, type BankFilter } from "@/lib/validation/question";
import { INPUT_CLASSES, LABEL_CLASSES } from "@/components/ui/field";
import { QuestionTypeOptions } from "./filter-options";
import { STATUS_LABELS } from "./labels";

/** Search and filters of the bank as a plain GET form: works without JavaScript, and the address can be shared. */
export function BankFilterForm({ filter, options }: { filter: BankFilter; options: BankFilterOptions }) {
  const courseTitle = new Map(options.courses.map((course) => [course.id, course.title]));
  const modulesByCourse = options.courses.map((course) => ({ course, modules: options.modules.filter((module) => module.courseId === course.id) }));
  return (
    <form method="get" role="search" aria-label="筛选题目" className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="bank-q" className={LABEL_CLASSES}>
          搜索题干
        </label>
        <input id="bank-q" name="q" type="search" defaultValue={filter.q} maxLength={BANK_SEARCH_MAX_CHARACTERS} placeholder="输入题干中的词语，多个词用空格分开" className={INPUT_CLASSES} />
      </div>
      <details className="rounded-lg border border-stone-200 bg-white p-3" open={hasFilters(filter)}>
        <summary className="cursor-pointer text-sm font-medium text-stone-800">更多筛选条件</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <Select id="bank-course" name="courseId" label="课程" value={filter.courseId}>
            <option value="">全部课程</option>
            {options.courses.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title}
              </option>
            ))}
          </Select>
          <Select id="bank-module" name="moduleId" label="单元" value={filter.moduleId}>
            <option value="">全部单元</option>
            {modulesByCourse.map(({ course, modules }) => (
              <optgroup key={course.id} label={courseTitle.get(course.id)}>
                {modules.map((module) => (
                  <option key={module.id} value={module.id}>
                    {module.title}
                    {module.archived ? "（已归档）" : ""}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          <Select id="bank-type" name="type" label="题型" value={filter.type}>
            <QuestionTypeOptions />
          </Select>
          <Select id="bank-status" name="status" label="状态" value={filter.status}>
            <option value="">全部状态</option>
            {(["DRAFT", "ACTIVE", "RETIRED"] as const).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
          <Select id="bank-document" name="documentId" label="来源文档" value={filter.documentId}>
            <option value="">全部文档</option>
            {options.documents.map((document) => (
              <option key={document.id} value={document.id}>
                {document.title}
              </option>
            ))}
          </Select>
          <fieldset className="space-y-1">
            <legend className={LABEL_CLASSES}>难度（0 易 – 1 难）</legend>
            <div className="flex items-center gap-2">
              <label htmlFor="bank-difficulty-min" className="sr-only">
                最低难度
              </label>
              <input id="bank-difficulty-min" name="difficultyMin" type="number" min={0} max={1} step={0.05} defaultValue={filter.difficultyMin} placeholder="0" className={INPUT_CLASSES} />
              <span aria-hidden="true">–</span>
              <label htmlFor="bank-difficulty-max" className="sr-only">
                最高难度
              </label>
              <input id="bank-difficulty-max" name="difficultyMax" type="number" min={0} max={1} step={0.05} defaultValue={filter.difficultyMax} placeholder="1" className={INPUT_CLASSES} />
            </div>
          </fieldset>
          <label className="flex min-h-11 items-center gap-2 text-stone-800">
            <input type="checkbox" name="flagged" value="1" defaultChecked={filter.flagged} className="size-5" />
            只看被标记的题目
          </label>
        </div>
      </details>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("primary")}>
          筛选
        </button>
        <Link href="/bank" className={buttonClasses("ghost")}>
          清除条件
        </Link>
      </div>
    </form>
  );
}

function hasFilters(filter: BankFilter): boolean {
  const { q: _q, ...others } = filter;
  return Object.values(others).some((value) => value !== undefined && value !== false);
}

function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL_CLASSES}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={INPUT_CLASSES}>
        {children}
      </select>
    </div>
  );
}
