import type { BankFilterOptions } from "@/lib/server/bank-admin/list-bank-filter-options";
import type { ModuleChoice } from "./question-form";

/** Modules to attach a question to, grouped by course; archived modules are not offered. */
export function moduleChoices(options: BankFilterOptions): ModuleChoice[] {
  return options.courses
    .map((course) => ({
      courseTitle: course.title,
      modules: options.modules.filter((module) => module.courseId === course.id && !module.archived).map(({ id, title }) => ({ id, title })),
    }))
    .filter((group) => group.modules.length > 0);
}
