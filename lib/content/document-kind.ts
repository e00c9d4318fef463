/**
 * What kind of document a text is, read from its content as well as its title: a regulation, doctrine of record or a
 * speech, a work report, a news report, study notes, a review sheet, a unit's notice or working paper, case material,
 * a reflection, an article of commentary, or other. The kind says what a document can be trusted for: a regulation's
 * every article is knowledge, a news report's or a unit's notice's sentences mostly are not (issue #16, stop 37).
 * Pure: the title, the text in reading order (headings and passages) and the metadata lines the cleaning removed.
 */
import { ARTICLE, isLegalText } from "./text/legal-articles";

export const DOCUMENT_KINDS = ["regulation", "doctrine", "report", "news", "study-notes", "review-sheet", "notice", "case-material", "reflection", "commentary", "other"] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

/** A document's kind and the signals that decided it (`title:…`, `articles:12`, `salutation`, …), for inspect and review. */
export type DocumentKind = { kind: DocumentKindName; evidence: string[] };

/**
 * Evidence that a document speaks in its writer's own voice (我 in a good share of its lines), whatever its kind: a
 * speech's 我 at a graduation, a talk's, a complaint's. Added to the kind it was read as; the gate reads it as a
 * personal account (lib/questions/kind-policy.ts speaksOfItself).
 */
export const WRITER_VOICE = "writer-voice";

/** Chinese names of the kinds, as a reader or an instructor sees them. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKindName, string> = {
  regulation: "党内法规、规章制度",
  doctrine: "文献、讲话",
  report: "工作报告、述职报告",
  news: "新闻报道",
  "study-notes": "学习笔记、复习资料",
  "review-sheet": "题库、试卷、问答",
  notice: "单位通知、方案等工作材料",
  "case-material": "警示教育、案例材料",
  reflection: "心得体会、感想",
  commentary: "评论、解读文章",
  other: "其他",
};

// Title classes: the kind word a title of each kind ends in or holds.
/** A rule-setting text's kind word at the end of its name (…条例, …实施细则（试行）, 中国共产党章程). */
const RULE_TITLE = /(?:条例|准则|规定|细则|办法|章程|党章|规则)$/;
/** A unit's working paper: what it arranges, plans, sums up or minutes (关于开展…的通知, 活动方案, 实施意见). */
const WORKING_PAPER_TITLE =
  /关于(?:开展|召开|举行|组织|做好|进行|深化|深入开展|学习|在全校|在全市|在全县)[^《》]*的通知$|(?:工作|活动|学习)(?:计划|方案|安排|要点|总结)(?:的通知)?$|实施(?:方案|意见)$|会议(?:纪要|记录)$|对照检查材料$|(?:组织|民主)生活会[^《》]*(?:方案|材料)$|活动策划$|策划(?:方案|书)$/;
