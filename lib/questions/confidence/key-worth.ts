import { RULE_LIMIT_UNITS, unitAlternation } from "@/lib/content/text/count-units";
import { classPostdates, countedClassNamed, vocabularyClassOf } from "../party-vocabulary";
import { RULE_LIMIT } from "../rule-words";
import { isGenericWord, taggedSpans } from "../term-quality";
import { ordinalMembers } from "../explanation";
import type { Candidate } from "../types";

/**
 * Whether the key is worth asking about (the importance feature, beside target-importance.ts): numbers
 * and years of record as against tallies, illustrations and dates of a day's event; incidental
 * details (similes, brackets, proper names); watchwords of policy and generic heads.
 */

/** A statement of what ought to be done rather than of what is: true by the way it is said. */
export const EXHORTATION = /必须|务必|应当|应该|(?<![重主需纲摘提简只])要(?![求点素害件案闻事员领])|坚持|坚决|切实|不得|不准|不能|严禁|禁止|确保|加强|强化|增强|提高|推进|营造/;

/** A duty the clause lays down just before a word (必须严格遵守党的…, 要认真落实…): any member of a set can follow it. */
export const OBLIGATION_BEFORE = /(?:必须|务必|应当|应该|要)[^，。；：]{0,6}(?:遵守|执行|坚持|维护|加强|履行|落实|贯彻|践行)[^，。；：]{0,6}$/;

/** A year or a date of one (1948年, 1935年12月, 2016年7月8日): what a moved one marks is the lesson. */
export const YEAR_OF_RECORD = /^\d{4}年/;

/** A quotation shorter than this (in characters of text) is a watchword, not one person's statement. */
export const MIN_ATTRIBUTED_QUOTE = 12;

/** Adverbs that open the items of a work plan (继续做好…，积极利用…，努力扩大…): said in report after report. */
const WORK_PLAN_CLAUSE = /^(?:继续|积极|努力|大力|进一步|切实|认真|加快|逐步)/;

/**
 * A 出处 quotation that is no statement of its own: a phrase the course cites inside its sentence as a noun
 * (《政府工作报告》提出的“…”), or a list of work-plan items every clause of which opens on a work-plan adverb
 * (继续做好技术引进工作，积极利用国外资金，努力扩大出口). Either is a policy line many reports repeat: which one the
 * course cites is incidental, and another report plausibly says the same (readers, stop 32).
 */
