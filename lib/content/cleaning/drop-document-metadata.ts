import type { DocumentMetadata } from "../types";
import type { CleaningRule, RemovedLine } from "./cleaning-rule";
import { isMetadataLine, leadingMenuRun } from "./drop-site-boilerplate";
import { ANSWER_FIELD } from "../text/answer-fields";
import { isHeadlineOverByline, isMarkedTitleLine, SALUTATION } from "../structure/classify-lines";
import { OFFICE } from "./drop-signature-lines";
import { COMMON_SURNAME } from "../text/surnames";

/** Keys of the metadata lines that newspapers, sites and exported reports print around a text. */
/** A source key with nothing after it: its value is printed on the next line. */
const EMPTY_SOURCE_KEY = /^(?:来\s*源|出\s*处|稿件来源|信息来源)\s*[：:]$/;
/** A paper's, site's or office's name, no sentence: 四川日报, 新华网, 人民网-人民日报, 省委办公厅. */
const SOURCE_NAME = /^[\p{Script=Han}A-Za-z0-9·\-－—]{2,16}(?:报|网|社|台|刊|杂志|新闻|客户端|公众号|中心|频道|办公室|办公厅|委员会|宣传部)$/u;
const META_KEYS = String.raw`时\s*间|版\s*次|版\s*面|期\s*号|日\s*期|发布(?:时间|日期)|更新(?:时间|日期)|发表(?:时间|日期)|作\s*者|记\s*者|编\s*辑|责任编辑|值班编辑|来\s*源|出\s*处|通讯员|摄\s*影|审\s*核|审\s*校|校\s*对|供\s*稿|撰\s*稿|签\s*发|文\s*号|发文字号|发文机关|栏\s*目|分\s*类|标\s*签|字\s*数|整\s*理(?:人|者)|制\s*表(?:人)?|版\s*本(?:号)?|阅读(?:量|次数)?|浏览(?:量|次数)?|点击(?:量|数)?|date|author|source|editor|tags?`;
const META_KEY = new RegExp(`^(?:${META_KEYS})\\s*[：:]\\s*`, "i");
const META_KEY_ANYWHERE = new RegExp(`(?:^|\\s)(${META_KEYS})\\s*[：:]\\s*`, "gi");
const MAX_META_LINE = 60;
const CN = "〇零一二三四五六七八九十";
const DATE = `(?:\\d{4}|[${CN}]{4})\\s*年\\s*(?:\\d{1,2}|[${CN}]{1,2})\\s*月\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*日|\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}`;
const DATE_LINE = new RegExp(`^[（(]?(${DATE})[）)]?(?:\\s*(?:星期|周)[一二三四五六日天])?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$`);
/** A draft's status in brackets: "（讨论稿）", "（征求意见稿）", "（送审稿）". "（试行）" and "（草案）" are part of a title. */
const DRAFT_STATUS = /^[（(](?:讨论稿|征求意见稿|送审稿|审议稿|修改稿|修订稿|初稿|草稿)[）)]$/;
/** An event's date without its year on a line of its own near the top of a post ("11月30日"). */
const MONTH_DAY_LINE = /^(\d{1,2}\s*月\s*\d{1,2}\s*日)$/;
/** A post's time of day on a line of its own under its date line ("2017-7-12" / "18:09"), as a page's date note shows them. */
const TIME_LINE = /^\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?$/;
/** "（2016年10月27日中国共产党第十八届中央委员会第六次全体会议通过）", "（中共中央办公厅2023年3月印发）", "（自2019年1月1日起施行）". */
const ADOPTION_LINE = new RegExp(`^[（(]\\s*([^（()）]{0,40}?)\\s*(${DATE}|(?:\\d{4}|[${CN}]{4})\\s*年\\s*(?:\\d{1,2}|[${CN}]{1,2})\\s*月)\\s*([^（()）]{0,60}?)\\s*(?:通过|发布|印发|批准|修订|公布|施行|实施|执行|审议通过|颁布)[）)]$`);
/** What frames an effective date rather than naming a body: "自…起施行", "从…开始实施". */
const EFFECTIVE_WORDS = /^(?:自|从|于)|(?:起|开始|起正式)$/g;
/** A speech's dateline under its title: "——2026年1月10日在市第十六届人民代表大会第五次会议上". */
const DATELINE = new RegExp(`^(?:[—－-]{1,2}\\s*(${DATE})\\s*(.{0,60})|(${DATE})\\s*(在.{2,60}(?:会议|大会|会|典礼|仪式)上(?:的(?:讲话|报告|发言))?))$`);
/** A speaker's byline over a speech: office, a space, name ("浙江省省长 刘捷", "市委书记　王某某"). */
const SPEAKER_BYLINE = /^[\u4e00-\u9fff、]{1,20}(?:长|书记|主席|主任|委员|代表|总理|部长|厅长|局长|校长|院长|秘书长)[\s　]+[\u4e00-\u9fff·](?:[\s　]?[\u4e00-\u9fff·]){1,3}$/;
const SPEECH_HEAD_LINES = 6;
/** An office and a name over what that person says, "队长 王双成：" (see classify-lines): a series of them is no byline. */
const SPEAKER_TURN = /^[\u4e00-\u9fff、]{1,20}(?:长|书记|主席|主任|委员|代表|总理|部长|厅长|局长|校长|院长|秘书长)[\s　]+[\u4e00-\u9fff·](?:[\s　]?[\u4e00-\u9fff·]){1,3}[：:]?$/;

/** A series of speakers (two office-and-name lines or more): each opens what that person says, none is the speech's byline. */
function isSpeakerSeries(lines: string[]): boolean {
  return lines.filter((line) => SPEAKER_TURN.test(line.trim())).length >= 2;
}
/** A speaker's name and the speech's date on one line under its title ("王 琛 2020.6.20"). */
const SPEAKER_DATED = new RegExp(`^([\\u4e00-\\u9fff](?:[\\s　]{0,4}[\\u4e00-\\u9fff·]){1,3})[\\s　]+(${DATE})$`);
/** A speaker's bare name under a speech's title ("陈国阳", "王  琛" spaced to the width of a three-character name). */
const SPEAKER_NAME = /^[\u4e00-\u9fff](?:[\s　]{0,4}[\u4e00-\u9fff·]){1,3}$/;
/** What a short title line names rather than who speaks: "发言稿", "讲话提纲", "开班致辞", "贺信". */
const GENRE_WORD = /(?:稿|讲话|致辞|发言|报告|提纲|贺信|贺词|演讲|讲稿|倡议书|决定|通知|纪要|序言?|前言|后记)$|^(?:总则|分则|附则|总纲|引言|结语|结束语|目录)$|^第[一二三四五六七八九十百零〇两\d]+[编章节条]/;
/** A date (and maybe its time of day) before a metadata key: "2017年08月22日09:55    来源：人民网-理论频道". */
const DATED_INFO_BAR = new RegExp(`^(?:${DATE})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:${META_KEYS})\\s*[：:]`, "i");
/** The date of a speech in parentheses, alone on its line: "（2010年2月22日）". */
const BRACKETED_DATE = /^[（(][^（()）]{0,12}\d{4}\s*年[^（()）]{0,16}[）)]$|^[（(]\s*[〇零一二三四五六七八九十]{4}\s*年[^（()）]{0,16}[）)]$/;
/** "本报记者 张三 李四", "（记者 王五）", "文/赵六", "新华社记者 孙七". */
const BYLINE = /^(?:[（(]\s*(?:本报|本刊|新华社|人民日报)?\s*(?:特约)?(?:记者|通讯员|作者)[^（()）]{1,30}[）)]|(?:(?:本报|本刊|新华社|人民日报|光明日报|经济日报)\s*(?:特约)?(?:记者|通讯员)\s*|(?:特约)?(?:记者|通讯员)\s+)[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}){0,4}|文\s*[/／|｜]\s*[\u4e00-\u9fff·\s]{2,12})$/;
/**
 * A commentary's pen name alone on the line under its title, as papers sign their editorials and column
 * pieces: a commentator (`本报评论员`, `人民日报评论员`, `新华社评论员`) or a column's collective pen name
 * (人民日报's `仲音`, `任仲平`, `任平`, `宣言`, `钟声`, `国纪平`; 新华社's `辛识平`; 经济日报's `金观平`), the
 * paper's name before it or not (`《人民日报》评论员`). A byline, never a section title: kept as the author.
 */
