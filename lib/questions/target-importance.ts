import { normalizeAnswer } from "./normalize-answer";
import type { CourseIndex } from "./course-index";
import { perCourse } from "./course-memo";
import { vocabularyClassOf } from "./party-vocabulary";
import { taggedSpans } from "./term-quality";

/**
 * The actors every party-building text names (the party, the people, the masses). Whatever the
 * course, a question whose key is one of them tests nothing; the course-relative measure below
 * catches the rest.
 */
const COMMON_ACTORS = new Set([
  "中国共产党", "共产党", "党", "人民群众", "群众", "人民", "广大群众", "广大人民群众", "党群关系", "党员", "党组织", "党员干部", "领导干部", "共产党员", "共产党人", "人民大众", "我们", "我党", "党中央",
  // The people named whole (不断加强______包括香港特别行政区同胞…的团结: 全国人民): 全国各族人民 and 中华儿女 fit as well.
  "全国人民", "全国各族人民", "全体人民", "广大人民", "老百姓", "百姓", "民众",
]);

/** A term found in at least this share of the course's prose passages is a word of the whole course, not a fact. */
const GENERIC_PASSAGE_SHARE = 0.15;
/** … and in at least this many passages (in a short course every word is in a large share of few passages). */
const GENERIC_MIN_PASSAGES = 4;
/** With this many documents or more, a term in more than half of them is the course's theme. */
const THEME_MIN_DOCUMENTS = 3;
/** With fewer documents, a course of this many modules (a document's chapters) or more: a term in more than half of them is its theme. */
const THEME_MIN_MODULES = 6;

/** The name of a field of work: two or more characters before 工作. */
const FIELD_OF_WORK = /^[\u4e00-\u9fff]{2,}工作$/;
/** A word and a generic kind noun after it (公务活动, 接待费, 处分事项): the word is the topic when a title holds it. */
const TITLE_TOPIC = /^([\u4e00-\u9fff]{2,})(?:活动|经费|费|人员|行为|事项|对象)$/;
/** A term in this share of the module titles is what the course is about, not what it teaches. */
const TITLE_SHARE = 0.3;

export type TargetVerdict = "actor" | "title" | "generic" | "verb-led" | "ok";

interface CourseSignals {
  passages: string[];
  moduleTitles: string[];
  courseTitle: string;
  /** List members, heading-list items and section titles of the course, normalised. */
  named: Set<string>;
  /** The prose of each document of the course (modules of one document joined). */
  documents: string[];
  /** The prose of each module of the course. */
  modules: string[];
  verdicts: Map<string, TargetVerdict>;
}

const signals = perCourse((index): CourseSignals => ({
  passages: index.passages.filter(({ passage }) => passage.kind === "prose").map(({ passage }) => passage.text),
  moduleTitles: index.modules.map((module) => normalizeAnswer(module.title)),
  courseTitle: normalizeAnswer(index.title),
  named: namedInCourse(index),
  documents: documentTexts(index),
  modules: index.modules.map((module) => index.passages.filter((located) => located.module === module && located.passage.kind === "prose").map(({ passage }) => passage.text).join("\n")),
  verdicts: new Map(),
}));

function documentTexts(index: CourseIndex): string[] {
  const byDocument = new Map<string, string[]>();
  for (const located of index.passages) {
    if (located.passage.kind !== "prose") continue;
    const title = index.documentTitle(located.module) || located.module.source;
    byDocument.set(title, [...(byDocument.get(title) ?? []), located.passage.text]);
  }
  return [...byDocument.values()].map((texts) => texts.join("\n"));
}

function namedInCourse(index: CourseIndex): Set<string> {
  const named = new Set<string>();
  for (const module of index.modules) {
    for (const point of module.knowledgePoints) {
      if ((point.kind === "enumeration" || point.kind === "heading-list") && point.items) for (const item of point.items) named.add(normalizeAnswer(item));
    }
  }
  for (const { section } of index.passages) named.add(normalizeAnswer(section.title));
  return named;
}

/** True when the course names the text as a list member, a heading-list item or a section title. */
export function isNamedInCourse(text: string, index: CourseIndex): boolean {
  return signals(index).named.has(normalizeAnswer(text));
}

