import { normalizeForIdentity } from "./stable-id";
import type { DocumentOutline, OutlineModule, OutlinePassage, OutlineSection } from "./structure/outline";
import { modulePassages, pruneEmptySections, walkSections } from "./structure/outline";

const SHINGLE = 4;
/** Share of a passage's shingles found in one kept passage that makes it a near repeat. */
const NEAR_DUPLICATE = 0.9;
const MIN_NEAR_LENGTH = 30;
/** Share of a module's text that, repeated from one earlier module, makes the whole module a repeat. */
const REPEATED_MODULE = 0.6;

function shingles(key: string): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE <= key.length; i++) result.add(key.slice(i, i + SHINGLE));
  return result;
}

interface KeptPassage {
  passage: OutlinePassage;
  module: OutlineModule;
  section: OutlineSection;
}

/** Remembers every kept passage of a course and finds which one a new passage repeats. */
export class PassageIndex {
  private byKey = new Map<string, KeptPassage>();
  private byShingle = new Map<string, number[]>();
  private kept: KeptPassage[] = [];

  findRepeat(passage: OutlinePassage): KeptPassage | null {
    const key = normalizeForIdentity(passage.text);
    const exact = this.byKey.get(key);
    if (exact) return exact;
    if (key.length < MIN_NEAR_LENGTH) return null;
    const own = shingles(key);
    const shared = new Map<number, number>();
    for (const shingle of own) for (const index of this.byShingle.get(shingle) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    let best: KeptPassage | null = null;
    let bestShare = 0;
    for (const [index, count] of shared) {
      const share = count / own.size;
      if (share > bestShare) [best, bestShare] = [this.kept[index]!, share];
    }
    return bestShare >= NEAR_DUPLICATE ? best : null;
  }

  add(entry: KeptPassage): void {
    const key = normalizeForIdentity(entry.passage.text);
    if (!this.byKey.has(key)) this.byKey.set(key, entry);
    const index = this.kept.push(entry) - 1;
    for (const shingle of shingles(key)) {
      const list = this.byShingle.get(shingle);
      if (list) list.push(index);
      else this.byShingle.set(shingle, [index]);
    }
  }
}

export interface DeduplicationResult {
  outline: DocumentOutline;
  duplicatePassages: number;
  duplicateModules: number;
}

/** Moves the new passages of a repeated module into the module it repeats, after the passage they followed. */
function mergeInto(target: OutlineModule, repeat: OutlineModule, repeats: Map<OutlinePassage, KeptPassage>, index: PassageIndex): void {
  let anchor: KeptPassage | null = null;
  for (const section of walkSections(repeat.sections)) {
    for (const passage of section.passages) {
      const original = repeats.get(passage);
      if (original) {
        if (original.module === target) anchor = original;
        continue;
      }
      const host = anchor?.section ?? [...walkSections(target.sections)][0];
      if (!host) continue;
      const at = anchor ? host.passages.indexOf(anchor.passage) + 1 : 0;
      host.passages.splice(at, 0, passage);
      anchor = { passage, module: target, section: host };
      index.add(anchor);
    }
  }
}

/**
 * A near repeat, within one document, that is the only text under its heading: a later report
 * restating a paragraph of an earlier one in its own words (述职 reports of a leadership, where the
 * head's report sums up what a deputy reports in full). Dropping it would empty the heading and
 * lose the sentences it words differently. Exact repeats, and repeats of other documents, still go.
 */
function keepsOwnWording(passage: OutlinePassage, repeat: KeptPassage, outline: DocumentOutline): boolean {
  return outline.modules.includes(repeat.module) && normalizeForIdentity(passage.text) !== normalizeForIdentity(repeat.passage.text);
}

/**
 * Keeps one copy of every paragraph across a course: exact repeats (ignoring punctuation and
 * spacing) and near repeats (4-character shingles) are dropped. A module that is mostly a repeat
 * of one earlier module is dropped whole, its few new paragraphs moved into that module.
 */
export function deduplicateOutline(outline: DocumentOutline, index: PassageIndex, keptModules: OutlineModule[]): DeduplicationResult {
  let duplicatePassages = 0;
  let duplicateModules = 0;
  const modules: OutlineModule[] = [];
  for (const module of outline.modules) {
    const repeats = new Map<OutlinePassage, KeptPassage>();
    const repeatedChars = new Map<OutlineModule, number>();
    for (const passage of modulePassages(module)) {
      const repeat = index.findRepeat(passage);
      if (!repeat) continue;
      repeats.set(passage, repeat);
      repeatedChars.set(repeat.module, (repeatedChars.get(repeat.module) ?? 0) + passage.text.length);
    }
    const total = modulePassages(module).reduce((sum, passage) => sum + passage.text.length, 0);
    const [source, chars] = [...repeatedChars].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (source && source !== module && chars >= total * REPEATED_MODULE && keptModules.includes(source)) {
      mergeInto(source, module, repeats, index);
      duplicateModules++;
      duplicatePassages += repeats.size;
      continue;
    }
    for (const section of walkSections(module.sections)) {
      const only = section.passages.length === 1 && section.sections.length === 0;
      section.passages = section.passages.filter((passage) => {
        const repeat = repeats.get(passage) ?? index.findRepeat(passage);
        if (repeat && !(only && keepsOwnWording(passage, repeat, outline))) {
          duplicatePassages++;
          return false;
        }
        index.add({ passage, module, section });
        return true;
      });
    }
    module.sections = pruneEmptySections(module.sections);
    if (module.sections.length > 0) {
      modules.push(module);
      keptModules.push(module);
    }
  }
  return { outline: { ...outline, modules }, duplicatePassages, duplicateModules };
}