const PEN_NAME = /^(?:《?(?:人民日报|光明日报|经济日报|解放军报|求是)》?\s*)?(本报评论员|(?:人民日报|新华社|光明日报|经济日报|求是|解放军报)?\s*评论员|仲\s*音|任仲平|任\s*平|宣\s*言|钟\s*声|国纪平|辛识平|金观平)$/;
/** A file's name on a line of its own near the top, as a copied or exported file prints it: "毛概答题.txt", "入党流程（2024版）.docx". */
const FILE_NAME_LINE = /^[^\s。！？，；：:]{1,40}\.(?:txt|docx?|pdf|md|pptx?|xlsx?|wps|rtf)$/i;
/**
 * A blog post's head as 新浪博客 prints it and a reader copies it: the title, then the post's date and time in
 * brackets and the repost mark, "…心得体会 (2016-12-02 19:49:43)转载▼", "… 此博文包含图片 (2012-06-03 09:49:02)"
 * (the tags line under it, "标签： … 分类： …", is a `key：value` line). The title stays, the stamp gives the date.
 */
const BLOG_STAMP = /^(.{2,80}?)\s*(?:此博文包含图片\s*)?[（(]\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})\s+\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?\s*[）)]\s*(?:转载|原创|置顶)?\s*▼?$/;
/** A record's code under a label near the top, as notices and catalogue pages print it: "项目编号:XSB001", "索引号：000014349/2013-00123". */
const CODE_LINE = /^[\u4e00-\u9fff]{2,8}\s*[：:]\s*[A-Za-z0-9][A-Za-z0-9\-_/.]{2,40}$/;
/**
 * A newspaper article's credit line, as a paper's site prints it under the title: who wrote it, the paper
 * and the day and page, "陈  卓《人民日报》（2025年01月07日第 07 版）", "本报评论员《人民日报》（2025年01月09日第 01 版）",
 * or the paper alone, "《人民日报》（2026年1月5日）". Metadata (author, source, date), never a title or a passage.
 */
const PAPER_CREDIT = new RegExp(`^(?:([\\u4e00-\\u9fff·](?:[\\s　]{0,4}[\\u4e00-\\u9fff·]){1,7})[\\s　]*)?《([^《》]{1,12}(?:报|刊|杂志|求是|学习时报))》[\\s　]*[（(]\\s*(${DATE})\\s*(?:第\\s*\\d{1,3}\\s*版)?\\s*[）)]$`);
/** A 文号: "中发〔2013〕1号", "中办发[2024]12号". */
const DOCUMENT_NUMBER = String.raw`[\u4e00-\u9fff]{1,10}\s*[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d{1,4}\s*号`;
/** A 文号 on its own line, bare or in brackets with the date it was issued: "中发〔2013〕1号", "（中纪发〔2010〕13号 2010年4月1日）". */
const DOCUMENT_NUMBER_LINE = new RegExp(`^${DOCUMENT_NUMBER}$|^[（(]\\s*${DOCUMENT_NUMBER}(?:[\\s，,]*(?:${DATE}))?\\s*[）)]$`);
/** A photo caption with its credit, as newspapers print it: "王正谱作政府工作报告。本报记者 霍艳恩摄" (two sentences, "3月13日，…发表重要讲话。这是…握手。新华社记者 李刚 摄", too). */
export const PHOTO_CAPTION = /^.{0,120}?(?:(?:本报|本刊|新华社|人民日报)\s*)?(?:特约)?(?:记者|摄影)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,3}\s*摄$/;
/**
 * A caption of a picture the text no longer shows: its credit in brackets ("哈尔滨市博物馆主题活动
 * （黑龙江省文旅厅博物馆与社会文物处供图）", "（新华社记者 张三 摄）"), or a group photo's line
 * ("2025级博士班合影"), or a drawing's credit on a line of its own under the picture ("山东省威海市文登区纪委监委
 * 丛亮滋 绘图", "江苏省金湖县纪委监委绘图"). Exported for the lost-sentences check, which lets the cleaning drop them.
 */
export const CREDITED_CAPTION = /^[^。！？]{0,60}[（(][^（()）]{2,40}(?:供图|摄影?|拍摄)[）)]$|^[^。！？，；：]{2,30}(?:合影|合影留念|留影)$|^[\u4e00-\u9fff·\s]{2,40}(?:绘图|漫画|制图|供图)$/;
/**
 * A photo's caption without its credit, as a news report copied from a web page keeps it on a line of its own
 * between two paragraphs: a short line without punctuation naming a scene or who speaks ("培训会现场",
 * "党委组织部副部长印兴波讲话", "与会人员合影留念", "图为座谈会现场"). Never a speech's title ("…上的讲话"), a
 * decorated or numbered heading ("★ 分享会现场 ★", "一、活动现场"): those hold punctuation or marks the form has no room for.
 */
const UNCREDITED_CAPTION = /^(?:(?![\s\S]*的(?:讲话|发言|致辞)$)[\u4e00-\u9fff·A-Za-z0-9][\u4e00-\u9fff·A-Za-z0-9 　]{0,17}(?:现场|合影|留念|留影|讲话|发言|致辞|授课|颁奖|签约|揭牌|剪彩)|(?:图为|图片为|上图为|下图为)[\u4e00-\u9fff·A-Za-z0-9 　、“”]{2,30}。?)$/;
/** A paragraph of a report: a finished sentence of some length. */
const REPORT_PARAGRAPH = /^.{30,}[。！？”]$/;
/** What a speaker says in the first person, or a salutation: the line over it names who speaks, as a heading does. */
const FIRST_PERSON = /^(?:我|我们|咱们|大家好)/;

/**
 * Whether the line at index is a photo's caption without credit: the caption's form (UNCREDITED_CAPTION), standing
 * between two paragraphs of the report, where the paragraph under it goes on with the report rather than opening what
 * the line would head (a speaker's own words or salutation). A series of speakers keeps its office-and-name lines.
 */
