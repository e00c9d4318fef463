import { detectLabel } from "../detect-heading";
import type { CleaningRule } from "./cleaning-rule";

/** "第二章 新阶段党群关系的特点\t5", "（四）… 的.....\t24", "结束语……253", "后记....." */
const TOC_ENTRY = /^(?=.*[\u4e00-\u9fff]).{1,80}?(?:(?:\s|\t|[.．…·・_]{2,}|[.．…·・_]\s*)\s*\d{1,4}|[.．…·・]{3,})$/;
const MIN_ENTRIES = 3;
/** An entry of a contents list without page numbers, as a text copy of a book prints it: "· 党与抗日民主政权". */
const BULLET_ENTRY = /^[·•・●○◆◇■□▪-]\s*[^。！？；]{2,40}$/;

/** A note under an entry, its date and author: "（一九六五年六月、十二月）  邓小平". */
const ENTRY_NOTE = /^[（(][^（()）。！？]{1,30}[）)][\s\u3000]*[\u4e00-\u9fff·]{0,8}$/;

/**
 * The lines of a bulleted contents list right under its 目录 heading (at least three entries), with the notes under its
 * entries that another entry follows.
 */
function bulletedEntries(lines: string[], heading: number): number[] {
  const entries: number[] = [];
  const nextText = (from: number) => lines.slice(from + 1).find((line) => line.trim())?.trim() ?? "";
  for (let index = heading + 1; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!line) continue;
    if (!BULLET_ENTRY.test(line) && !(entries.length > 0 && ENTRY_NOTE.test(line) && BULLET_ENTRY.test(nextText(index)))) break;
    entries.push(index);
  }
  return entries.length >= MIN_ENTRIES ? entries : [];
}
const MAX_GAP = 2;

function isEntry(line: string): boolean {
  return TOC_ENTRY.test(line.trim()) && line.trim().length <= 80 && !/[。！？]/.test(line);
}

/**
 * Tables of contents: runs of at least three entries that end in a page number or a dot leader,
 * with the 目录 heading before them, and a 目录 heading over three or more bulleted titles without
 * page numbers ("· 党与抗日民主政权", a book's text copy). Single lines ending in a number are left alone.
 */
export const dropTableOfContents: CleaningRule = {
  name: "tableOfContents",
  apply(lines) {
    const drop = new Set<number>();
    lines.forEach((line, index) => {
      if (detectLabel(line)?.label !== "目录") return;
      const entries = bulletedEntries(lines, index);
      if (entries.length === 0) return;
      drop.add(index);
      entries.forEach((entry) => drop.add(entry));
    });
    let index = 0;
    while (index < lines.length) {
      if (!isEntry(lines[index]!)) {
        index++;
        continue;
      }
      const run = [index];
      let cursor = index + 1;
      let gap = 0;
      while (cursor < lines.length && gap <= MAX_GAP) {
        const line = lines[cursor]!;
        if (isEntry(line)) {
          run.push(cursor);
          gap = 0;
        } else if (line.trim()) gap++;
        cursor++;
      }
      if (run.length >= MIN_ENTRIES) {
        const first = run[0]!;
        const last = run[run.length - 1]!;
        for (let i = first; i <= last; i++) drop.add(i);
        for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
          const label = detectLabel(lines[i]!);
          if (label?.label === "目录") drop.add(i);
        }
      }
      index = run[run.length - 1]! + 1;
    }
    const count = [...drop].filter((i) => lines[i]!.trim()).length;
    return { lines: lines.filter((_, i) => !drop.has(i)), count };
  },
};
