import { passageCitation } from "../citation";
import { sentenceAt, type CourseIndex } from "../course-index";
import { anniversaryTaught } from "../anniversary";
import { balanced } from "../quote-excerpt";
import { clauseWindow } from "../source-text";
import { taggedSpans } from "../term-quality";
import { RULE_NUMBER_WORD } from "../rule-words";
import { articleLead, withoutArticleLead } from "../article-lead";
import { ANAPHORA, type ExplainContext, type KeyPlace, MAX_OPTION_QUOTE, MAX_QUOTE, NUMERAL, QUANTITY_KEY, QUANTITY_NUMBER, SENTENCE_LEAD, type TrueFalseExplanationInput, closedNumbers, escapeRegExp, evidence, mark, quoted } from "./context";
import { saysWhatKeyIs, teachingPlaces } from "./key-teaching";
import { LEANING_START, commaClauseAround, numberBeside, numberPlaces, saidAsFigure } from "./numbers";
import { placeInDocument } from "./places";

/**
 * 判断 made by changing a number, a date or a rule's subject: the rule's other step, case or consequence,
 * the enactment record, and the same count said elsewhere in the course.
 */

/**
 * What teaches a changed number beyond "原文的数字是X" and the source again (readers, stop 33 and issue 16: "does not
 * explain the rule or why the swapped value is wrong"), each only where the course says it: the same rule's other case
 * (numberBeside); where the swapped-in number really stands (sameCountElsewhere); else the kept number in another rule
 * of the same frame (第十六条同样规定“接待来访的巡视组工作人员一般不得少于二人”); for an effective date, the document's record
 * of its adoption, issue or the text it repeals (enactmentRecord); else, for a year, another sentence of its part that
 * states it (yearNearby). First of all, a moved anniversary year is taught by its arithmetic (anniversary.ts). Empty when
 * the course says none of these.
 */
export function changedNumberTaught(context: ExplainContext, input: TrueFalseExplanationInput, to: string): string {
  const { original } = input;
  // A moved anniversary year (2021年是中国共产党成立一百周年 → 2024年) is taught by its arithmetic where the founding is of record.
  const anniversary = anniversaryTaught(input.quoted, original, to);
  if (anniversary) return anniversary;
  const beside = numberBeside(original, input.key, input.statement ?? input.quoted);
  const swapped = sameCountElsewhere(context, { ...input, statement: input.quoted }, to);
  // A date said again is the same fact, not another rule of the same count.
  const kept = beside || swapped || /\d{4}年/.test(original) ? null : sameCountPlace(context, { ...input, statement: input.quoted }, original, true);
  const step = beside ? "" : otherStepOfRule(input);
  const record = enactmentRecord(context.index, input, to);
  const year = beside || swapped || kept || record ? "" : yearTitled(context.index, input) || yearNearby(context.index, input);
  const otherCase = beside ? "" : thresholdOtherCase(input);
  const subject = beside || step || swapped || kept || record || year || otherCase ? "" : ruledSubjectTaught(context.index, input) || sameArticleCase(input);
  const consequence = beside || step || swapped || kept || record || year || otherCase || subject ? "" : ruleConsequence(input);
  // The same clause told twice, as the rule's other case and as where the swapped-in number stands (readers, stop 38):
  // said once, with its 出处.
  const besideSaid = swapped && beside.includes(to) ? "" : beside;
  return subject + besideSaid + otherCase + step + (swapped ? `${swapped}。` : "") + (kept ? `${kept.where}同样规定${evidence(kept.clause)}。` : "") + record + year + consequence;
}

/** A full date (2016年7月8日) and how a statement names its text's effective date with one. */
const FULL_DATE = /\d{4}年\d{1,2}月\d{1,2}日/g;

const EFFECTIVE_DATE = /自(\d{4}年\d{1,2}月\d{1,2}日)起施行/;

/** What a document records of its own making beside its effective date. */
const ENACTMENT_WORD = /审议通过|审议批准|批准|发布|印发|公布|修订|修正|废止/;

/** How long a clause of the record may be to be quoted. */
const MAX_RECORD = 90;

/**
 * For a false effective date (本条例自X起施行): the first clause of the key's document, other than the statement's own, that
 * dates the text's adoption, issue or revision, or the text it repeals (2009年7月2日中共中央印发的《…（试行）》同时废止; a
 * 题注 “2003年12月23日中共中央政治局会议审议批准 …”), quoted with its 出处; the swapped-in date is said to be there when it is.
 * A learner who keeps the dates apart knows when the text took effect. Empty when the document records no such date.
 */