/** A count in a name (四个意识, 两个维护, 双一流, 五星三名, 百年传薪, 八八战略): a counted set or a local slogan. */
const COUNT_IN_NAME = /[〇零一二三四五六七八九十百千万亿两双半0-9０-９]/;
/** A name that is a view or doctrine by its own ending (西方中心论, 教条主义, 古今中西之争, 政绩观). */
const VIEW_NAME = /(?:论|主义|之争|观)$/;
/** What follows a quoted name the text weighs as a view or a tendency (“以党治国”的观念, “因党而骄”等现象). */
const VIEW_AFTER = /^(?:的|等)?(?:观念|思想|思路|思维方式|逻辑|论调|观点|倾向|现象|错误|偏向)/;

/**
 * True when the course sets the text in quotation marks in two places or more and treats it as a view or a tendency
 * (某些同志的“以党治国”的观念 … “以党治国”; “西方中心论”): a view an essay or a speech names and weighs, not a word of its
 * prose. A programme a report names (推进“阳光学校”建设, 新增“多田套合”面积) is a local label, not such a view; nor is a name
 * holding a count: a counted set's name (四个意识, 两个维护) tests a set the 解析 never spells out (stop 28), and a slogan
 * (五星三名, 双带头) is the writer's own.
 */
export function isQuotedConcept(text: string, index: CourseIndex): boolean {
  if (!/^[\u4e00-\u9fff]{3,10}$/.test(text) || COUNT_IN_NAME.test(text) || index.count(`“${text}”`) < 2) return false;
  if (VIEW_NAME.test(text)) return true;
  const quoted = `“${text}”`;
  for (let at = index.corpus.indexOf(quoted); at >= 0; at = index.corpus.indexOf(quoted, at + quoted.length)) {
    if (VIEW_AFTER.test(index.corpus.slice(at + quoted.length, at + quoted.length + 6))) return true;
  }
  return false;
}

/** An actor a verb phrase takes as its object (关心群众, 代表人民, 服务党员). */
const ACTOR_OBJECT = /(人民群众|群众|人民|党员|干部)$/;
/**
 * Verbs that take the people as their object. jieba's dictionary holds 关心群众 as one noun and tags
 * 关心 and 代表 as nouns, so its tags alone miss these; the list is data, the test is grammatical.
 */
const VERBS_ON_ACTORS = new Set(["代表", "关心", "联系", "服务", "团结", "依靠", "相信", "尊重", "发动", "动员", "带领", "组织", "教育", "引导", "造福", "为", "为了", "保护", "维护", "宣传", "深入", "脱离", "心系", "关爱", "帮助", "惠及"]);

/** The course's titles a stem may hold glued to its sentence: of six Chinese characters or more. */
const glueableTitles = perCourse((index) => {
  const all = new Set([...index.modules.map((module) => module.title), ...index.passages.map(({ section }) => section.title)]);
  return [...all].filter((title) => title.length >= 6 && /^[\u4e00-\u9fff]+$/.test(title));
});

/**
 * True when a stem holds a module or section title run into the sentence (中国共产党廉洁自律准则中国共产党全体党员…,
 * 党员领导干部廉洁自律规范第五条…): the structure glued a heading to the text, and the stem reads as nonsense.
 */
export function holdsGluedHeading(stem: string, index: CourseIndex): boolean {
  const titles = glueableTitles(index);
  // A title opening the stem and running on without a break, or followed by an article number.
  return titles.some((title) => (stem.startsWith(title) && /[\u4e00-\u9fff]/.test(stem[title.length] ?? "")) || stem.includes(`${title}第`));
}

/** True when the text is a verb phrase (关心群众, 代表人民, 坚持群众路线): a phrase that does something, not a thing to name. */
export function isVerbLed(text: string): boolean {
  const clean = text.replace(/[“”‘’]/g, "");
  const words = taggedSpans(clean);
  if (words.length > 1 && /^(v|vd|vi)$/.test(words[0]!.tag)) return true;
  const actor = ACTOR_OBJECT.exec(clean);
  if (!actor || actor.index === 0) return false;
  const verb = clean.slice(0, actor.index).replace(/^(一切|始终|全心全意|真心|真正)/, "");
  if (VERBS_ON_ACTORS.has(verb)) return true;
  const head = taggedSpans(verb);
  return head.length === 1 && /^(v|vd|vi|vn)$/.test(head[0]!.tag);
}

