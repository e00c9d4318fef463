import { chineseNumeralValue } from "@/lib/content/text/chinese-numerals";

/**
 * Anniversaries of record: a year said to be a founding's Nth anniversary (2021年是中国共产党成立一百周年). A false
 * 判断 that moves the year teaches by the arithmetic (成立于1921年，1921年加一百年是2021年) where the lexicon knows the
 * founding year and the sentence agrees with it (readers, stop 35: "only states the original number instead of
 * teaching that the Party was founded in 1921"). Data, not one document's words.
 */
const FOUNDINGS: ReadonlyArray<{ subject: string; event: RegExp; verb: string; year: number }> = [
  { subject: "中国共产党", event: /^(?:成立|诞生|创建|创立)$/, verb: "成立", year: 1921 },
  { subject: "中华人民共和国", event: /^成立$/, verb: "成立", year: 1949 },
  { subject: "中国人民解放军", event: /^(?:建军|成立|创建)$/, verb: "建军", year: 1927 },
  { subject: "中国共产主义青年团", event: /^(?:成立|建团|创建)$/, verb: "成立", year: 1922 },
  { subject: "五四运动", event: /^(?:爆发|发生)?$/, verb: "爆发", year: 1919 },
  { subject: "改革开放", event: /^$/, verb: "开始", year: 1978 },
];

/** 2021年是中国共产党成立一百周年, 2019年是五四运动100周年: the year, what it marks, the event word, the count. */
const ANNIVERSARY = /(\d{4})年(?:是|为|，是)(?:我们党|伟大的)?([\p{Script=Han}]{2,12}?)(成立|诞生|创建|创立|建军|建团|爆发|发生)?([\d]{1,3}|[一二两三四五六七八九十百零]{1,5})周年/u;

/**
 * What a false anniversary year teaches: when the statement's source says year Y is the Nth anniversary of a founding the
 * lexicon dates to Y − N, the founding year and the sum, and what anniversary the swapped-in year would be. Empty otherwise.
 */
export function anniversaryTaught(source: string, original: string, to: string): string {
  const match = ANNIVERSARY.exec(source);
  if (!match || `${match[1]}年` !== original) return "";
  const year = Number(match[1]);
  const count = /^\d+$/.test(match[4]!) ? Number(match[4]) : chineseNumeralValue(match[4]!);
  const swapped = /^(\d{4})年$/.exec(to);
  if (!Number.isFinite(count) || count <= 0 || !swapped) return "";
  const subject = match[2]!;
  const event = match[3] ?? "";
  const founding = FOUNDINGS.find((entry) => entry.subject === subject && entry.event.test(event));
  if (!founding || founding.year + count !== year) return "";
  const said = event || founding.verb;
  const other = Number(swapped[1]) - founding.year;
  const then = other > 0 ? `；${to}是${event}${other}周年` : "";
  return `${subject}${said}于${founding.year}年，${founding.year}年加${match[4]}年是${year}年，所以${event}${match[4]}周年是${original}，不是${to}${then}。`;
}
