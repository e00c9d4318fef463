import { COMMON_SURNAME } from "./dangling-reference";
import { isLexiconPerson } from "./party-vocabulary";
import { taggedSpans } from "./term-quality";

/**
 * A person of the report's own unit at the head of a clause, named bare or after their post or body (刘芳围绕…;
 * 市教育局党委书记、局长姚国海到…; 省委党校陈金龙教授作…), then the verb that takes them to the lesson or talk they give.
 * 作为 is no verb of giving a talk (恽代英作为…领导人之一).
 */
const LECTURER = new RegExp(
  `(?:^|[，、：；“”（(])(?:[^，。；：]{0,24}?(?:书记|长|主任|教授|师|辅导员|委员|研究员|专家|代表|主席|经理|党校|大学|学院|学校|中心|[委部局院厅所]))?(${COMMON_SURNAME}[\\u4e00-\\u9fff]{1,2}?)(?:同志|教授|老师|书记)?(?=围绕|就|以|结合|为|到|在|作(?!为)|做|讲授|主讲|进行|带来|给)`,
  "gu",
);

/** What a lecturer gives at a meeting the report tells of: a 党课, a lecture, a talk on a set theme or under a title. */
const LECTURE = /党课|(?:专题|辅导|学术|主题|形势)报告|讲座|授课|宣讲|题为|为题|第一课/;

/** Whether a name is a person's the tagger does not know as a word (刘芳, 姚国海, 王立新), not 高校, 林场 or 江西. */
function looksLikeName(name: string): boolean {
  const spans = taggedSpans(name);
  const personal = (tag: string | undefined) => tag === "x" || tag?.startsWith("nr") === true;
  return spans.length === 1 ? personal(spans[0]!.tag) : personal(spans[0]?.tag);
}

/**
 * Whether a sentence of a news report tells who gave a lesson or a talk, and on what (刘芳围绕新中国史学习教育进行专题党课
 * 讲授; 局长姚国海到绍兴一中讲授题为“…”的专题党课; 陈金龙教授作题为“…”辅导报告): the lecturer is someone of the reported
 * unit whom the learner does not know, and which topic one person spoke on at one training class is a detail of that
 * event, not the course's teaching (stop 34: a reader discarded the one such published 判断). A leader or classic author
 * the lexicon knows (习近平, 毛泽东) is left to the other checks.
 */
export function tellsWhoLectured(sentence: string): boolean {
  for (const match of sentence.matchAll(LECTURER)) {
    const name = match[1]!;
    if (isLexiconPerson(name) || !looksLikeName(name)) continue;
    const rest = sentence.slice(match.index + match[0].length).split(/[。；！？]/)[0]!;
    if (LECTURE.test(rest)) return true;
  }
  return false;
}

/** A blank right after 相关 or 有关 (党的组织建设及相关（　）; 也有相关______): "the related …" in the text's own phrasing. */
const RELATED_SLOT = /(?:相关|有关)(?:_{2,}|（　）)/;

/**
 * Whether a stem blanks the noun that 相关 or 有关 qualifies (党的组织建设及相关（　）取得一系列重要成果: 制度建设): the
 * sentence says only that it is some field or matter related to what came before, so 纪律建设, 思想建设 or 作风建设 fit
 * as well as the key, and the text's wording alone decides (stop 34: a reader discarded the one such published 单选).
 */
export function relatedSlotBlank(stem: string): boolean {
  return RELATED_SLOT.test(stem);
}

/** A participant's feeling quoted in a news report: 学生某某感受颇深：“…”, 深有感触地说：“…”. */
const TESTIMONIAL = /(?:感受颇深|深有感触(?:地说)?|感慨(?:道|地说)?|动情地说|激动地说|深有体会地说|由衷地说|感叹(?:道)?)[：:，,]?“/u;
/** A panorama of the year's events in reduplicated counters: 一场场…，一堂堂…，一次次…. */
const COUNTED_EVENTS = /一([场堂次件项批幅张篇部首段处节])\1/gu;

/**
 * Whether a sentence of a news report or a year-end account is its colour rather than its teaching: a participant's
 * feeling quoted (船舶学院学生某某感受颇深：“…犹如上了一堂生动的党课…”) or a run of the year's events counted in
 * reduplicated counters (一场场…辅导报告，一堂堂…党课领学，一次次…分享). The words in them (党课, 辅导报告) are named in passing,
 * as what happened or what it felt like, not as terms of record an instructor would ask about.
 */
export function tellsEventColour(sentence: string): boolean {
  if (TESTIMONIAL.test(sentence)) return true;
  return new Set([...sentence.matchAll(COUNTED_EVENTS)].map((match) => match[1])).size >= 2;
}

/** A blank that is the image of a simile (犹如上了一堂生动的______; 仿佛______): a likeness, not a fact. */
const SIMILE_SLOT = /(?:犹如|宛如|仿佛|好似|好像|如同)[^，。；！？_（]{0,15}(?:_{2,}|（　）)/u;

/** Whether a stem blanks what a simile compares its subject to (犹如上了一堂生动的______: 党课). */
export function simileSlotBlank(stem: string): boolean {
  return SIMILE_SLOT.test(stem);
}
