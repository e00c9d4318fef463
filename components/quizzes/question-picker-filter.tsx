import Link from "next/link";
import { INPUT_CLASSES, LABEL_CLASSES } from "@/components/ui/field";
import { ModuleOptions, QuestionTypeOptions } from "@/components/bank/filter-options";
import { buttonClasses } from "@/components/ui/button";
import type { BankFilter } from "@/lib/validation/question";

/** The bank's search and filters (stem, module, type, difficulty) as a GET form on the quiz page. */
export function QuestionPickerFilter({ filter, modules, basePath }: { filter: BankFilter; modules: Array<{ id: string; title: string }>; basePath: string }) {
  return (
    <form method="get" role="search" aria-label="筛选题库" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="pick-q" className={LABEL_CLASSES}>
            搜索题干
          </label>
          <input id="pick-q" name="q" type="search" defaultValue={filter.q} placeholder="输入题干中的文字" className={INPUT_CLASSES} />
        </div>
        <div className="space-y-1">
          <label htmlFor="pick-module" className={LABEL_CLASSES}>
            单元
          </label>
          <select id="pick-module" name="moduleId" defaultValue={filter.moduleId ?? ""} className={INPUT_CLASSES}>
            <ModuleOptions modules={modules} />
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="pick-type" className={LABEL_CLASSES}>
            题型
          </label>
          <select id="pick-type" name="type" defaultValue={filter.type ?? ""} className={INPUT_CLASSES}>
            <QuestionTypeOptions />
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="pick-min" className={LABEL_CLASSES}>
            最低难度
          </label>
          <input id="pick-min" name="difficultyMin" type="number" min={0} max={1} step={0.05} defaultValue={filter.difficultyMin} placeholder="0" className={INPUT_CLASSES} />
        </div>
        <div className="space-y-1">
          <label htmlFor="pick-max" className={LABEL_CLASSES}>
            最高难度
          </label>
          <input id="pick-max" name="difficultyMax" type="number" min={0} max={1} step={0.05} defaultValue={filter.difficultyMax} placeholder="1" className={INPUT_CLASSES} />
        </div>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("secondary")}>
          筛选
        </button>
        <Link href={basePath} className={buttonClasses("ghost")}>
          清除条件
        </Link>
      </div>
    </form>
  );
}
