// Fixed formulations of record: wordings the 党章, a 准则 or a 条例 sets down once and texts repeat word for word
// (集体领导、民主集中、个别酝酿、会议决定). A blank on one of their terms is no loose list item: with the other terms of
// the formulation around it in their order, only the term of record fills it (issue #16, stop 36).
//
// Two kinds:
// - closed: the whole formulation must stand in the stem, every term but the blanked one written out, with the
//   connecting words of record ({集体领导}和{个人分工负责}相结合).
// - series: an ordered series of record (the guiding thoughts, the five 纪律处分). Its order fixes the term next to a
//   neighbour, so a blank counts when the stem writes the term of record right after it, or right before and right
//   after it, joined by 、 or 和. A lone predecessor is not enough: the stem's list may stop short of the series.
// Only add wordings known to be fixed, with the place they come from.
//
// The lexicon's sets of record (party-vocabulary.ts: a set listed in one fixed order, a counted set, a set of record such
// as the 思维能力) are series too, where the stem recites them in that order around the blank: the term of record right
// after the blank and one more beside it (the one before the blank or the one after the next), so that two neighbours
// of record pin the slot (______、历史思维、辩证思维: 战略思维; issue #16, stop 37). One neighbour is not enough there: a
// list of the lexicon's words may follow the set's order by chance.

import { countedClassNamed, PARTY_VOCABULARY } from "./party-vocabulary";
import { pureMemo } from "./course-memo";

/** name: what texts call the formulation as a whole, where they name it (三大优良作风); a 填空's 解析 then says so. */
type Closed = { kind: "closed"; template: string; from: string; name?: string };
/**
 * boilerplate: a series every kind of text recites in its purpose or guiding clause (……以______、毛泽东思想…为指导): a
 * blank on it there tests the stock formula, not the text. Only a sentence that teaches the series asks it (see
 * recitesBoilerplateSeries).
 */
type Series = { kind: "series"; terms: string[]; from: string; boilerplate?: true };

export const FORMULATIONS_OF_RECORD: ReadonlyArray<Closed | Series> = [
  // 党章 第十条（五）: 党的各级委员会实行集体领导和个人分工负责相结合的制度。
  { kind: "closed", template: "{集体领导}和{个人分工负责}相结合", from: "党章 第十条" },
  // 党章 第十条（五）: 凡属重大问题都要按照集体领导、民主集中、个别酝酿、会议决定的原则…
  { kind: "closed", template: "{集体领导}、{民主集中}、{个别酝酿}、{会议决定}", from: "党章 第十条" },
  // 党章 总纲: 坚持解放思想、实事求是、与时俱进、求真务实 (the opening pair of the 思想路线's watchword).
  { kind: "closed", template: "{解放思想}、{实事求是}", from: "党章 总纲" },
  // 中国共产党巡视工作条例（2015、2017）第四条: the three pairs of principles of 巡视 work.
  { kind: "closed", template: "{中央统一领导}、{分级负责}；坚持{实事求是}、{依法依规}；坚持{群众路线}、{发扬民主}", from: "巡视工作条例 第四条" },
  // 党政领导干部选拔任用工作条例 第九章 (and 事业单位领导人员管理规定): 辞职包括因公辞职、自愿辞职、引咎辞职和责令辞职。
  { kind: "closed", template: "{因公辞职}、{自愿辞职}、{引咎辞职}和{责令辞职}", from: "党政领导干部选拔任用工作条例 辞职" },
  // 党的十二届六中全会《关于社会主义精神文明建设指导方针的决议》, 党章 总纲 (两手抓): 物质文明和精神文明一起抓 / 两手抓.
  { kind: "closed", template: "{物质文明}和{精神文明}一起抓", from: "精神文明建设指导方针的决议; 党章 总纲" },
  { kind: "closed", template: "{物质文明}和{精神文明}两手抓", from: "精神文明建设指导方针的决议; 党章 总纲" },
  // 毛泽东《论联合政府》（1945）: 理论和实践相结合的作风，和人民群众紧密地联系在一起的作风以及自我批评的作风 — the
  // three fine styles, written 理论联系实际、密切联系群众、批评和（与）自我批评 ever since. (The lexicon leaves them out:
  // 密切联系群众 is a theme word of most courses; see party-vocabulary.ts.)
  { kind: "closed", template: "{理论联系实际}、{密切联系群众}、{批评和自我批评}", name: "三大优良作风", from: "毛泽东在《论联合政府》（1945年）中" },
  { kind: "closed", template: "{理论联系实际}、{密切联系群众}、{批评与自我批评}", name: "三大优良作风", from: "毛泽东在《论联合政府》（1945年）中" },
  // 胡锦涛在西柏坡学习考察时的讲话（2002年12月6日）: 权为民所用、情为民所系、利为民所谋, repeated word for word by the
  // 十六届四中全会决定 and party texts since, and named the “三个为民”.
  { kind: "closed", template: "{权为民所用}、{情为民所系}、{利为民所谋}", name: "三个为民", from: "胡锦涛2002年12月在西柏坡学习考察时" },
  // 党章 总纲: 党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众 (胡锦涛's and the course's 我们党的最大政治优势是…
  // too). The wording pins its term: only 密切联系群众 is the party's greatest political advantage of record.
  { kind: "closed", template: "最大政治优势是{密切联系群众}", from: "党章 总纲" },
  // 党章 总纲: 中国共产党以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、
  // 习近平新时代中国特色社会主义思想作为自己的行动指南。
  {
    kind: "series",
    terms: ["马克思列宁主义", "毛泽东思想", "邓小平理论", "三个代表重要思想", "科学发展观", "习近平新时代中国特色社会主义思想"],
    from: "党章 总纲",
    // Strict readers discarded every 填空 on it read in a regulation's, a report's or a speech's guiding clause (stop 40).
    boilerplate: true,
  },
  // 党章 第四十条 / 中国共产党纪律处分条例 第八条: 警告、严重警告、撤销党内职务、留党察看、开除党籍。
  { kind: "series", terms: ["警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"], from: "党章 第四十条" },
  // 中国共产党廉洁自律准则 (党员领导干部廉洁自律规范): 廉洁从政、廉洁用权、廉洁修身、廉洁齐家。
  { kind: "series", terms: ["廉洁从政", "廉洁用权", "廉洁修身", "廉洁齐家"], from: "廉洁自律准则" },
];