function isUncreditedCaption(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (!UNCREDITED_CAPTION.test(line)) return false;
  const above = neighbour(lines, index, -1);
  const below = neighbour(lines, index, 1);
  return REPORT_PARAGRAPH.test(above) && REPORT_PARAGRAPH.test(below) && !FIRST_PERSON.test(below) && !SALUTATION.test(below);
}
/** A news agency's dateline on a line of its own: "北航新闻网8月21日电（通讯员曲韵高梓航）", "新华社北京3月5日电". */
const AGENCY_DATELINE = /^[\u4e00-\u9fff]{2,16}\d{1,2}月\d{1,2}日电(?:\s*[（(][^（()）]{0,40}[）)])?$/;
/** An article's closing credit: "（作者：王臻 单位：河南省纪委监委）", "（王希鹏 作者单位：中国纪检监察学院）". */
const CREDIT = /^[（(]\s*(?:作者\s*[：:]\s*([^（()）]+?)|([\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,3})\s*(?:作者)?单位\s*[：:]\s*([^（()）]+?))\s*[）)]$/;
/**
 * Who made an article, as a news report or a WeChat post closes it: "图片：…", "文字：梅帅",
 * "文字、图片：孙冉", "主编｜郑思慧", "图片丨刘佳妮" (the character 丨 drawn as a bar), "编辑 | 罗萱", "审核发布 | 陈菊平",
 * "通讯员 / 陈薇", "特别支持：分团委", "校审：何春昊",
 * "（审核：王菲）", "推文封面：" (a value may be missing in a
 * template). These words also label content ("图片：图片居中…" in a style guide), so such a line
 * is a credit only in a run of two or more credit lines, or when the run closes the document.
 */
const CREDIT_KEY = String.raw`(?:审\s*核\s*)?发\s*布|(?:推文)?封面|图\s*片|图\s*文|文\s*字|文\s*图|摄\s*影|摄\s*像|视\s*频|编\s*审|(?:执行|副)?主\s*编|责\s*编|美\s*编|排\s*版|校\s*对|供\s*稿|供\s*图|主\s*办|承\s*办|出\s*品|监\s*制|策\s*划|统\s*筹|制\s*作|[初复终一二三]\s*审|审\s*核|审\s*校|编\s*辑|责任编辑|来\s*源|撰\s*稿|通讯员|记\s*者|作\s*者|(?:特别)?(?:支\s*持|鸣\s*谢)|校\s*审|负\s*责`;
const CREDIT_LINE = new RegExp(`^[（(]?(?:${CREDIT_KEY})(?:\\s*[、/／和及]\\s*(?:${CREDIT_KEY}))*\\s*[：:｜|丨/／]\\s*[^。！？；]{0,30}?[）)]?$`);
/** The mark a WeChat post prints between its text and its credits: "-END-", "— END —", "END", "\\-END-" (Markdown-escaped). */
const END_MARK = /^[-—–_\\\s]*END[-—–_\\\s]*$/i;
/**
 * The date under an article's title in a collection (speeches, selected works): "（一九三八年一月十二日）",
 * "（一九六五年六月、十二月）". Only right under a short title line; elsewhere a date line closes a preface.
 */
const TITLE_DATE = new RegExp(`^[（(]\\s*(?:\\d{4}|[${CN}]{4})\\s*年[\\d${CN}月日、\\s至—-]{1,20}[）)]$`);
const MAX_TITLE_ABOVE = 40;

function isUnderTitle(lines: string[], index: number): boolean {
  for (let above = index - 1; above >= 0; above--) {
    const line = lines[above]!.trim();
    if (!line) continue;
    return line.length <= MAX_TITLE_ABOVE && !/[。！？；：，,]/.test(line);
  }
  return false;
}
/** The neighbouring line with text above (-1) or below (+1) a line. */
function neighbour(lines: string[], index: number, step: -1 | 1): string {
  for (let at = index + step; at >= 0 && at < lines.length; at += step) if (lines[at]!.trim()) return lines[at]!.trim();
  return "";
}

/**
 * A speaker's bare name near the top of a speech: a line of two to four Chinese characters (spaced or
 * not) next to the speech's date on a line of its own (`2020.07.13`, `（2010年2月22日）`), or right above its salutation (`陈国阳` / `（2010年2月22日）`
 * / `同志们：`). Read as text it becomes a module or section title.
 */
function isSpeakerName(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  // A name stands under a title; a short first line ("发言稿", "讲话") is the title, and a genre word is no name.
  if (!SPEAKER_NAME.test(line) || GENRE_WORD.test(line)) return false;
  const above = neighbour(lines, index, -1);
  if (!above) return false;
  const below = neighbour(lines, index, 1);
  return SALUTATION.test(below) || (isSpeech(lines) && [above, below].some((next) => BRACKETED_DATE.test(next) || DATE_LINE.test(next)));
}

/** A headline over a reporter's byline: a line of its own, no sentence stop, commas allowed ("一面航空罗盘，铭刻战斗精神"). */
const BYLINE_HEADLINE = /^[^。！？；：:]{4,60}$/;
/** A personal name that opens with a common surname: "金正波", "谢春涛" (a bare heading such as "党员" or "审理" is none). */
const SURNAMED_NAME = new RegExp(`^${COMMON_SURNAME}[\\s　]{0,4}[\\u4e00-\\u9fff·](?:[\\s　]{0,4}[\\u4e00-\\u9fff·])?$`);

/**
 * A reporter's or author's byline between a headline and the report it heads: a surnamed name under a headline line
 * (commas allowed), over a paragraph of the report that neither says 我 outside quotations nor names the person (a
 * speaker's own words, or a profile of the person named, would make the name a heading). Its headline heads the report.
 */
function isReporterByline(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  const above = neighbour(lines, index, -1);
  const below = neighbour(lines, index, 1);
  const given = line.replace(/[\s　]+/g, "").slice(1);
  return (
    SURNAMED_NAME.test(line) &&
    BYLINE_HEADLINE.test(above) &&
    !SPEAKER_NAME.test(above) &&
    REPORT_PARAGRAPH.test(below) &&
    !below.replace(/“[^”]*”/g, "").includes("我") &&
    !SALUTATION.test(below) &&
    !below.includes(given)
  );
}

/**
 * A bare name right under a title, anywhere in the document: under a title that names its genre (a second report in
 * the file: "2022年度述职述廉述德述法报告" / "蒋  明"), over a page's info bar (`吴桂韩` / "2017年08月22日09:55
 * 来源：人民网-理论频道"). The byline of what follows, never a section's title.
 */
function isBylineName(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (!SPEAKER_NAME.test(line) || GENRE_WORD.test(line.replace(/[\s　]+/g, "")) || !isUnderTitle(lines, index)) return false;
  return AUTHORED_GENRE.test(neighbour(lines, index, -1)) || isDatedInfoBar(neighbour(lines, index, 1));
}

/** A title that names a text somebody gives or writes in their own name (述职报告, 讲话, 发言稿), not a chapter's. */
const AUTHORED_GENRE = /(?:报告|讲话|致辞|发言|发言稿|讲稿|演讲|演讲稿)$/;

/** A page's info bar that opens with the day of publication and names its source or author. */
function isDatedInfoBar(line: string): boolean {
  return DATED_INFO_BAR.test(line) && line.length <= MAX_META_LINE && !/[。！？]$/.test(line);
}