export function isPolicyPhraseQuote(quote: string, sentence: string | null): boolean {
  if (sentence !== null && /的[“"]/.test(sentence) && sentence.includes(quote.slice(0, 8))) {
    const open = sentence.search(/[“"]/);
    if (open > 0 && sentence[open - 1] === "的") return true;
  }
  const clauses = quote.split(/[，；。！？]/).filter((clause) => clause.length > 0);
  return clauses.length >= 2 && !quote.includes("是") && clauses.every((clause) => WORK_PLAN_CLAUSE.test(clause));
}

const EVENT_OF_RECORD = /颁布|印发|发布|通过|召开|成立|施行|实施|诞生|举行|签署|公布/;

/**
 * What makes a day or month of record: the sentence names the thing it dates, a document (《…》), a congress or plenum
 * (党的七大, 十八届三中全会, 全国代表大会), a founding (成立, 诞生) or a text's entry into force (自…起施行); and an event of
 * party history (HISTORIC_EVENT). A day or month of an office's routine business told in a
 * report (2024年12月26日至27日，中共中央政治局召开民主生活会; 公布了2024年11月全国查处…情况; 2007年3月…委员联名签署提案) is
 * the news of its day: readers discarded all three such keys published in three documents (stop 29).
 */
const DATED_RECORD = /《[^》]+》|[一二三四五六七八九十]{1,3}大(?=[，。；、上召以报通])|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|全国代表大会|全会|成立|诞生|施行|生效/;

/** An event of party history, of record though the sentence names no document: an enlarged Politburo meeting, an uprising, a battle. */
const HISTORIC_EVENT = /扩大会议|起义|战役|事变|会师/;

/** A place named after an event (湘江战役纪念园, 八七会议旧址): visiting it on a day does not make the day the event's. */
const NAMED_PLACE = /[\u4e00-\u9fff]{0,12}(?:纪念园|纪念馆|纪念碑|纪念地|纪念亭|陈列馆|博物馆|旧址|遗址)/gu;

/** Verbs whose object a year directly after them names (发起成立2025年迎新…先锋队, 启动2024年…工程): the year is part of a name. */
const NAMING_VERB = /(?:成立|组建|举办|开展|启动|召开|举行|参加|印发|发布|推出|开设|评选|表彰|组织|实施)了?$/;

/** Words opening a hypothetical or an example (如果明确规定上下浮动30%以上…, 比如, 假如): its numbers illustrate an argument. */
const HYPOTHETICAL = /如果|假如|假设|倘若|假若|比如|例如|譬如/;

const MONTH_DATE = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/;

/**
 * A period or a number of people in Chinese numerals (五年, 六个月, 两名): the way a regulation or the
 * charter states its limits (五年内不得重新入党, 预备期不能超过一年, 两名正式党员作介绍人), whatever verb says so.
 */
export const RULE_PERIOD = new RegExp(`^[一二两三四五六七八九十]+(?:${unitAlternation(RULE_LIMIT_UNITS)})$`);

/** The clause of a sentence (between ，；。：) that holds the text at [at, at + length). */
function clauseAround(sentence: string, at: number, length: number): string {
  const start = Math.max(...["，", "；", "。", "："].map((mark) => sentence.lastIndexOf(mark, at - 1))) + 1;
  const ends = ["，", "；", "。", "："].map((mark) => sentence.indexOf(mark, at + length)).filter((end) => end >= 0);
  return sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length);
}

/**
 * A report's writer naming themself (一年来，本人严格遵守…; 本人始终坚持…): 本人 opening a clause with an adverb of
 * self-report. Not 本人 in a rule (向其本人宣布, 本人主动交代的): no such adverb follows it there.
 */
export const WRITER_BENREN = /(?:^|[，。；：])本人(?:严格|认真|始终|一直|能够|积极|切实|努力|自觉|时刻|坚决|深入|带头|牢固|坚持)/;

/** The closing clause of a regulation that repeals an older text: …同时废止, …即行废止, …予以废止. */
export const REPEAL = /(?:同时|即行|予以|一并)废止[。；]?$/;

/**
 * A text's record of its own adoption (《…》已经2013年5月3日监察部第2次部长办公会议审议通过; 经…常务会议通过，现予公布): which
 * meeting, on which day, is the promulgation order's bookkeeping, not what the text lays down (readers, issue 16).
 */
export const PROMULGATION = /(?:已经|已于|经)[^，。；]{0,40}(?:会议|常委会)[^，。；]{0,12}(?:审议通过|审议批准|通过|批准)|现予(?:公布|印发|发布)/;

/** What follows the start of a measured change: …的46503元提高到…, …增长到…, …下降至…. */
const CHANGE_TO = /^的?[^，。；]{0,30}?(?:提高|增加|增长|提升|上升|下降|减少|降低|扩大|缩小|突破)(?:到|至)/;

/** Words that set a year as the period under review: 回顾, 过去的, 总结. */
const REVIEWED_PERIOD = /(?:回顾|过去的|总结|盘点)$/;

export function isNumberOfRecord(answer: string, sentence: string, normative: boolean): boolean {
  // The base of a comparison (比2020年下降65.3%, 较上年) is no date of record, whatever else the sentence says.
  const at = sentence.indexOf(answer);
  if (at > 0 && /(?:比|较|同比|相比)$/.test(sentence.slice(Math.max(0, at - 2), at))) return false;
  // …nor the start of a change a report measures (收入从2021年的46503元提高到58794元): the year dates a figure of the
  // text's own region, whatever work (实施…工程) the sentence also names (stop 35).
  if (at > 0 && sentence[at - 1] === "从" && CHANGE_TO.test(sentence.slice(at + answer.length))) return false;
  // Nor is the year a report or speech looks back on (回顾2009年的工作, 刚刚过去的2025年): the text's own
  // period, whatever verb (实施, 召开) the rest of its sentence has (stop 28).
  if (at > 0 && /^\d{4}年$/.test(answer) && REVIEWED_PERIOD.test(sentence.slice(Math.max(0, at - 4), at))) return false;
  // …nor the year a speech or report names as the year it is in (2010年是…“十一五”规划的收官…之年; 2026年是“十五五”开局之年):
  // the text's own year again, though its sentence names events (召开) of that year.
  if (at >= 0 && /^\d{4}年$/.test(answer) && sentence.startsWith("是", at + answer.length) && /之年[。！]?$/.test(sentence)) return false;
  // …nor the year of a yearly round of routine business (召开了2018年度基层党组织组织生活会, 2022年度述职评议考核会,
  // 2019年度家长满意率测评): the year a meeting or report covers, whatever verb (召开) its sentence has, and a blank
  // that leaves ______度 behind cuts the word 年度 in two. News reports of such meetings put it in their first sentence.
  if (at >= 0 && /^\d{4}年$/.test(answer) && sentence.startsWith("度", at + answer.length)) return false;
  // …nor the year in the name of what the report's unit set up or held (发起成立2025年迎新研究生党员先锋队, 启动2024年…):
  // right after the verb, the year names its object and dates nothing (stop 32).
  if (at > 0 && /^\d{4}年$/.test(answer) && NAMING_VERB.test(sentence.slice(Math.max(0, at - 6), at)) && /^[\u4e00-\u9fff]/u.test(sentence.slice(at + answer.length)) && !/^[度月]/.test(sentence.slice(at + answer.length))) return false;
  // A number in a hypothetical or an example (如果规定上下浮动30%以上…，则有可能导致…控制在29.9%以内) illustrates an
  // argument, whatever limit word (以内) its clause has. A regulation's 如果 states a rule's condition with a consequence
  // that follows for certain (党员如果没有正当理由，连续六个月…，就被认为是自行脱党) and keeps it; one whose consequence only
  // may follow (则有可能导致) argues, in whatever text (stop 32).
  if (at > 0 && HYPOTHETICAL.test(sentence.slice(0, at)) && (!normative || /可能/.test(sentence))) return false;
  // A sum of money or a share outside a regulation (已提高到每年600元 in a speech, 比重不低于80% in a work report) is a
  // figure or target of the year, not a limit a rule sets, whatever 每年 or 不低于 says of it (stop 28).
  if (!normative && /(?:元|%|％)$/.test(answer)) return false;
  // …and so is a count in tens of thousands or more (提供不少于10万个就业岗位, 城镇新增就业不少于28万人): a region's own
  // target or tally, not a limit anyone is held to, whatever 不少于 says (stop 35).
  if (!normative && /\d[万亿]/.test(answer)) return false;
  // Outside a regulation the limit is read in the number's own clause: 不低于 later in a work report's sentence says
  // nothing of 推介重大项目100个以上 before it (stop 28).
  const clause = normative || at < 0 ? sentence : clauseAround(sentence, at, answer.length);
  // …and a clause that tells what happened (一个拖了四个多月没有解决的问题，三天内就迅速得以解决了) tells a story's time,
  // not a limit set for anyone: readers discarded such an anecdote's number (stop 32).
  if (!normative && at >= 0 && /了[。！；，]?$/.test(clause)) return false;
  if (RULE_LIMIT.test(clause)) return true;
  if (!/\d{4}年/.test(answer)) return false;
  // A place named after an event (湘江战役纪念园) is where a visit went, not the event (stop 32).
  const unnamed = sentence.replace(NAMED_PLACE, "");
  if (HISTORIC_EVENT.test(unnamed)) return true;
  if (MONTH_DATE.test(answer)) return EVENT_OF_RECORD.test(sentence) && DATED_RECORD.test(sentence);
  return EVENT_OF_RECORD.test(sentence);
}

/** A simile's vehicle: from 像/好像/好比/犹如/如同/宛如 to 一样/一般/似的 within one clause. */
const SIMILE = /(?:好像|就像|像|好比|犹如|如同|宛如|恰如)([^，。；：！？,;]{1,30}?)(?:一样|一般|似的)/g;

/** Whether `at` falls inside a simile's vehicle (像洗脸之后再照照镜子一样). */
export function insideSimile(text: string, at: number): boolean {
  for (const match of text.matchAll(SIMILE)) {
    // The closing word (一样, 一般, 似的) is two characters.
    const start = match.index + match[0].length - match[1]!.length - 2;
    if (at >= start && at < start + match[1]!.length) return true;
  }
  return false;
}

/** Whether an offset of a text lies inside an open （…） (or (…)) bracket. */
export function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    if (char === "（" || char === "(") depth += 1;
    else if ((char === "）" || char === ")") && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** A quality or a tendency named by its suffix (权威性, 系统化). */
export const QUALITY_WORD = /^[\u4e00-\u9fff]{1,4}[性化]$/;

export function hasProperName(text: string): boolean {
  return taggedSpans(text).some((word) => /^(ns|nr|nt)/.test(word.tag));
}

/** A count of what was done in the year (全年参与…学习3次, 全年共开展…12场, 一年来组织…5项): a 述职's tally of the writer's work. */
export const YEAR_TALLY = /(?:全年|一年来|年内)[^，。；]{0,16}?[0-9０-９一二三四五六七八九十两]+(?:余|多)?(?:次|场|人次|项|篇|期|个|节)/;

/** The key a question tests, when it is one term (blank, correct option, the part a 判断 changes). */
export function targets(candidate: Candidate): string[] {
  const { question, evidence } = candidate;
  if (question.focus === "speaker" || question.focus === "heading-list" || question.focus === "definition" || question.focus === "number") return [];
  if (question.type === "MULTIPLE_CHOICE" || question.type === "SHORT_ANSWER") return [];
  return evidence.answers;
}

/** True for a key of two words, an ordinary noun and a generic head (地方政府, 指导意见), outside the party vocabulary (not 密切联系群众). */
export function genericHeadPhrase(key: string): boolean {
  if (vocabularyClassOf(key) !== null) return false;
  const words = taggedSpans(key);
  return words.length === 2 && words[0]!.tag === "n" && isGenericWord(words[1]!.word) && !isGenericWord(words[0]!.word);
}

/**
 * A counted set of record blanked where the text names it in quotation marks (推进“______”深入党心军心民心: 两个维护;
 * 协调推进“______”战略布局: 四个全面): the blank asks which set the sentence names, and the 解析 says what the set holds
 * (「两个维护」指…; explanation/option-classes.ts setHolds), which is what a learner must know. Stop 28 held such blanks back because
 * their 解析 quoted the text and never said what the set holds; they say it now (stop 37: readers kept 8 of the 11
 * drafts of this kind held back by ESSAY_TERM_BLANK alone). Not:
 * - a set whose members are its name counted off (四种形态: 第一种形态…): its 解析 says nothing the name does not;
 * - a set the stem spells out itself (按照“______”（讲政治、有信念，讲规矩、有纪律…）): its 解析 repeats the stem;
 * - a set named after the document was written;
 * - every blank of the stem not in quotation marks: a bare name in prose may be a word of it.
 * The caller leaves out personal accounts (a 述职's 提升“______”: the writer's own activity; readers discarded it).
 */
export function quotedCountedSetName(stem: string, answer: string, year: number | null): boolean {
  const entry = countedClassNamed(answer);
  if (!entry || ordinalMembers(entry.members) || classPostdates(entry.name, year)) return false;
  if (entry.members.every((member) => stem.includes(member))) return false;
  const blanks = stem.match(/_{2,}/g)?.length ?? 0;
  const quoted = stem.match(/“_{2,}”/g)?.length ?? 0;
  return blanks > 0 && quoted === blanks;
}

/** A number the stem gives as one end of a span of dates or counts: `X至17日`, `1921-X`, `从1月至X`. */
const RANGE_END_AFTER = /^\s*(?:[-－—–～~]|至|到(?=[\d〇零一二三四五六七八九十]{1,4}[年月日号]))\s*[\d〇零一二三四五六七八九十]/;

const RANGE_END_BEFORE = /[\d〇零一二三四五六七八九十][年月日号]?\s*(?:[-－—–～~]|至)\s*$/;

/** Whether `number`, where the stem has it, is one end of a span (the other end named beside it). */
export function changesRangeEnd(stem: string, number: string): boolean {
  const at = stem.indexOf(number);
  if (at < 0) return false;
  return RANGE_END_AFTER.test(stem.slice(at + number.length)) || RANGE_END_BEFORE.test(stem.slice(Math.max(0, at - 8), at));
}

/** A sentence that says under what circumstances an event took place (是在…的情况下进行的): no definition of it. */
export const CIRCUMSTANCE = /是在[^，。；]*(?:情况|条件|背景|形势|环境)下(?:进行|发生|召开|举行|开始)的/;

/** A level of the party's or the state's hierarchy (中央, 地方, 基层, 各级 …): it qualifies a body, and any other level would read as well. */
export const LEVEL_WORD = /^(?:中央|地方|基层|全国|上级|下级|同级|本级|各级|省级|市级|县级|乡级)$/;

/** A verb of reporting to a body (报告, 汇报, 请示): a key ending in one after 向… is the body and the verb together. */
export const REPORTING_VERB_END = /.(?:报告|汇报|请示)$/;

/**
 * The bodies and people who act (领导班子, 领导机关, 班子成员, 纪检干部): a blank on one asks who, not what. A party
 * organization named only by its level (基层党组织, 各级党组织, 党支部, 党总支) is the default bearer of a regulation's duties:
 * 党组织 or 各级党组织 reads as well in the blank (a reader discarded ______应当注重分析党员思想状况…, stop 39).
 */
export const ACTOR_HEAD = /(?:班子|机关|成员|干部|人员|同志|党委|党组|党组织|党支部|党总支|(?<!委员会)委员|纪委监委)$/;
