import { COMMON_SURNAME } from "@/lib/content/text/surnames";
import { ANSWER_FIELD_LABELS } from "@/lib/content/text/answer-fields";
import { ANSWER_KEY_LEAD } from "./source-text";
import { isGenericWord, taggedSpans } from "./term-quality";

/**
 * Whether a stem leans on text the question does not show — one rule for the generator's confidence
 * score (lib/questions/confidence/) and bank:eval's dangling signal (eval/signals.ts).
 */
const QUOTED_STATEMENT = /[：:]\s*“(.+)”\s*$/su;
const LEADING_NUMBERING = /^\s*(?:第[一二三四五六七八九十百零〇两\d]+[条章节款项]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．])\s*/u;
const LEADING_CONNECTIVE = /^(?:同时|因此|所以|但是|但|而且|并且|另外|总之|可见|对此|为此)[，,]?/u;
// 随后开展土地改革, 此后, 从此, 接着: a sequel of an event the sentence before told.
// 党员们还参观了…: an event told as one more after those the text told before (its subject 还/又 did …了).
const DANGLING_SEQUEL = /^(?:随后|此后|从此|自此|其后|之后|然后|后来|紧接着|接着|[^，,。；;：:“”_（]{1,10}(?:还|又)[^，,。；;：:“”]{1,5}了)/u;
// 在这方面, 在这一点上, 从这个意义上, 就此问题: an opening frame whose 这/此 points at what the text said before (stop 30).
const DANGLING_FRAME = /^(?:在|从|就|对)(?:这|此|这一|这个)(?:方面|一点|点上|问题上|意义上|角度|层面)/u;
// 再看“…”, 再如, 又如, 反观: the next of points or examples the text began before the stem.
const DANGLING_CONTINUATION = /^(?:再看|再如|又如|再比如|反观)/u;
// 习近平文化思想则是…, 党团对于普通党员则不必…: a contrastive 则 in the first clause sets its subject against one the
// text named before (not 原则, 规则, 以身作则 …, nor the 则 of a condition after its comma).
const DANGLING_CONTRAST = /^[^，,；;：:。“”]{2,16}(?<![原规准法细总守否实章作])则(?:是|为|不|要|更|在于|主要|强调|侧重)/u;
// 另一部分人则走到…, 另一方面…, 其余的…, 有的人则…: a contrastive partitive names a group (or side) defined only by the
// sentence before, which the question does not show. A 有的 opening a list the stem goes on with (有的干部…；有的干部…)
// is self-contained, so 有的/有些 count only with a contrastive 则 in their clause.
const DANGLING_PARTITIVE = /^(?:另一部分|另一些|另一方面|另有些?人|其余的?|其他的?人|(?:有的|有些)[^，,；;：:。“”]{0,10}则)/u;
// 时代背景：…, 核心认识：…, 实践要求：…: a note's inline heading of a kind of remark (not of a thing: 支部委员会：每月…)
// left before its sentence, which speaks of what the note's topic is without naming it.
// 对全面深化改革的重要指导意义：, 结合中国式现代化的现实意义：, 形成过程：: what the remark is about (对…的) or set in
// (结合…的) is named, not whose significance or formation it is.
const NOTE_REMARK_HEADING = /^(?:(?:对|结合|在)[^，,。；;：:“”]{1,14}(?:的|中的))?\p{Script=Han}{0,6}(?:背景|认识|理解|收获|体会|感悟|启示|思考|要求|意义|证明|起点|原则|过程|作用)[：:](?!\s*“)/u;
// 会师的时间：1928年4月意义：会师后…: a review sheet's answer fields run together (the line breaks between them lost), a
// value followed by the next field's label with no punctuation between: two answers glued, not one sentence.
const FIELDS_RUN_TOGETHER = new RegExp(`[：:][^，,。；;：:“”]{1,30}(?:${ANSWER_FIELD_LABELS})[：:]`, "u");
// A note's inline label before its sentence (经济：…, 新时代坚持和运用：…): not a colon after a sentence's own verb (包括：, 是：, 指出：).
const NOTE_LABEL = /^([^，,。；;：:“”（）(_《]{2,12})[：:](?!\s*“)/u;
// 理论依据：, 指导思想：, 精神实质：: a label naming a relation to a thing (whose basis, whose guiding thought?) the note
// named above it; a label the sentence repeats is dropped before the gate reads it (redundantLabel).
const RELATIONAL_LABEL = /(?:依据|实质|灵魂|指导思想|内涵|特征|特点|精髓|本质|根源|标志)$/u;
const SENTENCE_LEAD = /(?:是|有|为|包括|如下|指出|强调|规定|要求|提出|表示|认为|在于)$/u;
// 此外/其次/其他/其实 … are words of their own, not references.
const DANGLING_REFERENCE = /^(?:上述|这|该|其|此)(?![外次他它实后前余])\p{Script=Han}/u;
// 该地区, 上述问题, 这一原则 inside the statement: dangling unless the noun was named before it (因此, 应该, 长此以往
// and 这个工程、那个工程 are no references). A signal, not a verdict: 人民这个概念 still counts.
// 加大对这方面犯罪的查处: 这方面 is an aspect the text named before.
const INNER_REFERENCE = /(?<![因由如彼从应活长])(?:上述|这些|这个|这一|这种|这类|这样的|该|此|这(?=方面))(?![外次后前])(\p{Script=Han}{2})(?![、，]那)/gu;
// 有下列情形之一 with the list left out of the question; also counted points (必须做到以下三点, 如下几个方面, 以下两条).
// 必须具备以下的基本条件: a 的 and a qualifier (基本, 主要, 具体) may stand before the kind.
const FORWARD_REFERENCE = /(?:下列|以下|如下)(?:(?:[一二两三四五六七八九十几\d]+(?:个|条|项|种)?)?的?(?:基本|主要|具体|几项|各项)?(?:情形|问题|方式|规定|内容|事项|条件|职责|行为|情况|方面|要求|原则)|[一二两三四五六七八九十几\d]+(?:点|条|项|个方面))/u;

// 常见的违规行为包括：…, 主要内容包括：…, 主要是：…: the kind or whole it lists was named before the stem begins
// (violations of what, the contents of which rule).
const DANGLING_HEAD = /^(?:常见的?|主要的?|具体的?)\p{Script=Han}{0,6}(?:包括|是|有|为)[：:]/u;

// 上级组织（人事）部门应当在2个月内予以办理并作出答复: handling with no object in its clause (no 对…, 将…, 把…) handles
// what the sentence before named (the appeal), which the stem never says.
const OBJECTLESS_HANDLING = /^(?:按照《[^》]+》，)?[^，。；：对将把凡其的]{2,24}?予以(?:办理|受理|答复|处理|核实|复核|复查|纠正|改正|追认|解决|回复)/u;

// 对于其中的共产党员: 其中 points into a group the sentence before named.
const DANGLING_AMONG = /^(?:对于?|在|从)?其中的/u;
// 《汇编》收录…, 依照《规定》…: a document called by its kind alone was named in full before the stem begins.
const SHORT_TITLE = /《(?:汇编|选编|文选|条例|规定|准则|决定|决议|意见|办法|通知|规则|细则|纲要|报告)》/u;

// 本条例, 本规定 … left in a stem because the document's title is of another kind (a 规定 whose file carries a 条例
// after it; a study note quoting an article): "this regulation" points at no document the learner is shown.
// (Not 根本规定, 基本规定.)
const OWN_DOCUMENT_LEFT = /(?<![根基])本(?:条例|准则|细则|规定|办法|意见|决定|规则|章程)/u;

// 这条______, 该______: the blank is the noun of a demonstrative, so the text named it before the stem begins.
const DEMONSTRATIVE_BLANK = /(?:这|那|该|此)(?:一|条|个|种|项|些)?(?:_{2,}|（　）)/u;

// 本案中…, 该案…, 案例一的焦点…: a case the stem never tells.
// (Not 基本案情, 根本案由, 应该案….)
const CASE_REFERENCE = /(?:(?<![基根资成版文样剧])本|(?<!应)该|(?<![因如彼从])此)案(?!卷)|案例[一二三四五六七八九十\d]+/u;
// 田某, 杨某某: a case's anonymised person. Surnames only, so 某些, 对某, 某种 are no persons.
/** The common surnames, as a character class: what a person's name in a case or a news report starts with. */
export { COMMON_SURNAME };
const CASE_PERSON = new RegExp(`${COMMON_SURNAME}某{1,2}(?![些种个一项地市县省区村镇乡街单位公司企业部门机关类样])`, "u");
// Who the person is, said where the stem first names them: a role before (会计许某, 负责人高某, 作为办公室主任，王某) or an apposition after (王某，原…主任; 田某（…）; 田某，中共党员; 王某系…).
const PERSON_ROLE_BEFORE = /(?:员|长|人|任|记|师|计|工|民|主|者|理|生|官|部|书|属|妻|夫|子|女|父|母|友|兄|弟|姐|妹)，?$/u;
const PERSON_APPOSITION = /^某?(?:[（(]|，(?:男|女|原|现|中共|系|时任|曾任|某|\p{Script=Han}{1,12}(?:员|长|人|任|记|师|计|干部|党员)[，。；])|系|是[^，。；]{0,14}(?:员|长|人|任|记|干部|党员))/u;

// 我省, 我市, 我校, 我院: the writer's own province, city or school, which a stem cut from a report or speech never names
// (“十五五”时期我省经济社会发展的指导思想是…). (Not 自我, nor 我国, 我党: the country and the party are known.)
const OWN_PLACE = /(?<!自)我(?:省|市|县|区|州|校|院|局|厅|镇|乡|村|公司|单位|部门)/u;
// 我们坚持…, 一年来，我们要…, 我军在内战爆发后…: the writer's own we as a clause's subject, or the writer's side, outside a
// quotation, is a report's pledge or a history's narrator, which the stem never names (stop 40). (Not 我们党, which is the
// party, nor 我们的…, 我们国家; not 自我, 忘我, 敌我.) A quotation (指出：“我们…”), reported speech (强调，我们要…) or a
// report's title led in before it (据《…工作报告》，我们…) names who speaks.
const WRITER_WE = /(?:^|[，；：])我们(?!党|的|国家)|(?<![自忘敌])我军/u;
const SAYER_BEFORE = /(?:指出|强调|提出|表示|认为|说)[，：,:]|^据《[^》]+》，/u;
// 这次对党章只作适当修改, 此次全会, 本次会议: an occasion (a congress, an amendment, a meeting) pointed at as this one
// while the stem names none (no 十九大, 二〇二二年, 第三次, 十九届) — which one is left to the text before (stop 40).
// 在全体会议闭会期间…, 全会强调…: a plenary session opening the stem with no body before it (whose 全体会议?) is one too.
const THIS_OCCASION = /(?<![因如从彼])(?:这|此|本)一?次(?![数])|^(?:在|从|自)?(?:全体会议|全会)/u;
const OCCASION_NAMED = /[一二三四五六七八九十]+大|[一二三四五六七八九十]+届|\d{4}年|[〇零一二三四五六七八九]{4}年|第[一二三四五六七八九十\d]+次/u;
// 全校, 全院, 全县: the whole of the writer's own school or county (全校各级党组织要…), and the writer's school or college as
// the subject of what it is to do or has done (2023年学校要…; 学院先后…): a news report or speech of one unit tells its own
// plans, which the stem never names. (Not 健全, 完全, 安全区, 保全, 顾全; not 全国, 全党, 全社会; not 全省, which classic texts
// use of any province: 一张省报，对于全省工作….)
const WHOLE_OWN_UNIT = /(?<![一完健安周齐保成顾])全(?:校|院|县|市|区|镇|乡|村|公司|厅)(?![长会])/u;
const OWN_UNIT_ACTS = /(?:^|[，；。：])(?:\d{4}年，?)?(?:学校|学院|校党委|院党委|校纪委|院纪委|本校|本院)(?:要|将|把|坚持|始终|还|已|先后|共|以|通过|积极|深入|扎实|不断|高度)/u;

/** Whether the stem names a case (本案) or a case's person (田某) without telling who that person is where it first names them. */
function refersToUntoldCase(statement: string): boolean {
  if (CASE_REFERENCE.test(statement)) return true;
  const person = CASE_PERSON.exec(statement);
  if (!person) return false;
  const before = statement.slice(0, person.index);
  const after = statement.slice(person.index + person[0].length);
  return !PERSON_ROLE_BEFORE.test(before) && !PERSON_APPOSITION.test(after);
}

/**
 * Whether the stem says 我们 or 我军 in the writer's own voice: outside a quotation and after no named speaker (指出，) or
 * report (据《…》，). Read on the stem as published, with its context lead (context-lead.ts), which may name the report.
 */
export function speaksAsWriter(stem: string): boolean {
  if (QUOTED_STATEMENT.test(stem)) return false;
  const unquoted = stem.replace(/“[^”]*”/gu, "");
  const we = WRITER_WE.exec(unquoted);
  // The match may open on the comma before 我们: the text before it, that comma included, is where a speaker is named.
  return we !== null && !SAYER_BEFORE.test(unquoted.slice(0, we.index + 1));
}

/**
 * A note's label the sentence after it cannot do without, that names no thing a learner could tell: a lone generic
 * word (经济：, 政治：, 时期：: an aspect of a whole named above it), a task's verbs without their object
 * (新时代坚持和运用：), or an answer key's lead (参考答案：). A label that names a thing (群众路线：, 支部委员会：,
 * 四个意识：) is the stem's topic and stays.
 */
function hasUnnamedLabel(statement: string): boolean {
  if (ANSWER_KEY_LEAD.test(statement)) return true;
  const label = NOTE_LABEL.exec(statement)?.[1];
  if (label === undefined || SENTENCE_LEAD.test(label)) return false;
  if (isGenericWord(label) || RELATIONAL_LABEL.test(label)) return true;
  const words = taggedSpans(label);
  const verb = (tag: string) => tag === "v" || tag === "vn";
  return words.length >= 2 && verb(words[words.length - 1]!.tag) && words.slice(0, -1).some((word) => verb(word.tag));
}

/** The statement a stem asks about: a quoted sentence after its prompt, without leading numbering. */
export function statementOf(stem: string): string {
  const quoted = QUOTED_STATEMENT.exec(stem);
  return (quoted ? quoted[1]! : stem).replace(LEADING_NUMBERING, "").replace(LEADING_CONNECTIVE, "");
}

/**
 * A statement that leans on text the question does not show: it opens with 这/该/其/上述/此 and a
 * word (or 对于其中的, or a sequel's 随后/此后/…还参观了, a next point's 再看/又如, a contrastive 则 or partitive: 另一部分人则…, 另一方面…, a note's 时代背景：,
 * a label naming nothing: 经济：, 新时代坚持和运用：, 参考答案：), names 该地区, 上述问题 or 这方面犯罪 whose noun it never named
 * before, names a case or its person it never tells (本案, 田某 with no role), blanks the noun of a
 * demonstrative (坚持这条______), calls a document by its kind alone (《汇编》), points at this occasion (这次, 全会 with no body) it never names, points to 下列情形
 * it leaves out, opens on a list of a kind named before it (常见的违规行为包括：…), handles with no object (…部门应当在2个月内
 * 予以办理), or says 本条例 of a document
 * whose title is of another kind.
 */
export function hasDanglingReference(stem: string): boolean {
  const statement = statementOf(stem);
  if (DANGLING_REFERENCE.test(statement) || DANGLING_SEQUEL.test(statement) || DANGLING_CONTINUATION.test(statement) || DANGLING_CONTRAST.test(statement) || DANGLING_PARTITIVE.test(statement) || NOTE_REMARK_HEADING.test(statement) || DANGLING_FRAME.test(statement) || DANGLING_HEAD.test(statement) || DEMONSTRATIVE_BLANK.test(statement) || DANGLING_AMONG.test(statement) || OBJECTLESS_HANDLING.test(statement) || SHORT_TITLE.test(statement) || OWN_DOCUMENT_LEFT.test(statement) || FIELDS_RUN_TOGETHER.test(statement)) return true;
  if (hasUnnamedLabel(statement) || refersToUntoldCase(statement) || OWN_PLACE.test(statement) || WHOLE_OWN_UNIT.test(statement) || OWN_UNIT_ACTS.test(statement)) return true;
  if (THIS_OCCASION.test(statement) && !OCCASION_NAMED.test(statement)) return true;
  if (FORWARD_REFERENCE.test(statement) && !/[：:]\s*\S/u.test(statement)) return true;
  for (const match of statement.matchAll(INNER_REFERENCE)) {
    if (!statement.slice(0, match.index).includes(match[1]!)) return true;
  }
  return false;
}