/** A speech names itself in its first lines: "…在…会上的讲话", "开班致辞", "发言稿" (a news page's place line, `北京`, is no speaker). */
function isSpeech(lines: string[]): boolean {
  return lines
    .filter((line) => line.trim())
    .slice(0, SPEECH_HEAD_LINES)
    .some((line) => /讲话|致辞|发言|演讲|讲稿/.test(line));
}

/** A WeChat post's head line: its date and the account's name ("2017-12-19 廉洁江西"). */
/** A day of the week (星期三, 周三, 礼拜天): what a dateline adds to its date, never the name of an account. */
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/;
const POST_DATELINE = new RegExp(`^(${DATE})\\s+([\\u4e00-\\u9fffA-Za-z0-9]{2,20})$`);

/** A post's event date near the top ("11月30日"), on a line of its own under the title or a sentence. */
function isEventDate(lines: string[], index: number): boolean {
  if (!MONTH_DAY_LINE.test(lines[index]!.trim())) return false;
  const above = neighbour(lines, index, -1);
  // Under the title or a finished sentence; under a label ("集合时间") it is a form's value, under an office a signature.
  return !OFFICE.test(above) && (/[。！？!?…]$/.test(above) || lines.findIndex((line) => line.trim()) === lines.findIndex((line) => line.trim() === above));
}

/** A byline whose hit counter a script filled in ("点击数：", "阅读次数："): a copy of the page keeps the label, empty. */
const EMPTY_COUNTER = /(?:点击|阅读|浏览|访问)(?:数|量|次数)?\s*[：:]\s*$/;

/** The unit of a hit counter left on its own line under the byline that lost the number ("次"). */
function isCounterUnit(lines: string[], index: number): boolean {
  return /^(?:人?次)$/.test(lines[index]!.trim()) && EMPTY_COUNTER.test(neighbour(lines, index, -1));
}

/**
 * A subtitle printed under a title, led by a dash: "——巡视工作如何做深做细做实的思考", "——记某某同志的
 * 先进事迹", "——在全市党建工作会议上的讲话". It belongs to the title, not to the text: read as a passage
 * it is a fragment (it ends in no sentence punctuation) and rejoining glues it to the next line.
 */
const SUBTITLE = /^(?:——|—|－－|--)\s*([^—－\-\s].{3,58})$/;
/** A line a subtitle may stand under: a title (short, no sentence inside, not a quotation, not an outline item). */
function isTitleAbove(line: string): boolean {
  return line.length <= 60 && !/[。；;：:，,、]$/.test(line) && !/[。；;]/.test(line) && !/^[“"「『].*[”"」』]$/.test(line) && !/^[—－-]/.test(line) && !/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/.test(line);
}

/**
 * Where the document's subtitle stands, and the title above it: the first dash-led line among the
 * first lines, right under a title line. A dash line after a sentence (an attribution under a quote,
 * "——习近平") or further down is prose, and so is a speech's dateline (DATELINE, a date).
 */
export function findSubtitle(lines: string[]): { index: number; titleIndex: number; subtitle: string } | null {
  for (const index of headIndexes(lines)) {
    const line = lines[index]!.trim();
    const match = SUBTITLE.exec(line);
    if (!match || DATELINE.test(line) || /[。；;：:，,]$/.test(line) || (match[1]!.match(/\p{Script=Han}/gu) ?? []).length < 4) continue;
    let above = index - 1;
    while (above >= 0 && !lines[above]!.trim()) above--;
    if (above < 0 || !isTitleAbove(lines[above]!.trim())) return null;
    return { index, titleIndex: above, subtitle: match[1]!.replace(/[*_]+$/, "").trim() };
  }
  return null;
}

/** Dates and adoption notes count as front matter only near the top; later dates close prefaces (signatureLines). */
const HEAD_LINES = 12;

/** One `key：value` field of a page's info bar: a short key, a short value. */
const FIELD = String.raw`[\u4e00-\u9fff]{2,4}\s*[：:]\s*[^|｜：:。！？]{1,40}?`;
/**
 * A page's info bar: two or more fields side by side between bars, "学校: 商丘市外国语实验小学 | 日期: 2017年11月30日",
 * "单位：党委宣传部｜发布时间：2023-05-06｜浏览次数：120". Its first key may be any (学校, 单位, 部门); one of its
 * keys must be a metadata key, so a line of terms glossed side by side ("目标：… | 任务：…") stays text.
 */
const FIELDS_LINE = new RegExp(`^${FIELD}(?:\\s*[|｜]\\s*${FIELD})+$`);

/** An organisation's name: a school, a party or government body, an office. */
const UNIT_NAME = /^[\u4e00-\u9fff（）()]{2,24}(?:小学|中学|大学|学院|学校|委员会|党委|党总支|党支部|支部|办公室|中心|部|局|厅|处|院)$/;

/**
 * The unit a news page names under its headline, just above the page's info bar ("商丘市外国语实验小学" over
 * "学校: 商丘市外国语实验小学 | 日期: …", "党委宣传部" over "发布时间：…"): a byline, not a section's title.
 */
function isUnitByline(lines: string[], index: number): boolean {
  return UNIT_NAME.test(lines[index]!.trim()) && isUnderTitle(lines, index) && isMetaKeyLine(neighbour(lines, index, 1));
}

function isMetaKeyLine(line: string): boolean {
  const fields = FIELDS_LINE.test(line) && line.split(/[|｜]/).some((field) => META_KEY.test(field.trim()));
  return (META_KEY.test(line) || fields) && line.length <= MAX_META_LINE && !/[。！？]$/.test(line);
}

/**
 * A `时间：…` line that answers a review sheet's question, not the document's metadata: under a question or label ending
 * in `：` ("第一次国共合作正式建立的标志：" / "时间：1924 年 1 月"), or next to another field of the answer
 * (ANSWER_FIELD: "时间：1927 年 8 月 1 日" / "地点：江西南昌").
 */
function isAnswerField(context: MetadataContext, index: number): boolean {
  const plain = (line: string) => line.replace(/<[^>]+>/g, "").trim();
  const above = plain(neighbour(context.lines, index, -1));
  const below = plain(neighbour(context.lines, index, 1));
  const field = (line: string) => ANSWER_FIELD.test(line) && !META_KEY.test(line);
  return /[：:]$/.test(above) || field(above) || field(below);
}

/** The first lines with text, after a web page's toolbar (which siteBoilerplate drops). */
/**
 * A news report's lead naming the site or paper it came from and, in brackets, its reporters: "南开新闻网讯（记者 郝静秋 摄影报道）",
 * "天津日报讯（记者 魏彧 于春沣）", "本报讯", at the head of the first paragraph or alone on a line. The bracket may be left open where
 * a crawler or a copy broke the paragraph inside it ("南开新闻网讯 （记者 郝静秋" / "摄影报道）11月4日，…").
 */
const NEWS_LEAD = /^(?:本报|[\u4e00-\u9fff](?:[\u4e00-\u9fff]|\s(?=[\u4e00-\u9fff])){0,11}(?:网|报|台|社))讯\s*(?:[（(]([^（()）]{0,40})([）)])?)?/;
/** Where a bracket left open on the line above closes at the head of this one: "摄影报道）11月4日，…", "宗琪琪)为深入…". */
const BRACKET_CLOSE_HEAD = /^[^（()）]{0,30}[）)]\s*/;