/**
 * Whether a key is worth asking about, judged against this course: one of the common actors, the
 * course's or modules' own title, a word found in a large share of the course's passages (its
 * document frequency), or a verb-led phrase rather than a term.
 */
/**
 * The plain nouns of administrative prose (部门, 人员, 材料) and a matter or situation named by its
 * kind (处分事项, 实际情况, 有关情况): the sentence's point is who acts on them or how, not the noun.
 * Readers discarded every published blank on one (部门 of 部门和人员, 处分事项 of 批准…的处分事项), and
 * so is a paper named by its kind (文件材料, 证据材料, 情况报告): the rule is what is done with it.
 * So are an expense and a meeting or event named by their kind alone (费用, 经费, 会议, 活动: 不得报销…无关的______,
 * 到风景名胜区举办______和活动): any reader fills them in; a named kind (会议费, 主题党日活动) stays a term.
 */
const ADMINISTRATIVE_NOUN = /^(?:部门|单位|人员|材料|方面|事项|情况|费用|经费|会议|活动|[\u4e00-\u9fff]{1,4}(?:事项|情况|材料)|[\u4e00-\u9fff]{0,4}情况报告)$/;

/**
 * The kind-nouns policy prose is written in (政策, 制度, 机制, 体系, 措施, 办法, 工作), alone or two run together
 * (政策体系, 体制机制, 工作机制, 政策措施): 政策, 工作 and 制度 are in more than half of the tuning corpus's documents and
 * the others in about two fifths, whatever the subject. A blank on one (完善支持______, 完善配套______) any reader fills
 * in; what the sentence teaches is the named kind (农业支持保护制度), never the bare noun (issue 16).
 */
const POLICY_KIND_NOUN = /^(?:政策|制度|机制|体制|体系|措施|举措|办法|工作){1,2}$/;

/** The generic names of rule-books (党章, 党规, 党纪, 党内法规, 法律, 法规 …): what every regulation invokes. */
const RULE_BOOK = "(?:党章|党规|党纪|党内法规|国家法律|法律|法规|国法|宪法|规章|政纪)";
/**
 * Rule-books named only generically: two or more run together (党章党规党纪, 法律法规, 党纪国法, 宪法和法律),
 * or one with what it lays down (党章规定, 法律规定); a 的, 和 or 、 between them changes nothing.
 * A single name (党章 of 党章是党的根本大法) and a title (中国共产党纪律处分条例) are not generic.
 */
const GENERIC_RULE_BOOKS = new RegExp(`^(?:国家|有关|相关|其他)?(?:${RULE_BOOK}[、和及与]?){2,}$|^${RULE_BOOK}(?:的)?(?:规定|要求)$`);

/** Whether a target names rule-books only generically (judged "generic"). */
export function namesRuleBooksGenerically(target: string): boolean {
  return GENERIC_RULE_BOOKS.test(target);
}

/** Nouns official prose ends its sentences with, whatever the policy: no fact of their own. */
const STOCK_PHRASES = new Set(["决策部署", "工作部署", "重大部署", "战略部署", "重要指示", "重要指示精神", "重要讲话", "重要论述", "重要讲话精神", "根本遵循", "重要举措", "重大举措", "重要成果", "重大成就", "精神实质", "实际行动"]);

export function judgeTarget(target: string, index: CourseIndex): TargetVerdict {
  const course = signals(index);
  let verdict = course.verdicts.get(target);
  if (verdict === undefined) course.verdicts.set(target, (verdict = judge(target, course)));
  return verdict;
}

