import type { CourseIndex } from "../course-index";
import { ANSWER_KEY_LEAD, redundantLabel } from "../source-text";
import { taggedSpans } from "../term-quality";
import type { Candidate, Question } from "../types";

/**
 * Where a stem was cut from its sentence: its head left out, its tail stopped before the verb or the
 * consequence, a list cut short though shown whole, a clause left open.
 */

/** What may stand before a statement without being part of it: quotation marks, an article number, a list marker (and an answer key's lead, ANSWER_KEY_LEAD). */
const LEAD_MARKS = /^[\s“‘"]*(?:第[一二三四五六七八九十百零〇]+条|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])?[\s“‘"]*/;

/** Whether the statement the stem is made of starts inside its sentence, leaving words of the sentence's head out. */
export function headCutOff({ question, evidence }: Candidate, index: CourseIndex): boolean {
  if (!question.passageId || !question.span || evidence.sentence === null) return false;
  const sentence = index.passage(question.passageId)?.passage.text.slice(question.span.start, question.span.end);
  const at = sentence?.indexOf(evidence.sentence) ?? -1;
  if (!sentence || at <= 0) return false;
  const lead = sentence.slice(0, at).replace(ANSWER_KEY_LEAD, "").replace(LEAD_MARKS, "");
  // A note's label the sentence says again (精神实质：…精神实质是…) was left out as scaffolding, not as the sentence's head.
  const before = lead.slice(redundantLabel(lead + sentence.slice(at)));
  return /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(before);
}

/** A clause that only fronts an object (对…的言行, 关于…的问题): its verb is yet to come. */
const PREPOSED_OBJECT = /^(?:对于?|关于|针对)[^，；：]*的[\u4e00-\u9fff]{1,4}$/;

/** The sentence of its passage a question's span starts in. */
export function sourceSentence(question: Question, index: CourseIndex): { text: string } | undefined {
  if (!question.passageId || !question.span) return undefined;
  const { start } = question.span;
  return index.passage(question.passageId)?.passage.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
}

/** Whether the stem stops before its sentence does, on a clause that waits for its verb. */
export function tailCutBeforeVerb({ question }: Candidate, index: CourseIndex): boolean {
  const sentence = sourceSentence(question, index);
  if (!sentence) return false;
  const last = question.stem.replace(/[。！？”]+$/, "").split(/[，；：]/).pop() ?? "";
  if (last.length < 2 || /_{2,}|（　）/.test(last)) return false;
  const at = sentence.text.lastIndexOf(last);
  if (at < 0 || !/[\u4e00-\u9fff]/.test(sentence.text.slice(at + last.length))) return false;
  // A list closed by 等 whose sentence goes on (向中央纪委、（　）、审计署…以及…单位和部门等，[了解…情况]) is the object of a
  // verb the stem left out.
  if (/等$/.test(last)) return true;
  // A clause of 对…的言行 is the object a verb after it takes: the stem ends before saying what is done with it.
  // (A last clause without a verb the tagger sees is not enough: 讲话全文另发 reads whole, and readers kept it.)
  // A clause that is only a time to start from (即日起, 自今日起, 近日) waits for what starts then.
  return PREPOSED_OBJECT.test(last) || TIME_ONLY_CLAUSE.test(last);
}

/** A clause of a starting time alone (即日起, 从即日起, 自今日起, 近日): the action it dates is yet to come. */
const TIME_ONLY_CLAUSE = /^(?:自|从)?(?:即日|今日|今天|本日|近日|日前|当日|次日)起?$/;

/**
 * A lead that announces a list (主要目标是：, 重点内容包括, 着力点有：, 重点检查): what follows it is meant to be the whole list.
 * Not a lead of one thing (指导思想是：坚持…，全面贯彻…; 核心观点是：…): its clauses are one statement, not items.
 */
const LIST_LEAD = /(?:目标|内容|任务|重点|措施|要求|方面|着力点|表现|职权|职责|举措|途径|方式)(?:主要)?(?:是|为|有|包括)[：:]?(?!\s*“)|包括|重点检查|主要有/;

/**
 * Whether the stem keeps a list's lead and its first items but stops before its sentence does, the sentence going on with
 * more of the list (主要目标是：…，美丽河北建设取得更大进展，[平安河北建设达到更高水平]。; 重点检查遵守…，坚定理想信念，
 * [增强“四个意识”…等情况]): the stem shows part of a list as the whole of it (issue #16). A stem ending on 等 says the list goes on.
 */
export function listCutShownWhole({ question, evidence }: Candidate, index: CourseIndex): boolean {
  const sentence = sourceSentence(question, index);
  if (!sentence) return false;
  let blank = 0;
  const said = question.type === "TRUE_FALSE" && evidence.sentence !== null ? evidence.sentence : question.stem;
  const body = said.replace(/[。！？”]+$/, "").replace(/_{2,}|（　）/g, (marker) => evidence.answers[blank++] ?? marker);
  if (/等$/.test(body)) return false;
  const lead = LIST_LEAD.exec(body);
  if (!lead) return false;
  // The list runs over two clauses of the stem at least after its lead: one item cut is a sentence of its own.
  if (body.slice(lead.index + lead[0].length).split(/[，；、]/).filter((item) => item.length >= 2).length < 2) return false;
  const last = body.split(/[，；：]/).pop() ?? "";
  if (last.length < 2) return false;
  const at = sentence.text.lastIndexOf(last);
  if (at < 0) return false;
  // The sentence goes on with more of the list: another clause after a comma or semicolon.
  return /^[，；、][^。！？]*[\u4e00-\u9fff]{4}/.test(sentence.text.slice(at + last.length));
}