/**
 * The lines without a news report's lead (NEWS_LEAD) at the head: a lead alone on its line goes, a lead before the text leaves
 * the text, a lead whose bracket closes on the next line takes the head of that line with it. Lines removed are reported.
 */
function withoutNewsLeads(lines: string[], head: Set<number>, removed: RemovedLine[]): { lines: string[]; gone: Set<number> } {
  const result = [...lines];
  const gone = new Set<number>();
  for (const index of head) {
    const line = result[index]!.trim();
    const lead = NEWS_LEAD.exec(line);
    if (!lead) continue;
    const rest = line.slice(lead[0].length).trim();
    const open = lead[1] !== undefined && lead[2] === undefined;
    if (open && rest === "") {
      const next = result.findIndex((text, at) => at > index && text.trim() !== "");
      const close = next < 0 ? null : BRACKET_CLOSE_HEAD.exec(result[next]!.trim());
      if (!close) continue;
      removed.push({ rule: "news-lead", line: `${line}${close[0].trim()}` });
      gone.add(index);
      result[next] = result[next]!.trim().slice(close[0].length);
    } else if (!open && (rest === "" ? result.some((text, at) => at > index && text.trim() !== "") : !/^[，,。：:、]/.test(rest))) {
      removed.push({ rule: "news-lead", line: lead[0].trim() });
      if (rest === "") gone.add(index);
      else result[index] = rest;
    }
  }
  return { lines: result, gone };
}

/** Text lines without the news leads (NEWS_LEAD) the metadata rule drops, wherever they stand: what the invariants compare. */
export function withoutNewsLeadText(lines: string[]): string[] {
  const { lines: result, gone } = withoutNewsLeads(lines, new Set(lines.keys()), []);
  return result.filter((_, index) => !gone.has(index));
}

function headIndexes(lines: string[]): Set<number> {
  const head = new Set<number>();
  for (let index = leadingMenuRun(lines); index < lines.length && head.size < HEAD_LINES; index++) if (lines[index]!.trim()) head.add(index);
  return head;
}

/**
 * An adoption note a printed page wrapped over two lines near the top ("（2020年2月26日中共中央政治局常委会会议审议批准" /
 * "2020年3月9日中共中央办公厅发布）"): both lines, keyed by index, with the note they make.
 */
function wrappedAdoptionNotes(lines: string[], head: Set<number>): Map<number, string> {
  const notes = new Map<number, string>();
  const indexes = [...head];
  indexes.forEach((index, at) => {
    const line = lines[index]!.trim();
    const next = indexes[at + 1];
    if (next === undefined || !/^[（(][^）)]*$/.test(line)) return;
    const tail = lines[next]!.trim();
    if (!/^[^（(]*[）)]$/.test(tail)) return;
    const note = `${line}${tail}`;
    if (!ADOPTION_LINE.test(note)) return;
    notes.set(index, note);
    notes.set(next, note);
  });
  return notes;
}

/**
 * A newspaper's credit line a printed page wrapped over two lines, its page number or closing bracket on the next
 * ("本报记者 吴储岐《人民日报》（2025年01月03日第 04" / "版）"): both lines, keyed by index, with the credit they make.
 * Read as text, the head becomes a section title and the tail a section under it.
 */
function wrappedPaperCredits(lines: string[]): Map<number, string> {
  const credits = new Map<number, string>();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || PAPER_CREDIT.test(line) || !/《[^《》]+》[\s　]*[（(][^）)]*$/.test(line)) return;
    let next = index + 1;
    while (next < lines.length && !lines[next]!.trim()) next++;
    const tail = lines[next]?.trim() ?? "";
    if (!/^[^（(]{0,12}[）)]$/.test(tail)) return;
    const credit = `${line}${tail}`;
    if (!PAPER_CREDIT.test(credit)) return;
    credits.set(index, credit);
    credits.set(next, credit);
  });
  return credits;
}

/**
 * A closing credit run onto the article's last paragraph: "…严肃性。（崔利民）", "…落到实处。（张三 李四）",
 * "…免予处分的决定。（中央纪委案件审理室）", "…共156万元。（ 李凤敏 黄志坚 张潍民）" (scraped pages pad
 * the brackets with spaces); or standing alone on the last line: "（敬靖）", "（河南省纪委监委第十二审查调查室）".
 * Only names after a sentence end; editorial marks in brackets (（完）, （全文完）, （有删节）) are not names.
 */
const GLUED_CREDIT = /(^|[。！？”])\s*[（(]\s*([^（()）。！？]{2,60}?)\s*[）)]$/;
const NOT_A_NAME = /完|待续|删|略|节选|摘编|原载|注|附件|转载|整理|试行|草案|^第[一二三四五六七八九十百零〇\d]+[条章节款项]$/;
/** Names of two to four characters; or a unit, alone or before a name: "（中央纪委案件审理室）", "（中央纪委国家监委网站 曹静静）", "（安徽省委第一巡视组组长孟庆银）". */
const NAMES = /^[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4}){0,3}$/;
const UNIT_CREDIT = /(?:室|部|组|委|局|厅|院|办|处|中心|网站?|报社?|杂志社?|电视台)(?:长|主任|书记)?(?:\s*[\u4e00-\u9fff·]{2,4})?$/;
/**
 * A credit that says what it is, as discipline-inspection sites close an article: "（作者：王昌奎  单位：
 * 重庆市纪委监委）", "（王希鹏 作者单位：中国纪检监察学院）", "（作者系特约撰稿人叶研）", "（作者叶研系本报特约撰稿人）",
 * "（作者董同会，系中央纪委国家监委…一级巡视员）", "（艾萍撰文，…纪委绘图）",
 * "（敬靖文 | 丛亮滋图）", "（敬靖文字 | 丛亮滋漫画）".
 */
const KEYWORD_CREDIT = /^(?:作者\s*(?:[：:系为]|[\u4e00-\u9fff·]{2,4}\s*[，,]?\s*系)|[\u4e00-\u9fff·\s]{2,12}?(?:作者)?单位\s*[：:])|^[\u4e00-\u9fff·]{2,4}\s*(?:撰文|文字?|供稿)\s*[，,|｜、]|(?:绘图|漫画|制图|供图|[|｜]\s*[\u4e00-\u9fff·]{2,4}\s*图)$/;

/** The author a CREDIT match names: "王臻，河南省纪委监委". */
function creditAuthor(credit: RegExpExecArray): string {
  return credit[1] ? credit[1].replace(/\s*单位\s*[：:]\s*/, "，") : `${credit[2]!.replace(/\s*作者$/, "")}，${credit[3]!}`;
}

function gluedCredit(line: string): string | null {
  const match = GLUED_CREDIT.exec(line);
  if (!match) return null;
  const credit = match[2]!.trim();
  const full = CREDIT.exec(`（${credit}）`);
  if (full) return creditAuthor(full);
  if (KEYWORD_CREDIT.test(credit)) return credit.replace(/\s+/g, " ");
  if (NOT_A_NAME.test(credit) || /[，,：:；;|｜]/.test(credit)) return null;
  return NAMES.test(credit) || UNIT_CREDIT.test(credit) ? credit.replace(/\s+/g, " ") : null;
}