/** Titles of the centre's documents, and notices that issue or forward a regulation: rule-setting texts, not working papers. */
const CENTRAL_OR_ISSUING = /^(?:中共中央|中央|国务院|全国人大|全国)|印发|转发|颁布|发布/;
/** Case material: a notice of typical problems or cases, a case study, a confession. */
const CASE_TITLE = /警示教育|典型问题|典型案例|案例剖析|案件剖析|以案促改|以案说[纪法德责]|以案为鉴|忏悔录|违纪违法案|违纪案|被查处/;
/** A review sheet: an exam, its answers, questions and answers. */
const REVIEW_TITLE = /试卷|试题|模拟|参考答案|答题|题库|问答|知识竞赛|应知应会|主观题/;
/** Study notes: a learner's notes, outlines and summaries of a course. */
const NOTES_TITLE = /笔记|复习|重点|梳理|知识点|考点|整理|知识库|提纲|纲要$|概论$/;
/** A personal reflection: what the writer read, saw or felt, and what they pledge. */
const REFLECTION_TITLE = /心得|体会|读后感|观后感|感想|感悟|思想汇报|表态发言|我读|^读[^，。]{1,12}悟/;
/** A work report: a government's report of its year, a leader's or a team's 述职, a summary of work. */
const REPORT_TITLE = /工作报告|述职|述廉|总结|工作情况/;
/** A speech, or a leader's works of record (文选, 讲话, a talk at a meeting). */
const DOCTRINE_TITLE = /文选|讲话|致辞|党课|发言$|^毛泽东|^邓小平|^习近平[:：]/;
/** A speech's title: what was said at an occasion (在…大会上的讲话), whatever the occasion's name (总结大会). */
const SPEECH_TITLE = /(?:讲话|致辞|发言|演说|演讲)(?:稿)?$/;
/** A works edition's head note: the date in Chinese numerals under the title (（一九四二年二月一日）), or 这是…的演说/讲话/报告. */
const WORKS_HEADNOTE = /^[（(][一二三四五六七八九〇零十]{4}年[^）)]{0,20}[）)]$|^这是[^。]{2,40}(?:演说|讲话|报告|谈话|文章|决议|指示)/;
/** The centre's documents of record that set policy rather than rules (中共中央 国务院关于…的意见, …的决定). */
const CENTRAL_POLICY_TITLE = /^(?:中共中央|中国共产党中央委员会|中央办公厅|国务院).*(?:意见|决定|决议|通知)$/;
/** Commentary: a reading of a rule, an analysis, an essay (解读, 研析, 初探, 如何…, 每周一学). */
const COMMENTARY_TITLE = /解读|研析|初探|浅析|浅谈|思考|如何|理解|每周一学|答记者问|评论|认定/;
/** A news report of a meeting or an event held (召开…会议, 开展…活动, 赴…参观). */
const NEWS_TITLE = /召开|举行|举办|开展|组织|赴|参观|走进|寻访|纪实|强调|指出|发表/;

// Content classes.
/** A purpose clause or adoption note: a regulation adopting what follows (制定本条例, 现予公布, 本条例自…起施行). */
const ADOPTION = /制定本(?:条例|规定|办法|细则|准则|规则)|现予(?:公布|印发)|本(?:条例|规定|办法|细则|准则|规则)自[^，。；]{2,20}起施行|已经[^。；]{2,40}审议通过/;
/** A numbered provision (1. 2.) and a prohibition (严禁, 不得): a list of them is a rule list (违反八项规定清单), not an essay's 必须/要. */
const NUMBERED_PROVISION = /^\d{1,3}[.、．]/;
const PROHIBITION = /严禁|不得|禁止|一律不|不准|不许/;
/** A chapter heading (第一章 总则). */
const CHAPTER = /^第[一二三四五六七八九十]+章/;
/** A speech's salutation (同志们：, 各位代表：). */
const SALUTATION = /^[（(]?[^）)]{0,30}[）)]?(?:同志们|各位代表|各位老师|老师们|同学们|各位领导|各位来宾|全体教职工)[，,：:！]/;
/** A news report's lead: an agency's dateline, a newspaper's 本报讯, a reporter's byline, the day of the event reported. */
const NEWS_LEAD = /新华社[^，。]{0,12}电|本报讯|本报记者|记者[\s　]*[\u4e00-\u9fff]{2,3}(?:[\s　]|报道)|通讯员|^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚)?[，,]/;
/** A notice's addressees (各党支部：), its close (特此通知) and its attachments (附件：). */
const NOTICE_MARK = /^各[^，。；]{1,30}[：:]$|特此通知|^附件\d?[：:]/;
/** A question and its answer in a review sheet (问：/答：, 答案：, 【答案】). */
const QA_MARK = /^(?:问|答|答案|参考答案|解析)[：:]|【答案】|^\d{1,3}[.、．][^。]{4,60}[？?]$/;
/** A sanction narrated of one person in a dated sentence: how a case notice tells a case. */
const NARRATED_SANCTION = /被(?:开除|判处|移送|立案|留置|免职|撤职|给予)|受到[^，。；]{0,14}处分|判处有期徒刑|移送(?:检察|司法)机关|涉嫌/;
const CASE_YEAR = /(?:19|20)\d{2}年|同年|次年|当年/;
/** A report's figures of the year: growth in per cent, sums in 亿元, year-on-year. */
const YEAR_FIGURE = /增长\d+(?:\.\d+)?%|同比|\d+(?:\.\d+)?亿元|\d+(?:\.\d+)?%/;
/** The writer speaking of themself, outside what is quoted: 我, not 我国/我党/我们/我校 or 自我. */
const FIRST_PERSON = /(?<!自)我(?![国党们省市区县乡镇村校院军方委局厅部司处所驻])/;
const QUOTED = /“[^”]*”|「[^」]*」/g;

