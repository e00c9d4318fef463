import { tagWords } from "./jieba";
import type { RawPoint } from "./raw-point";

const SPEECH_VERB = /(指出|强调|说过|说|讲过|讲到|讲|认为|提出|告诫|要求|写道|重申|号召|宣布|阐明|总结|表示|所说)(?:道|的)?\s*[：:，,]?\s*“/g;
const LEADERS =
  "毛泽东|邓小平|江泽民|胡锦涛|习近平|周恩来|刘少奇|朱德|陈云|任弼时|董必武|马克思|恩格斯|列宁|斯大林|温家宝|李克强|李鹏|朱镕基|彭真|叶剑英|陈毅|孙中山";
/** A leader's name, not as part of a doctrine's name (马克思主义, 毛泽东思想, 邓小平理论, 马克思主义者). */
const LEADER = new RegExp(`(${LEADERS})(?!主义|思想|理论|选集|文选|文集|著作)`, "g");
const CONGRESS = "(?:第[一二三四五六七八九十]+次全国代表大会|(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])大|(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])届[一二三四五六七八九]中全会)";
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

/**
 * A name that is the occasion's subject, not a speaker: the person commemorated or studied (纪念邓小平同志诞辰120周年,
 * 缅怀毛泽东, 学习雷锋) or whose birth or death is marked (周恩来同志逝世). Such a name is never who said the words.
 */
const COMMEMORATED = new RegExp(`(?:纪念|缅怀|追忆|怀念|学习)(?:伟大领袖|革命先辈)?(?:${LEADERS})(?:同志)?|(?:${LEADERS})(?:同志)?(?:诞辰|逝世|去世|百年诞辰)`, "g");
/**
 * The occasion phrase between a subject and its verb of saying (在纪念…座谈会上, 在…大会上的讲话中, 在…考察时): the speaker
 * is the subject before it, not a name inside it. No comma inside, so a phrase never reaches across clauses.
 */
const OCCASION = /在[^，,。；“”]{1,60}?(?:上(?:的(?:重要)?讲话|发表(?:的)?(?:重要)?讲话)?(?:中|时)?|(?:讲话|致辞|考察|调研|视察|座谈)(?:中|时))/g;

/** The clause with its commemorated names, and then its occasion phrases, blanked out (same length, so offsets hold). */
function masked(clause: string, pattern: RegExp): string {
  return clause.replace(pattern, (span) => "　".repeat(span.length));
}

/**
 * The speaker named in the clause before the verb. The subject outside the occasion phrase is the speaker
 * (习近平总书记在纪念邓小平同志诞辰120周年座谈会上指出 → 习近平); a name inside it is taken only when the clause names
 * nobody else (在党的二十大报告中指出), and a commemorated name never.
 */
function findSpeaker(clause: string): string | null {
  const uncommemorated = masked(clause, COMMEMORATED);
  return nearestSpeaker(masked(uncommemorated, OCCASION)) ?? nearestSpeaker(uncommemorated);
}

/** The name in the clause nearest the verb: a leader, a congress or report, or a person jieba tags. */
function nearestSpeaker(clause: string): string | null {
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