/** The index of the last line with text, where a closing credit stands. */
function lastTextLine(lines: string[]): number {
  for (let index = lines.length - 1; index >= 0; index--) if (lines[index]!.trim()) return index;
  return -1;
}

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * What a document says about itself, read from its front matter before the lines are dropped: for each line, the first
 * rule of METADATA_LINE_RULES that has a `read` and matches gives its fields (the same rules decide what the cleaning
 * drops). Three reads have no rule of the table and stay here: a blog post's date stamp after its title (BLOG_STAMP, a
 * part of a line, cut before the table runs), the credit glued to the last paragraph (GLUED_CREDIT, cut after it), and
 * the subtitle (the `subtitle` rule drops its line; its text is read first, as findSubtitle gives it).
 */
export function readDocumentMetadata(lines: string[]): DocumentMetadata {
  const metadata: DocumentMetadata = {};
  const head = headIndexes(lines);
  const last = lastTextLine(lines);
  const closing = last >= 0 ? gluedCredit(lines[last]!.trim()) : null;
  if (closing) metadata.author = closing;
  const context = metadataContext(lines, head);
  if (context.subtitle) metadata.subtitle = context.subtitle.subtitle;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const stamp = head.has(index) ? BLOG_STAMP.exec(line) : null;
    if (stamp) {
      metadata.date ??= `${stamp[2]}年${Number(stamp[3])}月${Number(stamp[4])}日`;
      return;
    }
    METADATA_LINE_RULES.find((rule) => rule.read && applies(rule, context, index, line))?.read!(context, index, line, metadata);
  });
  return metadata;
}

/** An adoption note's date and issuing body: "（2016年10月27日中国共产党第十八届中央委员会第六次全体会议通过）". */
function readAdoptionNote(note: string, metadata: DocumentMetadata): void {
  const adoption = ADOPTION_LINE.exec(note)!;
  // A note of several steps ("…会议审议批准 2020年3月9日中共中央办公厅发布", a revision's history) names the issuing body and date last.
  const later = [...adoption[3]!.matchAll(new RegExp(DATE, "g"))].at(-1);
  metadata.date ??= compact(later?.[0] ?? adoption[2]!);
  const issuer = compact(later ? adoption[3]!.slice(later.index + later[0].length) : `${adoption[1]!}${adoption[3]!}`).replace(EFFECTIVE_WORDS, "");
  if (issuer.length >= 2) metadata.issuer ??= issuer;
}

/** A newspaper's credit line: its author, paper and day. */
function readPaperCredit(credit: string, metadata: DocumentMetadata): void {
  const paper = PAPER_CREDIT.exec(credit)!;
  // The byline under the title names the author; a closing note ("（作者为…研究员）") only describes them.
  if (paper[1]) metadata.author = compact(paper[1]);
  metadata.source ??= paper[2]!;
  metadata.date ??= compact(paper[3]!);
}

/** "来源：网络  作者：空山新雨  更新时间：2024-12-18": each pair of a `key：value` line near the top (several on one line). */
function readKeyValues(line: string, metadata: DocumentMetadata): void {
  const keys = [...line.matchAll(META_KEY_ANYWHERE)];
  keys.forEach((match, position) => {
    const key = match[1]!.replace(/\s+/g, "");
    const value = line.slice(match.index + match[0].length, keys[position + 1]?.index ?? line.length).trim();
    if (!value) return;
    if (/^(?:作者|记者|author)$/i.test(key)) metadata.author ??= value;
    else if (/^(?:来源|出处|source)$/i.test(key)) metadata.source ??= value;
    else if (/日期|时间|^date$/i.test(key)) metadata.date ??= value;
    else if (/^发文机关$/.test(key)) metadata.issuer ??= value;
    else if (/^(?:文号|发文字号)$/.test(key)) metadata.documentNumber ??= value;
  });
}

/**
 * Front matter is metadata, not content: `key：value` lines (版次、日期、作者、记者、编辑、来源、
 * 责任编辑 …), bylines, photo captions with their credit, and near the top a date on its own
 * line or an adoption note in brackets.
 */
/** Indexes of the credit lines that are credits: runs of two or more, and the run that ends the document. */
function creditIndexes(lines: string[]): Set<number> {
  const credits = new Set<number>();
  const last = lastTextLine(lines);
  let run: number[] = [];
  const close = (endsDocument: boolean) => {
    if (run.length >= 2 || (endsDocument && run.length > 0)) run.forEach((index) => credits.add(index));
    run = [];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (CREDIT_LINE.test(line) || END_MARK.test(line) || isMetaKeyLine(line)) {
      run.push(index);
      if (index === last) close(true);
      return;
    }
    close(false);
  });
  return credits;
}

/**
 * A panel's roster, as case discussions (以案说法, 案例评析) print it under the title: a label `特邀嘉宾`
 * over lines naming each guest and office, `周晓琳 齐齐哈尔市纪委监委案件审理室副主任`, sometimes two to a
 * line (`黄 贺 修水县纪委监委第二纪检监察室主任 方 舒`). Who speaks, like a byline: not text.
 */
const ROSTER_LABEL = /^(?:特邀|本期|访谈)?嘉宾[：:]?$/;
const GUEST_NAME = String.raw`[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3}`;
const GUEST_OFFICE = String.raw`[^\s。！？，,；;：:]{4,40}?(?:长|主任|书记|员|官|干部|委员|教授|律师)`;
const ROSTER_LINE = new RegExp(`^(?:${GUEST_NAME}\\s+${GUEST_OFFICE}\\s*)+(?:${GUEST_NAME})?$`);

/** Indexes of roster labels and the guest lines under them. Exported for the lost-sentences check, which lets the cleaning drop them. */
export function rosterIndexes(lines: string[]): Set<number> {
  const roster = new Set<number>();
  lines.forEach((raw, index) => {
    if (!ROSTER_LABEL.test(raw.trim().replace(/^[\s\u3000]+/, ""))) return;
    const guests: number[] = [];
    for (let at = index + 1; at < lines.length; at++) {
      const line = lines[at]!.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
      if (!line) continue;
      if (!ROSTER_LINE.test(line)) break;
      guests.push(at);
    }
    if (guests.length === 0) return;
    roster.add(index);
    guests.forEach((at) => roster.add(at));
  });
  return roster;
}

/** What the metadata rules read besides the line: the document's lines and what is computed once over all of them. */
interface MetadataContext {
  lines: string[];
  /** The first lines with text, after a page's toolbar: where "head" rules look. */
  head: Set<number>;
  wrappedNotes: Map<number, string>;
  wrappedCredits: Map<number, string>;
  credits: Set<number>;
  roster: Set<number>;
  subtitle: ReturnType<typeof findSubtitle>;
  /** The document is a series of speakers: no office-and-name line is its byline. */
  series: boolean;
}

function metadataContext(lines: string[], head: Set<number>): MetadataContext {
  return {
    lines,
    head,
    wrappedNotes: wrappedAdoptionNotes(lines, head),
    wrappedCredits: wrappedPaperCredits(lines),
    credits: creditIndexes(lines),
    roster: rosterIndexes(lines),
    subtitle: findSubtitle(lines),
    series: isSpeakerSeries(lines),
  };
}

/**
 * One form of metadata line: its name (reported per dropped line), where it is looked for, its test, and what fields of
 * the document it gives (readDocumentMetadata), if any.
 */
