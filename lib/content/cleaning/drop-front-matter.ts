import { countCjk } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";

/** Markers of a book's copyright page (CIP data, ISBN, colophon). */
const COLOPHON =
  /ISBN|CIP|图书在版编目|版本图书馆|责任编辑|责任校对|责任印制|封面设计|装帧设计|技术设计|版式设计|出版发行|出版者|发行部|举报电话|印\s*刷|照\s*排|经\s*销|成品尺寸|开\s*本|印\s*张|字\s*数|版\s*次|印\s*次|书\s*号|定\s*价|版权所有|侵权必究|印装质量|网\s*址|E-?mail|邮\s*编|电\s*话|^[IV]+\s*\.|社会科学基金|批准号|等\s*[著编]$|^[A-Za-z\s]+$/i;
const SCAN_LINES = 120;

/** The book title as printed in CIP data: "书名/作者等著. —地点：出版社". */
export function titleFromCipData(lines: string[]): string | null {
  for (const line of lines.slice(0, SCAN_LINES)) {
    const match = /^([^/／]{2,60})[/／][^/／]{1,40}[著编译].{0,4}[.．。]\s*[—-]/.exec(line.trim());
    if (match) return match[1]!.replace(/\s+/g, "");
  }
  return null;
}

/**
 * A book's front matter: when the first lines carry CIP data or an ISBN, everything up to the last
 * colophon line (title pages, publisher, CIP block, printing data) is dropped.
 */
export const dropFrontMatter: CleaningRule = {
  name: "frontMatter",
  apply(lines) {
    const head = lines.slice(0, SCAN_LINES);
    if (!head.some((line) => /ISBN|图书在版编目|CIP\s*数据/i.test(line))) return { lines, count: 0 };
    let last = -1;
    for (const [index, line] of head.entries()) {
      if (isProse(line)) break;
      if (COLOPHON.test(line.trim())) last = index;
    }
    const dropped = lines.slice(0, last + 1).filter((line) => line.trim()).length;
    return { lines: lines.slice(last + 1), count: dropped };
  },
};

function isProse(line: string): boolean {
  return countCjk(line) >= 30 && /[。！？]/.test(line);
}
