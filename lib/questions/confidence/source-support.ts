import type { CourseIndex } from "../course-index";
import { vocabularyClassOf } from "../party-vocabulary";
import { isNamedInCourse, judgeTarget } from "../target-importance";
import { taggedSpans } from "../term-quality";
import type { Candidate } from "../types";
import { setsRules, speaksOfItself } from "../kind-policy";

/**
 * Support in the source: whether the sentence states a fact a learner can know (not rhetoric or an
 * evaluation), whether a definition defines, and what kind of document (normative, personal) says it.
 */

export function speakerInTitle({ question, evidence }: Candidate, index: CourseIndex): boolean {
  const module = index.module(question.moduleId);
  const titles = module ? [index.documentTitle(module), module.title] : [];
  return evidence.answers.some((speaker) => speaker.length >= 2 && titles.some((title) => title.includes(speaker)));
}

/**
 * The writer speaking of themself (我), outside quotations: not 我国/我党/我们/我驻…, which speak for a
 * country or a body, nor 自我 (自我批评, 自我革命). 本人 is left out: regulations use it of the person a rule
 * names (向…党员及其本人宣布).
 */
const FIRST_PERSON = /(?<!自)我(?![国党们省市区县乡镇村校院军方委局厅部司处所驻])/;

const QUOTED = /“[^”]*”|「[^」]*」/g;

/** A shortcoming admitted (但…不够, 还存在差距, 有待提高, 不足之处). */
export const SHORTCOMING = /(?:但|还|仍|尚)[^。；]*(?:不够|不足|欠缺|差距|有待)/;

/** Whether a text speaks in the writer's own first person outside what it quotes. */
export function speaksOfWriter(text: string): boolean {
  return FIRST_PERSON.test(text.replace(QUOTED, ""));
}

/**
 * The kind of text a module comes from, as the gate reads it: one that sets rules, a personal account, or neither. Both
 * are read off the document's kind (lib/content/document-kind.ts, DocumentReport.kind) by kind-policy.ts: one reading of
 * what a document is, not two (stop 37).
 */
export function documentKindOf(moduleId: string, index: CourseIndex): { normative: boolean; personal: boolean } {
  const module = index.module(moduleId);
  if (!module) return { normative: false, personal: false };
  const kind = index.documentKind(module);
  return { normative: setsRules(kind), personal: speaksOfItself(kind) };
}

/** Nouns of a figure of speech ending a 是-clause or its first item (试金石、风向标; 领头雁). Not 生命线: 群众路线是党的生命线 is doctrine. */
const FIGURE_NOUN = "(?:试金石|风向标|晴雨表|领头雁|压舱石|定盘星|主心骨|排头兵|火车头|助推器|催化剂|磨刀石|试验田|加油站|指南针|金钥匙|顶梁柱)";

export const FIGURE_OF_SPEECH = new RegExp(`${FIGURE_NOUN}(?:$|、)`);

/** The word a definition question asks about: 什么是X？, 简述X的地位和作用。 or 简述X的地位。 */
export const DEFINED = /(?:什么是(.+)？|简述(.+)的地位(?:和作用)?。)$/;

/** A 是-predicate that gives a thing's standing, not its content (…之策, …的关键, …的重要保证, …的组织基础). */
// An evaluation is no definition either (大学时期是价值观养成的关键阶段, 国营企业是社会主义经济的骨干力量): it ranks X
// among its kind, a learner asked what X is would not give it (stop 32).
export const STANDING_PREDICATE = /^(?:[^，；。]*(?:之策|之本|之基|的关键|的根本|的保证|的保障|的基础|组织基础|的前提|的核心|的灵魂|的命脉|的法宝|的重要内容|的重要举措|的重要途径|的重要标志|(?:关键|骨干|中坚|主力|主要|重要|决定性)(?:阶段|时期|力量|障碍|因素|环节)))$/;

/** A predicate opening on a short label and a colon (新民主主义文化是科学的：…): one attribute of X, set out as a note's line, not what X is. */
export const ATTRIBUTE_LABEL = /^[^，；。：:]{1,8}[：:]/u;

/** A 是-predicate that opens on its context (是相关…, 是上述…, 是该…): the stem does not say what it points at. */
export const CONTEXT_PREDICATE = /^(?:相关|有关|上述|前述|该|此)/;

/**
 * A predicate that weighs rather than states: a role (是…的重要保障, 根本保证, 重要内容) or a superlative of
 * the subject's own word (动摇是最危险的动摇). Not a rank of record (政治纪律是党最根本、最重要的纪律).
 */
export const EVALUATIVE_PREDICATE = /是[^，。；：]*(?:重要|根本|基本)(?:保障|保证|内容|基础|前提|条件|途径|手段|举措|方式|环节)|([\u4e00-\u9fff]{2})是最[^，。；：]*的\1/;

/** A predication a learner can know to be so or not: X是Y, X成为Y, X设在Y, X负有/承担/负责 Y, X属于/包括 Y. */
const FACT_PREDICATE = /是|成为|设在|负有|承担|负责|实行|作为|属于|包括/;

/**
 * In a rule-setting text, a rule of who does or decides what is a fact of record too (委员出缺，由候补委员…依次递补; 组长由
 * 纪委书记担任; 在…双重领导下进行工作; 定期向全体会议报告工作; 向…全面派驻纪律检查组): another body or act makes it false.
 */
const NORMATIVE_FACT_PREDICATE = /由[^，。；]{2,30}?(?:担任|决定|递补|制定|召集|主持|批准|任命|审批|领导|指导|解释)|在[^，。；]{2,40}领导下|向[^，。；]{2,30}(?:报告工作|派驻|负责)|继续主持|登记至/;

/** A predicate an essay argues with (更是, 正是, 就…成为): rhetoric that nobody marks false, not a fact stated. */
const RHETORICAL_PREDICATE = /[更正也就才都乃](?:是|十分自然地成为|成为)/;

/**
 * True 判断 that readers kept state a fact of the course (政治纪律是党最根本、最重要的纪律; 办公室设在中央纪律检查委员会);
 * those they discarded narrated (随着…出现了…), described (人民利益包含着非常丰富的内容) or said of the party
 * what every text says of it (中国共产党是一个靠群众工作起家的党). In an essay or study notes, where most
 * such sentences are the author's argument (党和人民群众的关系是鱼水关系、血肉关系; 民主执政…更是…的表现),
 * the subject must be a term the course names or the lexicon knows, or a person's word (江泽民同志提出).
 */
export function statesAFact(stem: string, index: CourseIndex, normative: boolean): boolean {
  const match = FACT_PREDICATE.exec(stem) ?? (normative ? NORMATIVE_FACT_PREDICATE.exec(stem) : null);
  if (!match || RHETORICAL_PREDICATE.test(stem)) return false;
  const subject = stem.slice(0, match.index).replace(/[，、：“”]/g, "");
  if (subject.length === 0 || judgeTarget(subject, index) === "actor") return false;
  if (normative) return true;
  const head = subject.replace(/的.*$/, "");
  return vocabularyClassOf(subject) !== null || vocabularyClassOf(head) !== null || isNamedInCourse(subject, index) || isNamedInCourse(head, index) || hasPersonName(subject);
}

function hasPersonName(text: string): boolean {
  return taggedSpans(text).some((word) => word.tag === "nr");
}