interface MetadataLineRule {
  name: string;
  /** "head": only among the first lines with text (headIndexes); "anywhere": on any line. */
  where: "anywhere" | "head";
  test(context: MetadataContext, index: number, line: string): boolean;
  /** The document's fields the line gives (author, source, date, issuer, documentNumber), called on a line the test matched. */
  read?(context: MetadataContext, index: number, line: string, metadata: DocumentMetadata): void;
}

/**
 * The forms of metadata lines, in the order they are tried: a line is metadata when one of them matches, and the
 * first that matches names it; its fields come from the first that matches and has a `read`. To add one, add an entry
 * with a doc comment (the form, an example) and unit tests.
 */
export const METADATA_LINE_RULES: readonly MetadataLineRule[] = [
  /** A dash-led subtitle right under the title near the top: "——巡视工作如何做深做细做实的思考" (findSubtitle; readDocumentMetadata reads its text). */
  { name: "subtitle", where: "anywhere", test: (context, index) => index === context.subtitle?.index },
  /** A hit counter's unit on its own line under a byline that lost its number: "点击数：" / "次". */
  { name: "counter-unit", where: "anywhere", test: (context, index) => isCounterUnit(context.lines, index) },
  /** A draft's status on a line of its own under the title: "（讨论稿）", "(征求意见稿)". The text's state, not its text. */
  { name: "draft-status", where: "head", test: (_context, _index, line) => DRAFT_STATUS.test(line.trim()) },
  /** Either line of an adoption note wrapped over two lines near the top: "（2020年2月26日…审议批准" / "2020年3月9日…发布）". */
  {
    name: "wrapped-adoption-note",
    where: "anywhere",
    test: (context, index) => context.wrappedNotes.has(index),
    read: (context, index, _line, metadata) => readAdoptionNote(context.wrappedNotes.get(index)!, metadata),
  },
  /** Either line of a newspaper's credit line wrapped over two lines: "本报记者 吴储岐《人民日报》（2025年01月03日第 04" / "版）". */
  {
    name: "wrapped-paper-credit",
    where: "anywhere",
    test: (context, index) => context.wrappedCredits.has(index),
    read: (context, index, _line, metadata) => readPaperCredit(context.wrappedCredits.get(index)!, metadata),
  },
  /** A credit line in a run of two or more, or in the run that closes the document: "编辑 | 罗萱", "-END-" (creditIndexes). */
  { name: "credit-run", where: "anywhere", test: (context, index) => context.credits.has(index) },
  /** A panel's roster: "特邀嘉宾" over "周晓琳 齐齐哈尔市纪委监委案件审理室副主任" (rosterIndexes). */
  { name: "roster", where: "anywhere", test: (context, index) => context.roster.has(index) },
  /** A date in parentheses right under a short title line: "（一九三八年一月十二日）". */
  { name: "title-date", where: "anywhere", test: (context, index, line) => TITLE_DATE.test(line) && isUnderTitle(context.lines, index) },
  /**
   * A `key：value` line or a page's info bar: "来源：新华网  作者：张三", "学校: … | 日期: 2017年11月30日". Dropped anywhere,
   * read only near the top (a key further down labels a later part, not the document).
   */
  {
    name: "key-value",
    where: "anywhere",
    test: (context, index, line) => isMetaKeyLine(line) && !isAnswerField(context, index),
    read: (context, index, line, metadata) => {
      if (context.head.has(index)) readKeyValues(line, metadata);
    },
  },
  /**
   * A source named on the line under its empty key, as a page's info bar copies: "来源:" over "四川日报". Read near the top.
   */
  {
    name: "wrapped-source",
    where: "anywhere",
    test: (context, index, line) => index > 0 && EMPTY_SOURCE_KEY.test(context.lines[index - 1]!.trim()) && SOURCE_NAME.test(line.trim()),
    read: (context, index, line, metadata) => {
      if (context.head.has(index)) metadata.source ??= line.trim();
    },
  },
  /** The unit named under a headline over the page's info bar: "党委宣传部" over "发布时间：…". */
  { name: "unit-byline", where: "anywhere", test: (context, index) => isUnitByline(context.lines, index) },
  /** A reporter's byline: "本报记者 张三 李四", "（记者 王五）", "文/赵六". */
  { name: "byline", where: "anywhere", test: (_context, _index, line) => BYLINE.test(line) },
  /** A newspaper's credit line: "陈  卓《人民日报》（2025年01月07日第 07 版）", "《人民日报》（2026年1月5日）". */
  {
    name: "paper-credit",
    where: "anywhere",
    test: (_context, _index, line) => PAPER_CREDIT.test(line),
    read: (_context, _index, line, metadata) => readPaperCredit(line, metadata),
  },
  /** An article's closing credit: "（作者：王臻 单位：河南省纪委监委）". */
  {
    name: "closing-credit",
    where: "anywhere",
    test: (_context, _index, line) => CREDIT.test(line),
    read: (_context, _index, line, metadata) => {
      metadata.author ??= creditAuthor(CREDIT.exec(line)!);
    },
  },
  /** A photo caption ending in its credit: "王正谱作政府工作报告。本报记者 霍艳恩摄". */
  { name: "photo-caption", where: "anywhere", test: (_context, _index, line) => PHOTO_CAPTION.test(line) },
  /** A picture's caption with its credit in brackets, a group photo's line, a drawing's credit: "…（…供图）", "2025级博士班合影". */
  { name: "credited-caption", where: "anywhere", test: (_context, _index, line) => CREDITED_CAPTION.test(line) },
  /** A photo's caption without credit between two paragraphs of a report: "培训会现场", "党委组织部副部长印兴波讲话". */
  { name: "uncredited-caption", where: "anywhere", test: (context, index) => !context.series && isUncreditedCaption(context.lines, index) },
  /** A news agency's dateline: "北航新闻网8月21日电（通讯员曲韵高梓航）". */
  { name: "agency-dateline", where: "head", test: (_context, _index, line) => AGENCY_DATELINE.test(line) },
  /** An adoption note: "（2016年10月27日中国共产党第十八届中央委员会第六次全体会议通过）", "（自2019年1月1日起施行）". */
  {
    name: "adoption-note",
    where: "head",
    test: (_context, _index, line) => ADOPTION_LINE.test(line),
    read: (_context, _index, line, metadata) => readAdoptionNote(line, metadata),
  },
  /** A speech's dateline: "——2026年1月10日在市第十六届人民代表大会第五次会议上" (before post-dateline: "2026年1月10日 在…会议上" names no account). */
  {
    name: "speech-dateline",
    where: "head",
    test: (_context, _index, line) => DATELINE.test(line),
    read: (_context, _index, line, metadata) => {
      const dateline = DATELINE.exec(line)!;
      metadata.date ??= compact(dateline[1] ?? dateline[3]!);
    },
  },
  /** A speaker's name and the speech's date on one line, never the first line: "王 琛 2020.6.20". */
  {
    name: "speaker-dated",
    where: "head",
    test: (_context, index, line) => index > 0 && SPEAKER_DATED.test(line),
    read: (_context, _index, line, metadata) => {
      const dated = SPEAKER_DATED.exec(line)!;
      metadata.author ??= dated[1]!.replace(/[\s　]+/g, " ");
      metadata.date ??= compact(dated[2]!);
    },
  },
  /** A speaker's office and name, unless the document is a series of speakers: "浙江省省长 刘捷". */
  { name: "speaker-byline", where: "head", test: (context, _index, line) => SPEAKER_BYLINE.test(line) && !context.series, read: readSpeaker },
  /** A speaker's bare name next to the speech's date or over its salutation: "陈国阳" / "（2010年2月22日）". */
  { name: "speaker-name", where: "head", test: (context, index) => isSpeakerName(context.lines, index), read: readSpeaker },
  /** A bare name under a report's title or over a page's info bar, anywhere: "2022年度述职报告" / "蒋  明" (isBylineName). */
  { name: "byline-name", where: "anywhere", test: (context, index) => isBylineName(context.lines, index) },
  /** A reporter's bare name between a report's headline and its text: "一面航空罗盘，铭刻战斗精神" / "金正波" (isReporterByline). */
  { name: "reporter-byline", where: "anywhere", test: (context, index) => isReporterByline(context.lines, index) },
  /** A commentary's pen name under its title, never the first line: "本报评论员", "仲音". */
  {
    name: "pen-name",
    where: "head",
    test: (context, index, line) => index > 0 && PEN_NAME.test(line) && isUnderTitle(context.lines, index),
    read: (_context, _index, line, metadata) => {
      metadata.author ??= compact(line).replace(/[《》]/g, "");
    },
  },
  /** A 文号 on its own line, bare or in brackets with its date: "中发〔2013〕1号", "（中纪发〔2010〕13号 2010年4月1日）". */
  {
    name: "document-number",
    where: "head",
    test: (_context, _index, line) => DOCUMENT_NUMBER_LINE.test(line),
    read: (_context, _index, line, metadata) => {
      // The 文号 alone, without the brackets and issue date a bracketed line adds.
      metadata.documentNumber ??= compact(new RegExp(DOCUMENT_NUMBER).exec(line)?.[0] ?? line);
    },
  },
  /** A WeChat post's date and account: "2017-12-19 廉洁江西"; a weekday after the date ("2024年12月18日 星期三") names no account. */
  {
    name: "post-dateline",
    where: "head",
    test: (_context, _index, line) => POST_DATELINE.test(line),
    read: (_context, _index, line, metadata) => {
      const post = POST_DATELINE.exec(line)!;
      metadata.date ??= compact(post[1]!);
      if (!WEEKDAY.test(post[2]!)) metadata.source ??= post[2]!;
    },
  },
  /** A date on a line of its own: "2025年3月5日", "（2024-12-18 星期三）". */
  {
    name: "date",
    where: "head",
    test: (_context, _index, line) => DATE_LINE.test(line),
    read: (_context, _index, line, metadata) => {
      metadata.date ??= compact(DATE_LINE.exec(line)![1]!);
    },
  },
  /** A time of day under a date line: "2017-7-12" / "18:09". */
  { name: "time", where: "head", test: (context, index, line) => TIME_LINE.test(line) && DATE_LINE.test(neighbour(context.lines, index, -1)) },
  /** An event's date without its year under the title or a sentence: "11月30日" (no year: no date of the document). */
  { name: "event-date", where: "head", test: (context, index) => isEventDate(context.lines, index) },
  /** A record's code under a label: "项目编号:XSB001", "索引号：000014349/2013-00123". */
  { name: "record-code", where: "head", test: (_context, _index, line) => CODE_LINE.test(line) },
  /** A file's name on a line of its own: "毛概答题.txt", "入党流程（2024版）.docx". */
  { name: "file-name", where: "head", test: (_context, _index, line) => FILE_NAME_LINE.test(line) },
];

