import type { Module, Section } from "./types";

const DIGITS = "零一二三四五六七八九";

/** 2 → 二, 10 → 十, 12 → 十二, 21 → 二十一; from 100 on, Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? "" : tens === 1 ? "十" : `${DIGITS[tens]}十`;
  return tensText + (ones === 0 ? "" : DIGITS[ones]);
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
  return `${title}（${chineseNumeral(n)}）`;
}

function renameImplicit(section: Section, from: string, to: string): Section {
  const title = section.implicit && section.title === from ? to : section.title;
  return { ...section, title, sections: section.sections.map((child) => renameImplicit(child, from, to)) };
}
