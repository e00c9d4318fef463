import { numberingStyle, type HeadingMatch } from "../detect-heading";

/**
 * A numbered line that states a conclusion, with nothing after it on the line: "一、国家工作人员为
 * “白手套”真实的经营活动提供帮助收受财物，构成受贿罪", "（二）行贿人明知…，仍实施相关行为".
 */
const CONCLUSION = /^([一二三四五六七八九十]{1,3}\s*[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])\s*([^。；;！？!?]{6,60})$/;
/** How a conclusion ends: a word, a closing quote or bracket; never a clause mark or a list lead's word. */
const CONCLUSION_END = /[\p{Script=Han}\p{L}\p{N}”’」』》）)]$/u;
const LEAD_WORD = /(?:是|包括|如下|下列|以下)$/;
const MIN_SERIES = 2;

/**
 * Numbered conclusions over their reasoning, as case commentaries and study articles print them
 * (评析意见: "一、…，构成受贿罪" over the paragraphs that argue it, then "二、…"). With a comma and
 * longer than a title, such a line reads as an item of a list, and became a passage that ends
 * mid-sentence. But an item ends in a clause mark (；，。) or runs on to its sibling, while a
 * conclusion ends in a word and has a paragraph under it; two or more of one numbering style in a
 * document, each over a paragraph, are headings. Returns them by line index.
 */
export function conclusionHeadings(lines: string[]): Map<number, HeadingMatch> {
  const found = new Map<number, HeadingMatch>();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const match = CONCLUSION.exec(line);
    const next = lines[index + 1]?.trim() ?? "";
    if (!match || !CONCLUSION_END.test(line) || LEAD_WORD.test(line)) return;
    const style = numberingStyle(line);
    if (style !== "cn-num" && style !== "cn-paren") return;
    // A paragraph under it, not a sibling or another numbered line.
    if (!/[。！？]/.test(next) || numberingStyle(next) !== null) return;
    found.set(index, { style, rank: style === "cn-num" ? 4 : 5, numbering: match[1]!.replace(/\s+/g, ""), title: match[2]!.trim(), rest: "" });
  });
  for (const style of ["cn-num", "cn-paren"] as const) {
    const series = [...found].filter(([, heading]) => heading.style === style);
    if (series.length < MIN_SERIES) for (const [index] of series) found.delete(index);
  }
  return found;
}