/** A speaker's byline or bare name: the author, its spaces made one. */
function readSpeaker(_context: MetadataContext, _index: number, line: string, metadata: DocumentMetadata): void {
  metadata.author ??= line.replace(/[\s　]+/g, " ");
}

function applies(rule: MetadataLineRule, context: MetadataContext, index: number, line: string): boolean {
  return (rule.where === "anywhere" || context.head.has(index)) && rule.test(context, index, line);
}

/** The rule that finds a line metadata (the first that matches), or undefined when it is text. */
function metadataLineRule(context: MetadataContext, index: number, line: string): MetadataLineRule | undefined {
  return METADATA_LINE_RULES.find((rule) => applies(rule, context, index, line));
}

export const dropDocumentMetadata: CleaningRule = {
  name: "metadata",
  apply(source) {
    const head = headIndexes(source);
    const removed: RemovedLine[] = [];
    // A blog post's title keeps its text and loses the date stamp and repost mark printed after it.
    const stamped = source.map((raw, index) => {
      const stamp = head.has(index) ? BLOG_STAMP.exec(raw.trim()) : null;
      if (!stamp) return raw;
      removed.push({ rule: "blog-stamp", line: raw.trim() });
      return stamp[1]!;
    });
    const { lines, gone } = withoutNewsLeads(stamped, head, removed);
    const context = metadataContext(lines, head);
    const dropped = new Set<number>(gone);
    const bylines: number[] = [];
    const result = lines.filter((raw, index) => {
      const line = raw.trim();
      if (gone.has(index)) return false;
      if (!line) return true;
      const rule = metadataLineRule(context, index, line);
      if (rule) {
        removed.push({ rule: rule.name, line });
        dropped.add(index);
        if (rule.name === "reporter-byline") bylines.push(index);
      }
      return !rule;
    });
    // The title over a date or byline the rule dropped stands apart from the text under it, whatever its commas
    // ("学党章、懂条例、知准则，做“四讲四有”党员" over "2017-7-12" / "18:09"): a heading for the rules after this one. A sentence
    // over a picture's dropped credit is no title.
    const first = lines.findIndex((line) => line.trim());
    const underFirst = first < 0 ? -1 : lines.findIndex((line, index) => index > first && line.trim());
    // A page's byline of labelled fields under it, which the site-boilerplate rule drops after this one, marks a headline
    // however long ("党建引领|党建工作年度述职评议：我校获局党委点评肯定并授牌“党建示范学校”" over "文章来源： 作者： 发布时间：…").
    const overByline = underFirst >= 0 && !dropped.has(underFirst) && isMetadataLine(lines[underFirst]!.trim());
    const titleOver = (line: string) => isMarkedTitleLine(line) || (overByline && isHeadlineOverByline(line));
    const headings = first >= 0 && !dropped.has(first) && (dropped.has(underFirst) || overByline) && titleOver(lines[first]!.trim()) ? [lines[first]!.trim()] : [];
    // A headline over a byline the rule dropped further down ("一面航空罗盘，铭刻战斗精神" / "金正波") heads the report under it.
    const subheadings = [...new Set(bylines.map((byline) => neighbour(lines, byline, -1)))].filter((line) => isMarkedTitleLine(line) && !headings.includes(line));
    // The credit glued to the last paragraph leaves the paragraph: its sentence ends where the credit starts.
    const last = lastTextLine(result);
    const glued = last >= 0 && gluedCredit(result[last]!.trim()) ? GLUED_CREDIT.exec(result[last]!.trim()) : null;
    if (glued) {
      const rest = result[last]!.trim().replace(GLUED_CREDIT, "$1");
      removed.push({ rule: "glued-credit", line: glued[0].slice(glued[1]!.length).trim() });
      if (rest) result[last] = rest;
      else result.splice(last, 1);
    }
    return { lines: result, count: removed.length, headings, subheadings, removed };
  },
};
