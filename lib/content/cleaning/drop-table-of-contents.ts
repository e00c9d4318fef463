import { detectLabel } from "../detect-heading";
import type { CleaningRule } from "./cleaning-rule";

/** "第二章 新阶段党群关系的特点\t5", "（四）… 的.....\t24", "结束语……253", "后记....." */
const TOC_ENTRY = /^(?=.*[\u4e00-\u9fff]).{1,80}?(?:(?:\s|\t|[.．…·・_]{2,}|[.．…·・_]\s*)\s*\d{1,4}|[.．…·・]{3,})$/;
const MIN_ENTRIES = 3;
const MAX_GAP = 2;

function isEntry(line: string): boolean {
  return TOC_ENTRY.test(line.trim()) && line.trim().length <= 80 && !/[。！？]/.test(line);
}

/**
 * Tables of contents: runs of at least three entries that end in a page number or a dot leader,
 * with the 目录 heading before them. Single lines ending in a number are left alone.
 */
export const dropTableOfContents: CleaningRule = {
  name: "tableOfContents",
  apply(lines) {
    const drop = new Set<number>();
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