function enactmentRecord(index: CourseIndex, input: TrueFalseExplanationInput, to: string): string {
  const effective = EFFECTIVE_DATE.exec(input.statement ?? input.quoted);
  if (!effective || effective[1] !== input.original) return "";
  const document = index.documentTitle(input.key.located.module);
  let first: { clause: string; where: string } | null = null;
  for (const located of index.passages) {
    if (located.passage.kind !== "prose" || index.documentTitle(located.module) !== document) continue;
    const text = located.passage.text;
    for (const match of text.matchAll(FULL_DATE)) {
      if (match[0] === input.original) continue;
      const clause = recordClause(text, match.index!, match.index! + match[0].length);
      if (!clause || !balanced(clause) || !ENACTMENT_WORD.test(clause) || (clause.includes(input.original) && clause.includes("施行"))) continue;
      const found = { clause, where: placeInDocument(index, located, match.index! + match[0].length, input.key) };
      // The swapped-in date, where the document has it, is the one to tell apart.
      if (match[0] === to) return `题中的${mark(to)}见${found.where}：${evidence(clause)}，不是施行日期。`;
      first ??= found;
    }
  }
  if (first) return `${first.where}还记载：${evidence(first.clause)}，注意与施行日期区分。`;
  // Else what the effective-date article rules with it: the texts it overrides (此前发布的…凡与本条例不一致的，按照本条例执行).
  const own = sentenceAt(input.key.located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  const next = own ? input.key.located.passage.sentences.find((sentence) => sentence.start >= own.end) : undefined;
  const rule = next && closedNumbers(next.text.trim());
  return rule && rule.length <= MAX_RECORD && /施行|执行|废止|适用/.test(rule) ? `${placeInDocument(index, input.key.located, input.key.offset, input.key)}同时规定：${evidence(rule)}。` : "";
}

/**
 * The clause of a record around a date: to the next full stop or semicolon, from the last one; within a 题注 (in
 * parentheses, its entries apart by spaces: “2003年12月23日中共中央政治局会议审议批准 2003年12月31日中共中央发布”) the entry.
 */
function recordClause(text: string, at: number, end: number): string | null {
  let from = Math.max(...["。", "；", "\n"].map((stop) => text.lastIndexOf(stop, at))) + 1;
  const rest = /[。；\n]/.exec(text.slice(end));
  let to = rest ? end + rest.index : text.length;
  const sentence = text.slice(from, to).trim();
  if (/^（[^）]*\d{4}年[^）]*[\s\u3000]\d{4}年/.test(sentence)) {
    from = Math.max(...["（", " ", "\u3000"].map((stop) => text.lastIndexOf(stop, at))) + 1;
    to = end + (/[）\s\u3000]|$/.exec(text.slice(end))?.index ?? 0);
  }
  const clause = closedNumbers(withoutArticleLead(text.slice(from, to).trim()).trim());
  return clause.length > end - at && clause.length <= MAX_RECORD ? clause : null;
}

/** A time limit a rule sets (12个月内, 15个工作日内, 3年): its unit. */
const TIME_LIMIT = /[\d一二两三四五六七八九十百]+(?:个工作日|个月|工作日|年|日|天)(?:内|以内|之内)/g;

/**
 * The other step of the key's rule: another time limit the key's sentence sets in a clause the statement does not show
 * (自收到…之日起60个工作日内报送整改方案，并且自整改方案报送之日起12个月内报送整改情况报告), quoted as the same rule's next
 * deadline. Empty when the sentence sets no other.
 */
function otherStepOfRule(input: TrueFalseExplanationInput): string {
  const passage = input.key.located.passage;
  // A key cut before its noun (60个 of 60个工作日) is read with it.
  const counted = input.original + (/^(?:工作日|月)/.exec(passage.text.slice(input.key.offset))?.[0] ?? "");
  if (!/(?:个工作日|个月|工作日|年|日|天)$/.test(counted)) return "";
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  if (!own) return "";
  const shown = input.statement ?? input.quoted;
  for (const match of own.text.matchAll(TIME_LIMIT)) {
    const at = own.start + match.index!;
    if (at === input.key.offset - input.original.length || NUMERAL.test(passage.text[at - 1] ?? "")) continue;
    const clause = commaClauseAround(passage.text, at, at + match[0].length, false);
    if (!clause || shown.includes(clause) || clause.length > MAX_OPTION_QUOTE || !RULE_NUMBER_WORD.test(clause)) continue;
    return `同一句接着规定${evidence(clause)}，注意与此处的${mark(input.original)}区分。`;
  }
  return "";
}

/**
 * What the key's rule binds, taught where the course says what it is: the thing the statement ends on (介绍人 of 要有两名
 * 正式党员作介绍人, 党的基层组织 of 都应当成立党的基层组织) met in another sentence of the course that opens on it with a verb of
 * rule or definition and stands alone (saysWhatKeyIs: 介绍人要认真了解申请人的思想、品质、经历和工作表现…). Empty when the
 * course says nothing more of it.
 */
function ruledSubjectTaught(index: CourseIndex, input: TrueFalseExplanationInput): string {
  const statement = (input.statement ?? input.quoted).replace(/[。；，]+$/, "");
  // The thing counted: the number's own clause when it ends on it (要有两名正式党员作介绍人), else the statement's end.
  const at = statement.indexOf(input.original);
  const clauseEnd = statement.slice(at).search(/[，；]/);
  const own = at >= 0 && clauseEnd > 0 ? statement.slice(0, at + clauseEnd) : statement;
  const ruled = own.endsWith("的") ? statement : own;
  return thingTaught(index, input, ruled, statement);
}

function thingTaught(index: CourseIndex, input: TrueFalseExplanationInput, ruled: string, statement: string): string {
  const words = taggedSpans(ruled);
  const end = words[words.length - 1];
  if (!end || !/^n/.test(end.tag)) return "";
  const before = words[words.length - 2];
  // The noun phrase ending the clause, longest first (党的基层组织 before 基层组织), whole words only; a one-character
  // noun closes a word with the one before it (介绍 + 人).
  const forms = [before && before.word !== "的" ? before.word + end.word : "", end.word].filter((form) => form.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(form) && index.count(form) >= 2);
  const own = sentenceAt(input.key.located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  for (const form of forms) {
    // Any sentence but the statement's own: the next paragraph of the same article often says what the thing is.
    const found = teachingPlaces(index, form).find(
      ({ located, at, whole }) => !(located.passage.id === input.key.located.passage.id && own && own.start <= at && at < own.end) && !statement.includes(whole.replace(/。$/, "")) && saysWhatKeyIs(whole, form),
    );
    if (found) return `原文还讲到${mark(form)}：${evidence(found.whole)}（${passageCitation(index, found.located, found.at + form.length)}）。`;
  }
  return "";
}

/**
 * The other side of the key's threshold: a part of the key's sentence, after a semicolon and not shown in the statement,
 * that rules on the same number (…不满六个月又自动回归的，给予撤销党内职务或者留党察看处分；脱离组织出走时间超过六个月的，按照
 * 自行脱党处理) — what the number divides. Empty when the sentence has no such part.
 */
function thresholdOtherCase(input: TrueFalseExplanationInput): string {
  const passage = input.key.located.passage;
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  if (!own) return "";
  const shown = input.statement ?? input.quoted;
  const keyAt = input.key.offset - input.original.length - own.start;
  let from = 0;
  for (const part of own.text.split("；")) {
    const start = from;
    from += part.length + 1;
    const body = withoutArticleLead(part).replace(/[。]$/, "").trim();
    if ((start <= keyAt && keyAt < start + part.length) || shown.includes(body) || body.length > MAX_QUOTE) continue;
    const at = body.indexOf(input.original);
    if (at < 0 || NUMERAL.test(body[at - 1] ?? "") || NUMERAL.test(body[at + input.original.length] ?? "")) continue;
    return `同一句接着规定：${evidence(body)}。`;
  }
  return "";
}

/** A word of a rule's consequence: what is done once the rule's condition is met. */
const CONSEQUENCE_WORD = /应当|必须|予以|给予|除名|处理|追究/;

/**
 * What the key's rule leads to: the sentence right after the key's, in the same article, that points back at it (ANAPHORA) and
 * rules what follows (党员…连续六个月不参加党的组织生活…就被认为是自行脱党。支部大会应当决定把这样的党员除名，并报上级党组织
 * 批准) — what the right number governs. Empty when the next sentence is another rule, or there is none.
 */
function ruleConsequence(input: TrueFalseExplanationInput): string {
  const passage = input.key.located.passage;
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  const next = own ? passage.sentences.find((sentence) => sentence.start >= own.end) : undefined;
  if (!next || articleLead(next.text.trim()) !== null) return "";
  const whole = next.text.trim().replace(/[。；]+$/, "").trim();
  if (whole.length > MAX_QUOTE || !ANAPHORA.test(whole) || !CONSEQUENCE_WORD.test(whole) || (input.statement ?? input.quoted).includes(whole)) return "";
  return `同一处原文接着规定其后果：${evidence(whole)}。`;
}

/**
 * The same article's other case of the key's count: another sentence of the key's passage stating a count of the same
 * unit about the same thing (four characters of the statement before the number: 留党察看处分，分为留党察看一年、留党察看二年
 * beside 留党察看期限最长不得超过二年). Empty when there is none.
 */
function sameArticleCase(input: TrueFalseExplanationInput): string {
  const unit = input.original.replace(QUANTITY_NUMBER, "");
  if (!unit || !QUANTITY_KEY.test(input.original) || /\d{4}年/.test(input.original)) return "";
  const statement = input.statement ?? input.quoted;
  const lead = statement.slice(0, Math.max(0, statement.indexOf(input.original)));
  const passage = input.key.located.passage;
  const own = sentenceAt(passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  // A count, not a year (2018年) nor part of a longer number.
  const count = new RegExp(`(?<![\\d.])(?:\\d{1,3}|[一二两三四五六七八九十百]+)${escapeRegExp(unit)}`);
  for (const sentence of passage.sentences) {
    if (own && sentence.start === own.start) continue;
    const whole = withoutArticleLead(sentence.text.trim()).trim();
    if (whole.length > MAX_QUOTE || !count.test(whole) || ANAPHORA.test(whole)) continue;
    const shares = [...Array(Math.max(0, lead.length - 3)).keys()].some((at) => /^[\u4e00-\u9fa5]{4}$/.test(lead.slice(at, at + 4)) && whole.includes(lead.slice(at, at + 4)));
    if (shares) return `同一处原文还规定：${evidence(whole)}。`;
  }
  return "";
}

/** A key that is a year, or a year and month (1949年12月), not a full date: the event it dates is told by its year. */
const YEAR_KEY = /^(\d{4})年(?:\d{1,2}月)?$/;

/**
 * For a year: the title of a part above the key that names it (三、改革开放和社会主义现代化建设新时期（1978年—党的十八大）):
 * the year opens or closes the period the course is set out by. Empty when no title names it.
 */
function yearTitled(index: CourseIndex, input: TrueFalseExplanationInput): string {
  const year = YEAR_KEY.exec(input.original)?.[1];
  if (!year) return "";
  const titled = index.sectionPath(input.key.located.section.id).find((section) => new RegExp(`(?<!\\d)${year}(?!\\d)`).test(section.title) && /[—–\-－~～至到]/.test(section.title));
  if (!titled) return "";
  const title = titled.title.trim();
  const end = title.search(/[—–\-－~～至到]/) < title.indexOf(year) ? "终点" : "起点";
  return `本部分标题${quoted(title)}以${mark(input.original)}为这一时期的${end}。`;
}

/**
 * For a year: another sentence of the key's own part (its section) that states the same year — the event the year is
 * remembered by, told once more (1921年7月，党的一大通过中国共产党第一个纲领…) — quoted whole (teachingSentence's clause),
 * at most MAX_QUOTE characters. Empty when there is none.
 */
function yearNearby(index: CourseIndex, input: TrueFalseExplanationInput): string {
  const year = YEAR_KEY.exec(input.original)?.[0].replace(/\d{1,2}月$/, "");
  if (!year) return "";
  const own = sentenceAt(input.key.located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  for (const passage of input.key.located.section.passages) {
    if (passage.kind !== "prose") continue;
    for (const sentence of passage.sentences) {
      if (passage.id === input.key.located.passage.id && own && sentence.start === own.start) continue;
      const at = sentence.text.indexOf(year);
      if (at < 0 || /\d/.test(sentence.text[at - 1] ?? "")) continue;
      // The part of the sentence (between semicolons) that dates its event by the year.
      const part = sentence.text.split("；").find((piece) => piece.includes(year)) ?? sentence.text;
      const whole = withoutArticleLead(part.trim().replace(/。$/, "")).replace(SENTENCE_LEAD, "").trim();
      if (whole.length > MAX_QUOTE) continue;
      return `同一部分还讲到：${evidence(whole)}。`;
    }
  }
  return "";
}

/**
 * For a 判断: where the key's document states `number` as a count of the same kind as the key (numberPlaces, then
 * sameCountFrame: 不超过10天 and 不超过2天; 1个月内 and 3个月内 — not a count of something else, 留党察看一年 beside
 * 判处三年以上有期徒刑), never in the statement's own sentence: the swapped-in number (`「1个月」出自第二十一条：“…”，
 * 不要与本句混淆`) or the key again in another rule. The frame is read in the statement as the source says it. Null when
 * the document does not state it so.
 */
export function sameCountPlace(context: ExplainContext, input: TrueFalseExplanationInput, number: string, alike = false): { clause: string; where: string } | null {
  const statement = input.statement ?? input.quoted;
  for (const found of numberPlaces(context.index, number, input.key, input.original.length)) {
    const sentence = sentenceAt(found.located.passage, found.start, found.end);
    if (!sentence || !sameCountFrame(statement, input.original, found.located.passage.text, found.start, number)) continue;
    if (alike && !sameBoundWording(statement, input.original, found.located.passage.text, found.start)) continue;
    // The clauses around the number, with the clause before when the window opens leaning on it (并在免去兼任职务后…).
    const window = clauseWindow(sentence, found.start, found.end, 50);
    const leaning = LEANING_START.test(window.text) ? leanedOn(sentence, window) : window.text;
    // A clause that stops on the count (应当在搬入新办公用房后1个月内) never says what the count is for: the clause after it is
    // quoted with it, or the contrast is left out (readers, stop 39: "cut off mid-clause").
    const clause = endsOnCount(leaning, number) ? withClauseAfter(sentence.text, leaning) : leaning;
    if (!clause || clause.length > MAX_QUOTE) continue;
    if (!sameCountedThing(statement, input.original, found.located.passage.text, found.start)) continue;
    if (saidAsFigure(clause, number) || !balanced(clause) || ITEM_INSIDE.test(clause)) continue;
    return { clause, where: placeInDocument(context.index, found.located, found.end, input.key) };
  }
  return null;
}

/**
 * A list item's marker inside a clause (开除其党籍；（二）除前项规定的情况外…): the clause runs across two items of a list
 * and quotes the end of one with the start of another, which reads as garbled (readers, stop 38).
 */
const ITEM_INSIDE = /.[（(][一二三四五六七八九十]+[）)]/;

/**
 * Whether another rule sets the key's own number as the key's rule sets it: the same character right before and right after
 * it (在24小时内 beside 在24小时内), or a floor both (二人以上进行 beside 不得少于二人). A condition's threshold
 * (时间超过六个月，情节较重的) is no rule like a deadline (办理期限最长不得超过六个月) nor like another condition
 * (出走时间超过六个月的): quoted as "同样规定", it is an unrelated sentence that only shares the number (readers, stop 38).
 */
function sameBoundWording(text: string, number: string, other: string, otherAt: number): boolean {
  const at = text.indexOf(number);
  if (at < 0) return false;
  const around = (words: string, from: number) => [words[from - 1] ?? "", words[from + number.length] ?? ""];
  const [before, after] = around(text, at);
  const [otherBefore, otherAfter] = around(other, otherAt);
  return (before !== "" && before === otherBefore && after !== "" && after === otherAfter) || (lowerBound(text, at, number) && lowerBound(other, otherAt, number));
}

/** Whether a quoted clause ends on its count and the count's suffix (…后1个月内, …不超过5人): what the count is for is after it. */
function endsOnCount(clause: string, number: string): boolean {
  const at = clause.lastIndexOf(number);
  return at >= 0 && /^[内以前后起上]{0,2}[，；：]?$/.test(clause.slice(at + number.length));
}

/** A clause of `sentence` with the clause after it, or null when it is the sentence's last clause. */
function withClauseAfter(sentence: string, clause: string): string | null {
  const trimmed = clause.replace(/[，；：]$/, "");
  const at = sentence.indexOf(trimmed);
  if (at < 0) return null;
  const end = at + trimmed.length;
  if (!/^[，；：]/.test(sentence.slice(end))) return null;
  const next = sentence.slice(end + 1).search(/[，；：。]/);
  return sentence.slice(at, next < 0 ? sentence.length : end + 1 + next).replace(/[。，；：]$/, "");
}

/** Bounds said before a count (人数不超过300人, 记者一般不超过5人, 不得少于二人). */
const BOUND_BEFORE = /(?:一般|原则上|最多|均)?(?:不得|不)?(?:超过|少于|多于)$|(?:至少)$/;

/**
 * Whether two bounded counts that are no length of time count the same thing: the two characters before their bound
 * (人数不超过300人 is a meeting's size, 工作人员不超过40人 a delegation's staff; 记者一般不超过5人 and 工作人员总数原则上不超过50人
 * are reporters and staff). A cap on another thing is another subject, and contrasting it misleads (readers, stop 39:
 * "an unrelated 40人 figure that nothing in the statement could be confused with"). Deadlines (1个月内 beside 3个月内)
 * and counts said without a bound keep sameCountFrame's judgement.
 */
function sameCountedThing(text: string, number: string, other: string, otherAt: number): boolean {
  const at = text.indexOf(number);
  if (at < 0 || countsTime(text, at, number)) return true;
  const thing = (words: string, from: number): string | null => {
    const before = words.slice(Math.max(0, from - 16), from);
    const bound = BOUND_BEFORE.exec(before);
    return bound ? before.slice(0, bound.index).replace(/[，；：、（）()]/g, "").slice(-2) : null;
  };
  const own = thing(text, at);
  const others = thing(other, otherAt);
  return own === null || others === null || own === others;
}

/** Whether a count is a length of time (6个月, 15个工作日, 2年, 10天). */
function countsTime(text: string, at: number, number: string): boolean {
  return /^个?(?:工作日|月|年|日|天|小时|周|星期)/.test(number.replace(QUANTITY_NUMBER, "") + text.slice(at + number.length, at + number.length + 3));
}

/** A clause window that opens leaning on the clause before it, with that clause. */
function leanedOn(sentence: { text: string; start: number }, window: { text: string; start: number }): string {
  const at = window.start - sentence.start;
  const from = sentence.text.lastIndexOf("，", at - 2) + 1;
  return sentence.text.slice(from, at + window.text.length);
}

/**
 * Whether a 判断's number may be changed to `other` with a 解析 that says where `other` stands: the key's document states it
 * as a count of the statement's kind (sameCountPlace), so the falsehood is another rule's number, told apart.
 */
export function swappedNumberStated(context: ExplainContext, input: { original: string; key: KeyPlace; statement: string }, other: string): boolean {
  return sameCountPlace(context, { original: input.original, change: null, key: input.key, quoted: input.statement, statement: input.statement }, other) !== null;
}

/** sameCountPlace said as where the swapped-in number comes from; empty when there is none. */
function sameCountElsewhere(context: ExplainContext, input: TrueFalseExplanationInput, other: string): string {
  const found = sameCountPlace(context, input, other);
  return found ? `${mark(other)}出自${found.where}：${evidence(found.clause)}，不要与本句混淆` : "";
}

/** What may follow a count of one kind (1个月内, 三年以上, 2天前). */
const COUNT_SUFFIX = /^[内以前后起]/;

/**
 * Whether two numbers are counts of one kind: the two characters before them are the same (不超过10天, 不超过2天), or
 * the character after is the same limit (1个月内, 3个月内).
 */
export function sameCountFrame(text: string, number: string, other: string, otherAt: number, otherNumber: string): boolean {
  const at = text.indexOf(number);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + number.length, at + number.length + 1);
  const otherBefore = other.slice(Math.max(0, otherAt - 2), otherAt);
  const otherAfter = other.slice(otherAt + otherNumber.length, otherAt + otherNumber.length + 1);
  return (before.length === 2 && before === otherBefore) || (COUNT_SUFFIX.test(after) && after === otherAfter) || (sameUnit(number, otherNumber) && lowerBound(text, at, number) && lowerBound(other, otherAt, otherNumber));
}

/** Two counts of one unit (二人, 两人): the same last character, after a numeral. */
function sameUnit(number: string, other: string): boolean {
  const unit = number.replace(QUANTITY_NUMBER, "");
  return unit !== "" && unit === other.replace(QUANTITY_NUMBER, "");
}

/**
 * Whether a count is a least number, however said: 二人以上进行 and 不得少于二人 set the same floor (a 暗访 by 二人以上
 * beside 接待来访…一般不得少于二人).
 */
function lowerBound(text: string, at: number, number: string): boolean {
  return /(?:不少于|不得少于|至少)$/.test(text.slice(Math.max(0, at - 4), at)) || /^以上/.test(text.slice(at + number.length));
}