const BLANK = "(?:_{2,}|（　）)";
const JOIN = "(?:、|和)";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Quotation marks and title marks change nothing (“三个代表”重要思想). */
function plain(text: string): string {
  return text.replace(/[“”‘’《》"]/g, "");
}

/** The terms a closed formulation's template writes in braces, in order (read once per template: the templates are constant). */
const templateTerms = pureMemo((template: string): readonly string[] => [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!), 20_000);

const NO_PATTERNS: readonly RegExp[] = [];

/** closedPatterns compiled once per template and answer (the same formulations are tried on every blank); bounded, as the templates are constant and the answer is one of their terms. */
const patternsByTemplate = new Map<string, Map<string, readonly RegExp[]>>();

function closedPatterns(template: string, answer: string): readonly RegExp[] {
  // No pattern unless the answer is one of the template's terms.
  if (!templateTerms(template).includes(answer)) return NO_PATTERNS;
  let byAnswer = patternsByTemplate.get(template);
  if (byAnswer === undefined) patternsByTemplate.set(template, (byAnswer = new Map()));
  let patterns = byAnswer.get(answer);
  if (patterns === undefined) byAnswer.set(answer, (patterns = compileClosedPatterns(template, answer)));
  return patterns;
}

function compileClosedPatterns(template: string, answer: string): RegExp[] {
  const terms = templateTerms(template);
  const patterns: RegExp[] = [];
  terms.forEach((term, blanked) => {
    if (term !== answer) return;
    let count = -1;
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const slot = /^\{([^}]+)\}$/.exec(part);
        if (!slot) return escape(part);
        count += 1;
        return count === blanked ? BLANK : escape(slot[1]!);
      })
      .join("");
    patterns.push(new RegExp(source));
  });
  return patterns;
}

/** The lexicon's sets whose order is of record: fixed-order sets, counted sets and sets of record (ofRecord). */
const LEXICON_SERIES: ReadonlyArray<readonly string[]> = PARTY_VOCABULARY.filter(
  (entry) => entry.ordered === true || entry.ofRecord !== undefined || countedClassNamed(entry.name) === entry,
).map((entry) => entry.members.map(plain));

/** The rank of the longest term that fits (严重警告 rather than its tail 警告), or -1. */
function longest(terms: readonly string[], fits: (term: string) => boolean): number {
  let best = -1;
  terms.forEach((term, rank) => {
    if (fits(term) && (best < 0 || term.length > terms[best]!.length)) best = rank;
  });
  return best;
}

/**
 * A blank between two neighbours of record, or before the next two (______、B、C), joined by 、 or 和, in a run of the
 * set's members the stem writes without a gap: a run that skips a member of record (战略思维、辩证思维、创新思维、______、
 * 底线思维 leaves out 历史思维) leaves that member as fit for the blank as the key.
 */
function lexiconSeriesHolds(terms: readonly string[], answer: string, text: string): boolean {
  const at = terms.indexOf(answer);
  if (at < 0 || at === terms.length - 1) return false;
  const blank = new RegExp(`${BLANK}(?=${JOIN}${escape(terms[at + 1]!)})`).exec(text);
  if (!blank) return false;
  // The members written before the blank, nearest first, and after it, each joined to the next by 、 or 和.
  const before: number[] = [];
  let left = text.slice(0, blank.index);
  for (;;) {
    const rank = longest(terms, (term) => new RegExp(`${escape(term)}${JOIN}$`).test(left));
    if (rank < 0) break;
    before.push(rank);
    left = left.replace(new RegExp(`${escape(terms[rank]!)}${JOIN}$`), "");
  }
  const after: number[] = [];
  let right = text.slice(blank.index + blank[0].length);
  for (;;) {
    const rank = longest(terms, (term) => new RegExp(`^${JOIN}${escape(term)}`).test(right));
    if (rank < 0) break;
    after.push(rank);
    right = right.replace(new RegExp(`^${JOIN}${escape(terms[rank]!)}`), "");
  }
  const run = [...before.reverse(), at, ...after];
  if (run.some((rank, place) => place > 0 && rank !== run[place - 1]! + 1)) return false;
  return run.length >= 3;
}

