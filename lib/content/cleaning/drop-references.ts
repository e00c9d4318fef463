import { detectLabel } from "../detect-heading";
import type { CleaningRule } from "./cleaning-rule";

/** Signs that a line cites a publication. */
const BIBLIOGRAPHIC =
  /出版社|年版|学报|杂志|日报|文选|选集|全集|文集|文献选编|第\s*\d+\s*[卷期页辑]|[(（]\d{4}[)）]|\d{4}\s*[,，.]\s*\d{1,2}|\b[Pp]p?\.\s*\d+|\bPress\b|\bJournal\b/;
const FOOTNOTE_MARK = /^\s*\^\s*[①-⑳\d]{1,3}|^\s*[①-⑳]\s*(?=\S)/;
const NUMBERED_ENTRY = /^\s*[\[［〔]\s*\d{1,3}\s*[\]］〕]/;

function isFootnoteDefinition(line: string): boolean {
  if (/^\s*\^\s*[①-⑳\d]/.test(line)) return true;
  return FOOTNOTE_MARK.test(line) && BIBLIOGRAPHIC.test(line) && /《|“/.test(line);
}

function isReferenceEntry(line: string): boolean {
  return NUMBERED_ENTRY.test(line) && BIBLIOGRAPHIC.test(line);
}

function looksLikeReference(line: string): boolean {
  return BIBLIOGRAPHIC.test(line) && (/《[^》]+》/.test(line) || NUMBERED_ENTRY.test(line)) && line.length <= 200;
}

/**
 * Notes and bibliographies: footnote texts ("^① 《…》，人民出版社…"), numbered reference entries
 * ("[3] 邓小平，《…》…"), and a 参考文献/注释 heading with the citation lines under it.
 */
export const dropReferences: CleaningRule = {
  name: "references",
  apply(lines) {
    let count = 0;
    let inReferenceList = false;
    const result: string[] = [];
    for (const original of lines) {
      // "…迈进。参考文献：" — the list's heading printed at the end of the last paragraph.
      const trailing = /(?<=[。！？”])\s*(?:主要)?参考文献\s*[:：]?\s*$/.exec(original);
      const line = trailing ? original.slice(0, trailing.index) : original;
      if (trailing) {
        inReferenceList = true;
        count++;
        result.push(line);
        continue;
      }
      const label = detectLabel(line)?.label;
      if (label === "参考文献" || label === "注释") {
        inReferenceList = true;
        count++;
        continue;
      }
      if (inReferenceList) {
        if (!line.trim()) continue;
        if (looksLikeReference(line)) {
          count++;
          continue;
        }
        inReferenceList = false;
      }
      if (isFootnoteDefinition(line) || isReferenceEntry(line)) {
        count++;
        continue;
      }
      result.push(line);
    }
    return { lines: result, count };
  },
};
