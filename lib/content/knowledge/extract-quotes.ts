import { tagWords } from "./jieba";
import type { RawPoint } from "./raw-point";

const SPEECH_VERB = /(指出|强调|说过|说|讲过|讲到|讲|认为|提出|告诫|要求|写道|重申|号召|宣布|阐明|总结|表示|所说)(?:道|的)?\s*[：:，,]?\s*“/g;
const LEADERS =
  "毛泽东|邓小平|江泽民|胡锦涛|习近平|周恩来|刘少奇|朱德|陈云|任弼时|董必武|马克思|恩格斯|列宁|斯大林|温家宝|李克强|李鹏|朱镕基|彭真|叶剑英|陈毅|孙中山";
/** A leader's name, not as part of a doctrine's name (马克思主义, 毛泽东思想, 邓小平理论, 马克思主义者). */
const LEADER = new RegExp(`(${LEADERS})(?!主义|思想|理论|选集|文选|文集|著作)`, "g");
const CONGRESS = "(?:第[一二三四五六七八九十]+次全国代表大会|十[一二三四五六七八九]?大|[一二三四五六七八九]大|十[一二三四五六七八九]?届[一二三四五六七八九]中全会|[一二三四五六七八九]届[一二三四五六七八九]中全会)";
const REPORT = new RegExp(`((?:党的|中共)?“?${CONGRESS}”?(?:报告|决议|决定|通过的《[^》]{2,40}》)?|《[^》]{2,40}》|政府工作报告)`);
const MIN_QUOTE_LENGTH = 6;

function closingQuote(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "“") depth++;
    else if (text[i] === "”" && --depth === 0) return i;
  }
  return -1;
}

/** The speaker named in the clause before the verb: a leader, a congress or report, or a person jieba tags. */
function findSpeaker(clause: string): string | null {
  // The name nearest the verb is the speaker (运用马克思主义的思想方法，毛泽东曾指出 → 毛泽东).
  const leader = [...clause.matchAll(LEADER)].pop();
  if (leader) return leader[1]!;
  const report = REPORT.exec(clause);
  if (report) return report[1]!.replace(/^中共/, "");
  const person = tagWords(clause).find((word) => word.tag === "nr" && word.word.length >= 2);
  return person?.word ?? null;
}

/** Quotations with their speaker: “…” after 指出/强调/说 … whose clause names who said it. */
export function extractQuotes(text: string): RawPoint[] {
  const points: RawPoint[] = [];
  for (const match of text.matchAll(SPEECH_VERB)) {
    const open = match.index + match[0].length - 1;
    const close = closingQuote(text, open);
    if (close < 0 || close - open - 1 < MIN_QUOTE_LENGTH) continue;
    const clauseStart = Math.max(0, ...["。", "！", "？", "；", "”"].map((mark) => text.lastIndexOf(mark, match.index - 1) + 1));
    const speaker = findSpeaker(text.slice(clauseStart, match.index));
    if (!speaker) continue;
    points.push({ kind: "quote", text: text.slice(open + 1, close), speaker, start: open + 1, end: close });
  }
  return points;
}