function seriesPatterns(terms: string[], answer: string): RegExp[] {
  const at = terms.indexOf(answer);
  if (at < 0 || at === terms.length - 1) return [];
  const next = escape(terms[at + 1]!);
  return [new RegExp(`${BLANK}${JOIN}${next}`)];
}

/**
 * True when the stem's blank is the term `answer` of a formulation of record and the stem writes the formulation's
 * other terms around it as the record does.
 */
export function blanksFormulationOfRecord(stem: string, answer: string): boolean {
  const text = plain(stem);
  const key = plain(answer).trim();
  if (!key) return false;
  // Only a formulation or a series holding the key as one of its terms can match (the others give no pattern).
  const { formulations, series } = holdingTerm();
  return (
    (formulations.get(key) ?? []).some((formulation) =>
      (formulation.kind === "closed" ? closedPatterns(formulation.template, key) : seriesPatterns(formulation.terms, key)).some((pattern) =>
        pattern.test(text),
      ),
    ) || (series.get(key) ?? []).some((terms) => lexiconSeriesHolds(terms, key, text))
  );
}

let holding: { formulations: Map<string, Array<Closed | Series>>; series: Map<string, Array<readonly string[]>> } | null = null;

/** The formulations of record and the lexicon's series by each of their terms (built once: both are constant). */
function holdingTerm(): NonNullable<typeof holding> {
  if (holding) return holding;
  const formulations = new Map<string, Array<Closed | Series>>();
  for (const formulation of FORMULATIONS_OF_RECORD) {
    for (const term of new Set(formulation.kind === "closed" ? templateTerms(formulation.template) : formulation.terms)) formulations.set(term, [...(formulations.get(term) ?? []), formulation]);
  }
  const series = new Map<string, Array<readonly string[]>>();
  for (const terms of LEXICON_SERIES) for (const term of new Set(terms)) series.set(term, [...(series.get(term) ?? []), terms]);
  holding = { formulations, series };
  return holding;
}

/**
 * A sentence that teaches a series rather than reciting it: the party's own declaration of it (中国共产党以…作为自己的
 * 行动指南, the 党章's line of record), what its guiding thought is (党的指导思想是…), or what one of its terms is
 * (毛泽东思想是…; 科学发展观是同…一脉相承的科学理论).
 */
function teachesSeries(text: string, terms: readonly string[]): boolean {
  if (/(?:中国共产党|我们党|^党)以[^。；]*作为(?:自己的|党的)?行动指南|指导思想(?:是|包括)/.test(text)) return true;
  return terms.some((term) => new RegExp(`${escape(term)}(?:，)?是`).test(text));
}

/**
 * Whether the stem recites a boilerplate series of record (the guiding thoughts) in a sentence that does not teach it
 * (teachesSeries): the formula every regulation, report and speech opens with, the same in each, so that the question
 * tests nothing of the text (stop 40). Recited: the blank joined by 、 or 和 to a term of the series; or two of its terms
 * so joined, where there is no blank (a 判断) or the key is a term of the series too (以邓小平理论和“三个代表”重要思想为
 * 指导，深入贯彻落实______: the formula of its day, split over two clauses).
 */
export function recitesBoilerplateSeries(stem: string, answers: readonly string[] = []): boolean {
  const text = plain(stem);
  const blanked = new RegExp(BLANK).test(text);
  return FORMULATIONS_OF_RECORD.some((formulation) => {
    if (formulation.kind !== "series" || !formulation.boilerplate) return false;
    const term = `(?:${formulation.terms.map(escape).join("|")})`;
    const aroundBlank = blanked && new RegExp(`${BLANK}${JOIN}${term}|${term}${JOIN}${BLANK}`).test(text);
    const keyOfSeries = !blanked || answers.some((answer) => formulation.terms.includes(plain(answer).trim()));
    const recited = aroundBlank || (keyOfSeries && new RegExp(`${term}${JOIN}${term}`).test(text));
    return recited && !teachesSeries(text, formulation.terms);
  });
}

/**
 * The named formulation of record (name set) that the sentence writes out whole with `key` as one of its terms, or null:
 * what a 填空's 解析 says the key is of (「理论联系实际」是党的“三大优良作风”之一), rather than a set of the lexicon the
 * sentence does not speak of (党的思想路线).
 */
export function namedFormulationOf(sentence: string, key: string): { name: string; terms: string[]; from: string } | null {
  const text = plain(sentence);
  for (const formulation of FORMULATIONS_OF_RECORD) {
    if (formulation.kind !== "closed" || !formulation.name) continue;
    const terms = templateTerms(formulation.template);
    if (!terms.includes(key)) continue;
    if (text.includes(formulation.template.replace(/[{}]/g, ""))) return { name: formulation.name, terms: [...terms], from: formulation.from };
  }
  return null;
}