/** A share of the document's passages at or above which a content signal decides its kind. */
const FIRST_PERSON_SHARE = 0.25;
const QA_SHARE = 0.2;
const PROHIBITION_SHARE = 0.5;
const MIN_ARTICLES = 5;
/** Notes and outlines are mostly short lines (a heading, a point, an item): this many characters at most, this share of lines. */
const SHORT_LINE = 40;
const NOTES_SHORT_SHARE = 0.6;

export interface DocumentKindInput {
  title: string;
  /** The document's headings and passages in reading order. */
  texts: readonly string[];
  /** Lines the cleaning removed as metadata (bylines, datelines, sources): what a news report's head said. */
  metadataLines?: readonly string[];
}

function count(texts: readonly string[], test: (text: string) => boolean): number {
  return texts.reduce((sum, text) => sum + (test(text) ? 1 : 0), 0);
}

/** The title a document's kind is read from: its 《》 and a trailing status note (（试行）, （2023年修订）) cut off. */
function kindTitle(title: string): string {
  return title.trim().replace(/^《|》$/g, "").replace(/[（(][^）)]*[）)]$/, "").trim();
}

/** A title's trailing note (（学习笔记）, （试行）): it may name what the text is where the title names only its subject. */
function titleNote(title: string): string {
  return /[（(]([^）)]*)[）)]》?$/.exec(title.trim())?.[1] ?? "";
}

