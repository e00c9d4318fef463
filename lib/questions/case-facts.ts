/**
 * Warning-education material (警示教育): the discipline bodies' notices of typical cases (公开通报…违反中央八项规定精神典型问题),
 * typical-case lists, 案例剖析 readings, 忏悔录 excerpts. What a learner is to take from them is the kinds of violation and the
 * rule each breaks, the kinds of sanction and the lesson the notice draws; the person named, his post and place, and the
 * dates and sums of one case are not knowledge (issue #16, stop 36). This module says which documents are of that kind and
 * which of their sentences tell one case.
 */
import { COMMON_SURNAME } from "@/lib/content/text/surnames";
import type { CourseIndex } from "./course-index";
import { perCourse } from "./course-memo";

/** A year, or a year told from another (同年, 次年): one case's time, not a rule's. */
const CASE_YEAR = /(?:19|20)\d{2}年|同年|次年|当年/;

/** What a case tells of its person: the conduct found and what was done to him. */
const CASE_CONDUCT =
  /\d[\d.]*万?余?元|私营企业主|管理(?:和)?服务对象|收受|接受[^，。；]{0,16}(?:宴请|安排|礼|旅游|活动)|违规|借用|占用|套取|挪用|侵占|报销|吃喝|宴请|旅游|高尔夫|礼金|礼品|红包|购物卡|公款|公车|贪污|受贿|行贿|猥亵|体罚|骚扰|判处|罚金|留置|审查调查|立案|开除|处分|移送|清退|收缴|退赔|免职|撤职|诫勉/;

/** A masked person (徐某某, 樊某某, 马某): a case's actor whose name the notice withholds. Not 某公司, 某些. */
const MASKED_PERSON = new RegExp(`[\u4e00-\u9fff]某某|${COMMON_SURNAME}某(?![某些种项个类地处方面公单])`, "u");

/** A person's own words in a case: a confession quoted (坦言：“我…”, 在忏悔书中写道：“…”). */
const CONFESSION = /(?:坦言|忏悔[书录]?中?写道|忏悔道|交代|反思道|悔恨地说)[：:，]?\s*“|(?:^|[“‘，。；：])我(?![们国党军校市省县区局院部])/;

/** A biography's list of posts held (曾任…乡组织委员、党委副书记；…): who one case's person was. */
const POSTS_HELD = /(?:^|[，。；])曾任/;

/**
 * The persons a document's cases are about, read from how notices and case studies name them: a name opening a clause and
 * followed by the case's close or a biography (朵海生还存在其他严重违纪违法问题, 曾廷富受到党内严重警告处分,
 * 高燕文，男，1975年11月出生).
 */
const PROTAGONIST = /(?:^|[。；，,：:\s])([\u4e00-\u9fff]{2,3}?)(?:还存在其他|被开除党籍|被开除公职|受到[^，。；]{0,14}处分|，[男女]，|，(?:19|20)\d{2}年\d{1,2}月出生)/gu;

/** Words that open a clause like a name but are not one (本人, 其本人, 该同志). */
const NOT_A_NAME = /^(?:本人|其本|该同|同志|干部|党员|个人|此外|同时|其中|相关|有关|对其|并且|而且)$/;

export type CaseMaterial = { names: string[] };

/** The persons named as the subjects of a document's cases. */
export function caseProtagonists(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PROTAGONIST)) {
    const name = match[1]!;
    if (!NOT_A_NAME.test(name) && !/^[其该此本]/.test(name)) names.add(name);
  }
  return [...names];
}

/**
 * Whether a sentence of case material tells one case rather than a lesson or a rule: it names a case's person (or a
 * masked one), quotes his confession, or dates conduct or a sanction (2013年至2020年，多次接受…宴请).
 */
export function tellsCaseFact(sentence: string, names: readonly string[] = []): boolean {
  if (names.some((name) => sentence.includes(name))) return true;
  if (MASKED_PERSON.test(sentence) || CONFESSION.test(sentence) || POSTS_HELD.test(sentence)) return true;
  return CASE_YEAR.test(sentence) && CASE_CONDUCT.test(sentence);
}

/** Each module's case material (its cases' persons), or nothing when its document is not case material. */
export const caseMaterials = perCourse((index: CourseIndex): Map<string, CaseMaterial | null> => {
  const textBySource = new Map<string, string[]>();
  for (const { module, passage } of index.passages) {
    const texts = textBySource.get(module.source) ?? [];
    texts.push(passage.text);
    textBySource.set(module.source, texts);
  }
  // Which documents are case material the document-kind reader says (lib/content/document-kind.ts): a case title, or
  // sanctions narrated in dated sentences.
  const bySource = new Map<string, CaseMaterial | null>();
  const byModule = new Map<string, CaseMaterial | null>();
  for (const module of index.modules) {
    if (byModule.has(module.id)) continue;
    let material = bySource.get(module.source);
    if (material === undefined) {
      material = index.documentKind(module).kind === "case-material" ? { names: caseProtagonists((textBySource.get(module.source) ?? []).join("\n")) } : null;
      bySource.set(module.source, material);
    }
    byModule.set(module.id, material);
  }
  return byModule;
});