function judge(target: string, course: CourseSignals): TargetVerdict {
  const text = normalizeAnswer(target);
  // 党的领导干部, 各级党组织, 广大党员, 党员领导干部: an actor with a qualifier is the same actor.
  if (COMMON_ACTORS.has(text) || COMMON_ACTORS.has(text.replace(/^(党的|各级|广大|全体|全党|党员)/, ""))) return "actor";
  if (text.length >= 2) {
    if (course.moduleTitles.includes(text) || text === course.courseTitle || (course.courseTitle.length > 0 && course.courseTitle.includes(text))) return "title";
    const inTitles = course.moduleTitles.filter((title) => title.includes(text)).length;
    // With one or two modules, each title names the whole document (中国共产党问责条例): any part of it is the topic.
    if (course.moduleTitles.length < 3 ? inTitles > 0 : inTitles / course.moduleTitles.length >= TITLE_SHARE) return "title";
  }
  // A word of the document's title with a generic kind noun after it (公务活动 in 党政机关国内公务接待管理规定, 接待费,
  // 处分事项 in …处分违纪党员批准权限和程序规定) names what the document is about: readers discarded three published
  // blanks on 公务活动 and marked one on 接待费 needs-edit (stop 28).
  const topic = TITLE_TOPIC.exec(text)?.[1];
  if (topic !== undefined && [course.courseTitle, ...(course.moduleTitles.length < 3 ? course.moduleTitles : [])].some((title) => title.includes(topic))) return "title";
  if (/\d/.test(text)) return "ok";
  // 党的 and a word as general as 建设, 纪律, 事业 (党的建设, 党的纪律) is the party's whole business, not a fact.
  if (/^党的[\u4e00-\u9fff]{2}$/.test(text) && vocabularyClassOf(text) === null) return "generic";
  // …and 章程规定, and the rule-books named only generically (党章党规党纪, 党纪国法, 法律法规, 党章规定): what is
  // studied, kept or broken under any rule, not a fact. Readers discarded every published blank on one
  // (学习______以及相关法律法规, 违反______和国家法律的手段).
  if (text === "章程规定" || namesRuleBooksGenerically(text)) return "generic";
  // The theme several documents of a course share (密切联系群众 through a course on 党群关系) is what it is
  // about, however it is named there: a term of no lexicon set found in more than half of three or more documents.
  if (course.documents.length >= THEME_MIN_DOCUMENTS && vocabularyClassOf(text) === null) {
    const inDocuments = course.documents.filter((document) => document.includes(text)).length;
    if (inDocuments * 2 > course.documents.length) return "generic";
  }
  // A course of one or two documents (the common upload) has its theme too: a term of no lexicon set found in more
  // than half of its six or more chapters ("三农" through a 意见 on 乡村振兴, 政策 through any policy text) is what the
  // document is about or the prose it is written in, not a fact it teaches.
  if (course.documents.length < THEME_MIN_DOCUMENTS && course.modules.length >= THEME_MIN_MODULES && vocabularyClassOf(text) === null) {
    const inModules = course.modules.filter((module) => module.includes(text)).length;
    if (inModules * 2 > course.modules.length) return "generic";
  }
  // A field of work (纪律检查工作, 纪检监察工作, 群众工作) names what the text is about, not a fact it
  // teaches: readers discarded every blank on one, however often the course names it.
  if (FIELD_OF_WORK.test(text) && vocabularyClassOf(text) === null) return "generic";
  // …and so does a kind of problem (违纪问题, 突出问题, 倾向性问题): the sentence's point is what is done about it.
  if (/^[\u4e00-\u9fff]{2,}问题$/.test(text) && vocabularyClassOf(text) === null) return "generic";
  // The stock phrases of official prose (重大决策部署, 重要指示, 根本遵循) close any sentence about any policy:
  // readers discarded every blank on one.
  if (STOCK_PHRASES.has(text)) return "generic";
  if ((ADMINISTRATIVE_NOUN.test(text) || POLICY_KIND_NOUN.test(text)) && vocabularyClassOf(text) === null) return "generic";
  // A member of a list, a heading or a quoted name is what the course sets out to teach, however often it recurs (通报 among 问责方式).
  if (course.named.has(text)) return isVerbLed(target) ? "verb-led" : "ok";
  const found = course.passages.filter((passage) => passage.includes(target)).length;
  if (found >= GENERIC_MIN_PASSAGES && found / Math.max(course.passages.length, 1) >= GENERIC_PASSAGE_SHARE) return "generic";
  if (isVerbLed(target)) return "verb-led";
  return "ok";
}