/** One document's kind, with the signals that decided it. The first kind whose signals hold wins, in the order below. */
export function readDocumentKind({ title: rawTitle, texts, metadataLines = [] }: DocumentKindInput): DocumentKind {
  const title = kindTitle(rawTitle);
  const lines = texts.map((text) => text.trim()).filter(Boolean);
  const articleNumbers = lines.map((text) => ARTICLE.exec(text)?.[1]).filter((article): article is string => article !== undefined);
  const articles = isLegalText(articleNumbers) ? articleNumbers.length : 0;
  const chapters = count(lines, (text) => CHAPTER.test(text));
  const adoption = lines.some((text) => ADOPTION.test(text));
  const salutation = lines.some((text) => SALUTATION.test(text));
  const newsLead = [...metadataLines, ...lines.slice(0, 4)].some((text) => NEWS_LEAD.test(text));
  const noticeMarks = count(lines, (text) => NOTICE_MARK.test(text));
  const qa = count(lines, (text) => QA_MARK.test(text));
  const sanctions = count(lines, (text) => text.split(/(?<=[。！？])/u).some((sentence) => CASE_YEAR.test(sentence) && NARRATED_SANCTION.test(sentence)));
  const firstPerson = count(lines, (text) => FIRST_PERSON.test(text.replace(QUOTED, "")));
  const figures = count(lines, (text) => YEAR_FIGURE.test(text));
  const headnote = lines.slice(0, 4).some((text) => WORKS_HEADNOTE.test(text));
  const shortLines = count(lines, (text) => text.length <= SHORT_LINE);
  const numbered = lines.filter((text) => NUMBERED_PROVISION.test(text));
  const prohibitions = count(numbered, (text) => PROHIBITION.test(text));
  const ruleList = numbered.length >= MIN_ARTICLES && prohibitions >= PROHIBITION_SHARE * numbered.length;
  const prose = Math.max(1, lines.length);
  const voice = firstPerson >= FIRST_PERSON_SHARE * prose;
  const decide = (kind: DocumentKindName, ...evidence: Array<string | false>): DocumentKind => ({
    kind,
    evidence: [...evidence, voice && WRITER_VOICE].filter((item): item is string => Boolean(item)),
  });

  const workingPaperTitle = WORKING_PAPER_TITLE.test(title) && !CENTRAL_OR_ISSUING.test(title);
  if (CASE_TITLE.test(title)) return decide("case-material", `title:${title.match(CASE_TITLE)![0]}`, sanctions > 0 && `sanctions:${sanctions}`);
  if (workingPaperTitle) return decide("notice", `title:${title.match(WORKING_PAPER_TITLE)![0]}`, noticeMarks > 0 && `notice-marks:${noticeMarks}`);
  // Articles in sequence, or a regulation's title with its adoption note or chapters, and no reporter's or speaker's voice.
  // A title naming a rule of another text (…第三十九条规定, 刑法…作出规定) refers to a regulation rather than being one.
  const ruleTitle = RULE_TITLE.test(title) && !/第[一二三四五六七八九十百零〇]+条规定$|作出规定$/.test(title);
  // A list of numbered prohibitions (1.严禁…, 2.不得…) sets rules too, whatever its title calls it.
  if (articles >= MIN_ARTICLES || (ruleList && !newsLead && !salutation) || (ruleTitle && !newsLead && !salutation && (articles >= 2 || adoption || chapters >= 2 || lines.length > 0)))
    return decide("regulation", articles > 0 && `articles:${articles}`, ruleList && `prohibitions:${prohibitions}/${numbered.length}`, chapters > 0 && `chapters:${chapters}`, adoption && "adoption-note", ruleTitle && `title:${title.match(RULE_TITLE)![0]}`);
  if (noticeMarks >= 2 && /通知$/.test(title) && !CENTRAL_OR_ISSUING.test(title)) return decide("notice", `notice-marks:${noticeMarks}`, "title:通知");
  if (sanctions >= 2) return decide("case-material", `sanctions:${sanctions}`);
  if (REVIEW_TITLE.test(title) || qa >= Math.max(3, QA_SHARE * prose)) return decide("review-sheet", REVIEW_TITLE.test(title) && `title:${title.match(REVIEW_TITLE)![0]}`, qa > 0 && `qa:${qa}`);
  // …or its trailing note (党的六大纪律（学习笔记）): a note naming the text's kind, not only its status.
  const notes = NOTES_TITLE.exec(title) ?? NOTES_TITLE.exec(titleNote(rawTitle));
  if (notes) return decide("study-notes", `title:${notes[0]}`);
  if (REFLECTION_TITLE.test(title)) return decide("reflection", `title:${title.match(REFLECTION_TITLE)![0]}`, firstPerson > 0 && `first-person:${firstPerson}`);
  if (SPEECH_TITLE.test(title) || headnote) return decide("doctrine", SPEECH_TITLE.test(title) && `title:${title.match(SPEECH_TITLE)![0]}`, headnote && "works-headnote", salutation && "salutation");
  if (REPORT_TITLE.test(title) && !COMMENTARY_TITLE.test(title)) return decide("report", `title:${title.match(REPORT_TITLE)![0]}`, figures > 0 && `figures:${figures}`);
  if (newsLead) return decide("news", "news-lead", NEWS_TITLE.test(title) && `title:${title.match(NEWS_TITLE)![0]}`);
  if (CENTRAL_POLICY_TITLE.test(title)) return decide("doctrine", "title:central-document");
  if (DOCTRINE_TITLE.test(title) || salutation) return decide("doctrine", DOCTRINE_TITLE.test(title) && `title:${title.match(DOCTRINE_TITLE)![0]}`, salutation && "salutation");
  if (firstPerson >= FIRST_PERSON_SHARE * prose) return decide("reflection", `first-person:${firstPerson}/${lines.length}`);
  if (lines.length >= 10 && shortLines >= NOTES_SHORT_SHARE * lines.length) return decide("study-notes", `short-lines:${shortLines}/${lines.length}`);
  if (COMMENTARY_TITLE.test(title)) return decide("commentary", `title:${title.match(COMMENTARY_TITLE)![0]}`);
  if (NEWS_TITLE.test(title)) return decide("news", `title:${title.match(NEWS_TITLE)![0]}`);
  if (figures >= 5 && figures >= 0.2 * prose) return decide("report", `figures:${figures}`);
  return decide(lines.length > 0 ? "commentary" : "other", lines.length > 0 && "prose");
}
