/**
 * Positive evidence a question needs before it publishes, where the absence of known defects proved no guide (stop 39).
 *
 * A 单选 asking which of a set's sibling terms a sentence names (自觉接受党内监督和（　） among 群众监督, 舆论监督, 人大监督;
 * 加强党的思想建设、组织建设和（　）) is decidable only against the text that names it: another rule, speech or article
 * names another sibling in a like sentence, and a learner who knows that one can defend it (QUESTIONS.md criterion B).
 * Readers said so of the published ones whose stem named no text ("stem lacks the 条例 attribution, so 舆论监督 is also
 * defensible"). Measured on the tuning documents split in two fixed halves by a hash of their ids, the published term
 * 单选 whose stem named its document or article were usable 2 of 2 and 1 of 1; those whose stem named none, 5 of 8 and 5
 * of 11 (with the drafts: 60 % and 50 % against 38 % and 29 %). So a term 单选 publishes only when its stem, as
 * published, names its text: a rule-setting document's title the context lead puts before it (按照《…条例》，), a title
 * the sentence quotes itself, or an article number.
 *
 * A number of a rule is the same: readers failed true 判断 on deadlines whose stem named no regulation ("复议复查工作应当在
 * 3个月内办结 names neither the body nor the regulation, and other 复议 regimes set other limits"; 4 of the 7 non-usable
 * number 判断 of the second half), as they had number 单选 before stop 37 gave those the lead. So number 判断 and 单选
 * of a rule-setting text are led by and need their rule's name too.
 *
 * Only a rule-setting text's (setsRules) for now: a commentary's term 单选 without a named text were usable 2 of 6 too,
 * but three of the seeds' term 单选 would wait with too few labels to tell; a commentary's 填空 has its own evidence below.
 */
import { stemWithContext } from "./context-lead";
import type { CourseIndex } from "./course-index";
import { setsRules } from "./kind-policy";
import { isNamedInCourse } from "./target-importance";
import type { Candidate, Question } from "./types";

/** A document's title in 《》 (the blank may be it: 依照《（　）》追究纪律责任) or an article number (第三十二条). */
const NAMED_TEXT = /《[^《》]+》|第[一二三四五六七八九十百零〇\d]+条/;

/** Whether a stem names the text its sentence is of: a title in 《》 or an article number. */
export function namesItsText(stem: string): boolean {
  return NAMED_TEXT.test(stem);
}

/**
 * Whether a question's answer is one rule's, which the named text decides: a term 单选 (a sibling another rule names), a
 * number 单选 or 判断 (a deadline, count or term another rule sets otherwise for a like act: 1个月内 here, 3个月内 there).
 */
export function asksOfOneRule(question: Pick<Question, "type" | "focus">): boolean {
  return (question.type === "SINGLE_CHOICE" && question.focus === "term") || ((question.type === "SINGLE_CHOICE" || question.type === "TRUE_FALSE") && question.focus === "number");
}

/**
 * Whether a rule-setting text's question that needs its text named (asksOfOneRule) lacks it: its stem, with the lead the
 * bank gives it once chosen (context-lead.ts), names no document or article. TEXT_UNNAMED then.
 */
export function ruleUnnamed(question: Question, index: CourseIndex): boolean {
  if (!asksOfOneRule(question)) return false;
  const module = index.module(question.moduleId);
  if (!module || !setsRules(index.documentKind(module))) return false;
  return !namesItsText(stemWithContext(question, index));
}

/**
 * Whether a commentary's 填空 on a term lacks positive evidence that its key is the word to know (COMMENTARY_KEY_UNNAMED).
 *
 * A commentary (an essay, an interpretation, a signed article) writes in its own words: a blank on one of them is often
 * filled as well by another word the sentence allows (解放战争 for 淮海战役 in a narrative 从…到______), or is a word used in
 * passing that the 解析 can only gloss in a stock line beside the sentence's sense (科学发展观 under 统领, 少数服从多数 in
 * 简单地______也是不行的). The course vouches for a word when it names it — a member of a list, a heading-list item or a
 * section title (isNamedInCourse) — or sets it in quotation marks (“key”), and the stem vouches for the sentence when it
 * names the text it comes from (《…》, 第…条). Measured on the tuning documents split in two fixed halves by a hash of their
 * ids (stop 39, helper `gate`), a commentary's published term 填空 with such evidence were usable 13 of 13 and 10 of 11,
 * without it 11 of 18 and 4 of 10. A regulation's blanks need no such evidence (its sentence is the rule: 57/63 and 74/82
 * alike with and without), nor did a doctrine text's show any (too few labelled, and as usable without it).
 */
export function commentaryKeyUnnamed({ question, evidence }: Candidate, index: CourseIndex): boolean {
  if (question.type !== "FILL_BLANK" || question.focus !== "term" || evidence.answers.length === 0) return false;
  const module = index.module(question.moduleId);
  if (!module || index.documentKind(module).kind !== "commentary") return false;
  if (evidence.answers.every((answer) => isNamedInCourse(answer, index) || index.corpus.includes(`“${answer}”`))) return false;
  return !namesItsText(stemWithContext(question, index));
}