/** A verb that says what is to be done or what holds (要, 必须, 给予, 是 …): a clause led by 对… has its predicate once one follows. */
const RULING_VERB = /要|必须|应当|应该|应|须|给予|不得|严禁|是|实行|负责|予以|依照|按照/;

/**
 * Whether the stem is only the condition or the fronted object of its sentence, cut before what the
 * sentence rules about it: the sentence goes on to close the condition (…不力，给党组织造成…的，给予…处分),
 * or the stem opens with 对… and never says what is done (对…不抵制、不斗争，[…的坚决不用]).
 */
export function conditionCut({ question, evidence }: Candidate, index: CourseIndex): boolean {
  const sentence = sourceSentence(question, index);
  if (!sentence) return false;
  // The stem as the source says it: each blank filled with its answer.
  let blank = 0;
  // A 判断's statement is read as the source says it, before any change (evidence.sentence).
  const said = question.type === "TRUE_FALSE" && evidence.sentence !== null ? evidence.sentence : question.stem;
  const body = said.replace(/[。！？”]+$/, "").replace(/_{2,}|（　）/g, (marker) => evidence.answers[blank++] ?? marker);
  const last = body.split(/[，；：]/).pop() ?? "";
  if (last.length < 2 || /_{2,}|（　）/.test(last)) return false;
  const at = sentence.text.lastIndexOf(last);
  if (at < 0) return false;
  const rest = sentence.text.slice(at + last.length);
  if (!/[\u4e00-\u9fff]/.test(rest)) return false;
  // The sentence closes the condition after the stem, and the stem holds no ruling of its own (…的，依照…处理).
  if (/^(?:[，、][^。；！？]{0,40}?)?的[，；]/.test(rest) && !/的[，；]/.test(body) && !RULING_VERB.test(body)) return true;
  const opening = body.replace(/^在[^，]{2,30}中，/, "");
  // A purpose clause (为了…，根据…，结合…) puts the main clause last (…，制定本规则): a stem that stops before it has none.
  if (/^为了/.test(opening)) return true;
  return /^对(?!党忠诚)/.test(opening) && !RULING_VERB.test(opening.replace(/^对[^，；]*/, ""));
}

/** A short piece after the stem's last sentence end (…为人民服务。”近年来。, …的党。”反过来说。): a fragment of the next sentence. */
const TRAILING_FRAGMENT = /[。！？”][^。！？“”]{1,7}[。！？]$/;

/** The stem's last clause opens what the sentence never closes: 既 without 又/也, a clause ending in 时/之后/以前 or 的是, or a condition after ；. */
export function endsOpen(stem: string): boolean {
  const body = stem.replace(/[。！？”]+$/, "");
  const last = body.slice(Math.max(body.lastIndexOf("；"), body.lastIndexOf("，")) + 1);
  const both = body.lastIndexOf("既");
  // 不仅/不但 with no 而且, 还, 更 or 也 after it (…，不仅要关注…的违纪问题。) was cut before the clause it leads to (stop 28).
  const notOnly = Math.max(body.lastIndexOf("不仅"), body.lastIndexOf("不但"));
  // A condition after ； that the stem stops on (…；情节严重的。) waits for the ruling the next clause gives.
  const condition = /；([^，；。]{1,12})的$/.exec(body);
  // A last clause that is a preposition's phrase with no verb after it (…，以我们党良好的思想作风。) was cut before its verb.
  const words = taggedSpans(last);
  // (Not 以…为…, whose 为 is the verb, nor a clause the tagger cannot read.)
  const danglingPreposition =
    words.length >= 2 && words[0]!.tag === "p" && /^(?:以|通过|按照|依照|根据|在|对|为了|随着)$/.test(words[0]!.word) && !last.includes("为") && !words.slice(1).some((word) => /^[vx]/.test(word.tag));
  // A last clause that only names the means (…，通过参加集中学习、专题研讨、个人自学等方式。) was cut before what was done by them.
  const onlyMeans = /^(?:通过|采取|采用|利用|借助)[^，；]*(?:方式|形式|途径|办法|手段|渠道)$/.test(last);
  // A stem that is only a rule's condition (…脱离组织出走时间不满一个月又自动回归的。) names a case; it states nothing.
  const onlyCondition = /的$/.test(body) && !RULING_VERB.test(body) && !/为|属于/.test(last);
  return (both >= 0 && !/[又也]/.test(body.slice(both + 1))) || (notOnly >= 0 && !/而且|并且|还|更|也|同时/.test(body.slice(notOnly + 2))) || /(时|之时|之后|以后|以前|之前|的是|在于)$/.test(last) || afterAnAct(last) || TRAILING_FRAGMENT.test(stem) || condition !== null || onlyCondition || danglingPreposition || onlyMeans;
}

/**
 * A clause of time after an act (…常委会审议批准后, 经…充分沟通后), or of an approval (经本机关主要负责人批准),
 * which waits for what then happens or may be done.
 */
function afterAnAct(clause: string): boolean {
  const words = taggedSpans(clause);
  return (words.at(-1)?.word === "后" && /^v/.test(words.at(-2)?.tag ?? "")) || /^经[^，；]{2,24}(?:批准|同意|审批|决定|研究)$/.test(clause);
}
