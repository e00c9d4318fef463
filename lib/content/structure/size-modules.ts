import { countCjk } from "../text/char-classes";
import { newSection, walkSections, type OutlineModule, type OutlineSection } from "./outline";

/** A module a learner can study in one sitting: roughly this many characters. */
export const MIN_MODULE_CHARS = 1500;
export const MAX_MODULE_CHARS = 10000;
/** How many levels down a module too long for one sitting is split. */
const MAX_DEPTH = 3;

/** Chapters (and parts: 第X部分, 第X编) are strong units; other numbering splits only what is long. */
type SplitStyle = "chapter" | "numbered";

function sectionChars(section: OutlineSection): number {
  let sum = 0;
  for (const inner of walkSections([section])) for (const passage of inner.passages) sum += countCjk(passage.text);
  return sum;
}

function styleOf(section: OutlineSection): string | null {
  if (section.implicit || !section.numbering) return null;
  if (/^第.+(?:篇|部分|编|卷)$/.test(section.numbering)) return "part";
  if (/^第.+章$/.test(section.numbering)) return "chapter";
  // "一、", "（一）", "1." …: the numbering without its digits names the style.
  return section.numbering.replace(/[一二三四五六七八九十百千零〇两\d]+/g, "#");
}

/** Where a module splits: at its parts, at its chapters, or at its most frequent top-level numbering. */
function splitStyle(module: OutlineModule): { style: SplitStyle; key: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const section of module.sections) {
    const style = styleOf(section);
    if (style) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  if ((counts.get("part") ?? 0) >= 2) return { style: "chapter", key: "part", count: counts.get("part")! };
  if ((counts.get("chapter") ?? 0) >= 2) return { style: "chapter", key: "chapter", count: counts.get("chapter")! };
  const [key, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (count >= 2) return { style: "numbered", key, count };
  // Unnumbered titles split only a long module (see sizeModules): they are the weakest units.
  const titled = module.sections.filter((section) => !section.implicit && !section.numbering).length;
  return titled >= 2 ? { style: "numbered", key: "title", count: titled } : null;
}

/**
 * A long module without headings to split at (one section of paragraphs): consecutive runs of
 * paragraphs of about equal length, all under the module's title (numbered later as
 * “…（二）”, “…（三）” like any repeated title).
 */
function splitParagraphs(module: OutlineModule, chars: number): OutlineModule[] {
  const [only] = module.sections;
  if (module.sections.length !== 1 || !only || only.sections.length > 0) return [module];
  const parts = Math.ceil(chars / (MAX_MODULE_CHARS * 0.6));
  const target = chars / parts;
  const modules: OutlineModule[] = [];
  let current: OutlineSection = { ...only, passages: [] };
  let size = 0;
  for (const passage of only.passages) {
    if (size >= target && modules.length < parts - 1) {
      modules.push({ title: module.title, sections: [current] });
      current = { ...only, passages: [] };
      size = 0;
    }
    current.passages.push(passage);
    size += countCjk(passage.text);
  }
  modules.push({ title: module.title, sections: [current] });
  return modules;
}

interface Unit {
  title: string;
  sections: OutlineSection[];
  chars: number;
}

/**
 * Modules sized for one sitting (第X篇 essays of a collection are split before, in buildOutline).
 * Chapters and parts (第X部分, 第X编) are modules when the document is longer than MAX_MODULE_CHARS
 * or they are MIN_MODULE_CHARS long on average (a book's chapters); other top-level numbering
 * (一、…), or unnumbered titles, split only a document longer than MAX_MODULE_CHARS. Text before
 * the first split point stays under the document's title. When a long document is split, a unit
 * shorter than MIN_MODULE_CHARS is merged with the next while the sum stays under
 * MAX_MODULE_CHARS, the merged units staying sections of their own.
 */
export function sizeModules(modules: OutlineModule[], depth = 0): OutlineModule[] {
  return modules.flatMap((module) => {
    const split = depth < MAX_DEPTH ? splitStyle(module) : null;
    const chars = module.sections.reduce((sum, section) => sum + sectionChars(section), 0);
    const long = chars > MAX_MODULE_CHARS;
    if (!split) return long ? splitParagraphs(module, chars) : [module];
    if (split.style === "chapter" && !long && chars / split.count < MIN_MODULE_CHARS) return [module];
    if (split.style === "numbered" && !long) return [module];

    const units: Unit[] = [];
    for (const section of module.sections) {
      const starts = split.key === "title" ? !section.implicit && !section.numbering : styleOf(section) === split.key;
      const last = units[units.length - 1];
      if (starts) {
        const intro = section.passages.length > 0 ? [{ ...newSection(section.title, "", true), passages: section.passages }] : [];
        units.push({ title: section.title, sections: [...intro, ...section.sections], chars: sectionChars(section) });
      } else if (last) {
        last.sections.push(section);
        last.chars += sectionChars(section);
      } else {
        units.push({ title: module.title, sections: [section], chars: sectionChars(section) });
      }
    }
    const groups = split.style === "chapter" && !long ? units.map((unit) => [unit]) : mergeShortUnits(units);
    const sized = groups.map((group): OutlineModule => {
      if (group.length === 1) return { title: group[0]!.title, sections: group[0]!.sections };
      // Merged units stay sections of their own, under a short title naming them.
      return { title: mergedTitle(group, module, split.key), sections: group.flatMap((unit, index) => asSections(unit, module, index === 0)) };
    });
    return sizeModules(sized, depth + 1);
  });
}

/**
 * The title of merged units: the parent heading when the group opens with the text under it,
 * else the first unit's title and how many were merged ("总则等3章", "坚持党的领导等2节"). Joining
 * every title ("甲 · 乙 · 丙") made titles too long for a module list.
 */
function mergedTitle(group: Unit[], module: OutlineModule, key: string): string {
  const first = group[0]!;
  if (first.title === module.title) return module.title;
  const noun = key === "chapter" ? "章" : key === "part" ? "部分" : "节";
  return `${first.title}等${group.length}${noun}`;
}

/** A title mergedTitle makes of merged units (总则等3章, 坚持党的领导等2节): a name for the reading list, not a heading of the text. */
export const MERGED_TITLE = /等\d+[章节部分篇]$/;

/** A unit back as sections: the text before the first split point as it was, a split unit as one section again. */
function asSections(unit: Unit, module: OutlineModule, first: boolean): OutlineSection[] {
  if (first && unit.title === module.title) return unit.sections;
  const [intro, ...rest] = unit.sections;
  if (intro?.implicit) return [{ ...newSection(unit.title), passages: intro.passages, sections: rest }];
  return [{ ...newSection(unit.title), sections: unit.sections }];
}

function mergeShortUnits(units: Unit[]): Unit[][] {
  const groups: Unit[][] = [];
  const total = (group: Unit[]) => group.reduce((sum, unit) => sum + unit.chars, 0);
  for (const unit of units) {
    const last = groups[groups.length - 1];
    if (last && total(last) < MIN_MODULE_CHARS && total(last) + unit.chars <= MAX_MODULE_CHARS) last.push(unit);
    else groups.push([unit]);
  }
  // A short last group joins the one before it when they fit together.
  const tail = groups[groups.length - 1];
  if (tail && groups.length > 1 && total(tail) < MIN_MODULE_CHARS / 2 && total(groups[groups.length - 2]!) + total(tail) <= MAX_MODULE_CHARS) {
    groups[groups.length - 2]!.push(...tail);
    groups.pop();
  }
  return groups;
}
