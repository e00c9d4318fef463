import { chineseNumeral } from "./text/chinese-numerals";
import type { Module, Section } from "./types";

/** 2 → 二, 10 → 十, 21 → 二十一; from 100 on, Arabic digits. */
export function repeatNumber(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 99 ? chineseNumeral(n) : String(n);
}

/**
 * Essay collections repeat titles (two essays both called 浅谈新时期党群关系问题及对策思考), and a
 * learner, a report column, an import row naming 所属模块 and a question's 出处 must tell the
 * modules apart. So a module whose title is already taken — earlier in the course, or in
 * `taken` (the titles of modules a course already has, for an upload appended to it) — gets
 * its number among the modules of that title: “…（二）”, “…（三）”. The first keeps its title.
 * Ids are not touched: they were derived from the titles as found, so rebuilding keeps them.
 * The text before a module's first heading (its implicit section) carries the module's title
 * and is renamed with it.
 */
export function numberRepeatedModuleTitles(modules: readonly Module[], taken: readonly string[] = []): Module[] {
  const used = new Set(taken.map((title) => title.trim()));
  const seen = new Map<string, number>();
  for (const title of used) seen.set(title, 1);
  return modules.map((module) => {
    const title = module.title.trim();
    const count = (seen.get(title) ?? 0) + 1;
    seen.set(title, count);
    if (count === 1 && !used.has(title)) {
      used.add(title);
      return module;
    }
    let n = Math.max(count, 2);
    while (used.has(numbered(title, n))) n += 1;
    const renamed = numbered(title, n);
    used.add(renamed);
    return { ...module, title: renamed, sections: module.sections.map((section) => renameImplicit(section, module.title, renamed)) };
  });
}

function numbered(title: string, n: number): string {
  return `${title}（${repeatNumber(n)}）`;
}

function renameImplicit(section: Section, from: string, to: string): Section {
  const title = section.implicit && section.title === from ? to : section.title;
  return { ...section, title, sections: section.sections.map((child) => renameImplicit(child, from, to)) };
}
