import type { CourseIndex } from "../course-index";
import { stemWithContext } from "../context-lead";
import { isLexiconPerson } from "../party-vocabulary";
import { taggedSpans } from "../term-quality";
import type { Question } from "../types";

/**
 * Stem form: whether a stem reads as a whole sentence on its own — no dangling 这/该, no clause cut at
 * its start, no list marker or note label left in, no reference to a time, occasion or article the
 * learner cannot see, no outline run or quiz item taken for a sentence.
 */

/** 这/该/其/上述/此 opening a stem with nothing before it to point at. */
export const DANGLING = /^[“‘（]?(这|该|其|上述|此|那)/;

/** Characters a sentence cannot start with: it was cut inside a clause. */
export const MID_CLAUSE = /^(?:关键(?:是|在于)|如(?![何果今此])|下同|[，、；：。）)”’的地得之和与及并而且也就都还又才则了着过]|或者|或是|必要时|包括|(?:特别|尤其|更|也|就|还|这|那)是|(?:更|还|也|又)有着?|[一二三四五六七八九十]是|如[，,]|比如|例如|其次|再次|最后|同时|此外|另外|因此|所以|结果|但是|然而|否则|旨在)/;

/** An article number or list marker left at the start (第三十六条…, （一）, 1.). */
export const LIST_MARKER = /^(第[一二三四五六七八九十百零〇]+[条章节款]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

/** Times told from the day a text was written (今年, 去年, 目前, 近年来, 当前): out of the text they point at nothing. */
// 新修订的《…》, 最新印发的: which revision is "new" depends on when the text was written.
export const RELATIVE_TIME = /今年|去年|明年|前年|本年度|目前|当前|近年来|近几年|近期|日前|此前|(?:新|最新|新近)(?:修订|修改|印发|出台|颁布)的/;

/**
 * A speech's or report's own occasion (今天，我们在这里召开座谈会; 在座的同志们; 这次会议): the day, the place and the
 * audience are known to those who heard it, not to a learner reading the stem alone. So is a meeting a news report
 * told of before the stem begins (会上，9位党委委员…; 会议上; 会后): the stem opens on a meeting it never names.
 */
export const SPEECH_OCCASION = /今天|今日|在这里|在座|此时此刻|(?:本次|这次|此次|今天的)(?:会议|大会|座谈会|报告会|培训班?|开班式|开学典礼|学习)|^(?:会上|会议上|会后|会前|会议期间)[，,]/;

/**
 * A stem opening on a speaker's name and a verb of saying (李建军强调，…): a person the lexicon does not know as a
 * leader or classic author is someone of the report's own unit, whom the learner does not know either. A body
 * (会议强调) or an enumerator (二是) before the verb is no person.
 */
const OPENING_SPEAKER = /^(\p{Script=Han}{2,3}?)(?:同志)?(?:强调|指出|表示|要求|提出)[，,：:]/u;

const NOT_A_PERSON = /[会议告是央院部委组局厅报文件例则定见]$/u;

/**
 * A report's account of its own occasion: who presided (会议由…主持; 陈志强主持党课，…参加) and who attended or spoke
 * there (…及相关人员参加会议; 党委委员、部门负责人参加学习; 出席会议并讲话), and its praise of the lesson or speech given
 * (…书记的党课主题鲜明、内涵丰富). Blanked or swapped, it tests which meeting it was and who sat in it, details of one
 * event rather than what the course teaches. A rule-setting text's sentences on who attends what (中央政治局常委出席的,
 * 不请…出席) are rules, and the caller leaves them to the other checks; a clause that only counts who takes part in
 * something (有各抗日党派的代表参加，就…) is no account of a meeting.
 */
const EVENT_FRAME =
  /由[^。；，,]{1,40}主持|主持[^。；;]{0,40}[，,；;][^。；;]{0,80}(?:参加|出席|列席)|(?:人员|代表|成员|负责人|书记|委员|党员|干部|师生|同志|职工|教师|学生|校长|院长|主任|领导)(?:等)?(?:[\d一二三四五六七八九十百余多]+人)?(?:参加|出席|列席)了?(?:(?:会议|党课|报告会|座谈会|学习|培训|开班式|仪式|活动|大会|典礼|研讨会)(?:[。；;，,]|并|$)|[。；;]|$)|(?:出席|参加)(?:会议|活动|仪式|大会|开班式|典礼)?并(?:讲话|致辞|作动员|讲授|宣读|发言)|(?:党课|报告|讲话|讲座|宣讲|辅导)(?:报告)?(?:主题鲜明|内涵丰富|内容丰富|深入浅出|生动形象|思想深刻|高屋建瓴|既有理论高度)/;

/** Whether a sentence is a report's account of its own occasion (EVENT_FRAME). */
export function tellsEventFrame(sentence: string): boolean {
  return EVENT_FRAME.test(sentence);
}

export function unknownSpeaker(stem: string): boolean {
  const speaker = OPENING_SPEAKER.exec(stem)?.[1];
  return speaker !== undefined && !NOT_A_PERSON.test(speaker) && !isLexiconPerson(speaker);
}

/** A subject followed by 也 and a verb of saying (党的十七大报告也明确): the stem leans on a sentence before it. */
export const LEANS_BACK = /^[^，。；：]{2,14}也(?:明确|指出|强调|提出|要求|规定)/;

/**
 * A stem whose first verb is a saying verb with no one saying (强调加强…, 指出：…), or whose first clause after a frame goes on
 * from a subject never given (在党的十九大报告中，又进一步提出…): whose words they are, the stem does not tell.
 */
export const SAYER_LEFT_OUT = /^(?:(?:强调|指出|提出)(?![的了过者])|在[^，。；“”]{1,20}中，(?:又|还|并|也|再|进一步))/;

/**
 * A condition opening on a duty or need with no one bound by it (应当追究党纪责任的，依照…; 需要谈话函询…的，应当报…): an
 * article's clause after its subject (农村基层干部违反本规定，…), which the stem left behind (stop 40).
 */
const CONDITION_WITHOUT_SUBJECT = /^(?:应当|应该|需要|必须)[^，。；：“”]{1,24}的，/;

/** Such a condition that the context lead does not make whole by naming its rule (按照《…》，需要…的，应当…). */
export function conditionLeftUnled(question: Question, index: CourseIndex): boolean {
  return CONDITION_WITHOUT_SUBJECT.test(question.stem) && stemWithContext(question, index) === question.stem;
}

/** Words of one or two characters set off by commas, three or more in a row (提出的，创新，协调，绿色，开放): 顿号 typed as commas. */
export const COMMAS_FOR_ENUMERATION = /(?:[，,][\u4e00-\u9fff]{1,2}){3}[，,；;。]/;

/** A list's lead followed by a numbered item (…处分：（一）…), inside a stem. */
/** …and a lead announcing several things followed by the first of them only (干好四件大事：一是…; stop 28), numbered as a note numbers it (包括三个方面：1. …). */
export const LEAD_AND_ITEM = /[：:]\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]是|\d{1,2}[.．、](?!\d))/;

/**
 * The tail of the item before or the head of the next one, carried into the stem (…造成严重后果的；（四）…, …等；（五）派出…),
 * and a note's next item glued on after a clause or sentence end (…，是党的基本路线；2. 怎么做？, …；② …).
 */
export const NEXT_ITEM = /[；;。！？](?:[（(][一二三四五六七八九十\d]+[)）]|\s*\d{1,2}[.．、](?!\d)|[①-⑳])/;

/**
 * A note's entry heading with bare dates after it (美丽中国：（2017年12月）推进…; 四个自信：（2012年11月，2016年7月）…): the
 * dates a glossary noted the term by, pasted before its text, not a sentence (issue #16).
 */
export const DATED_ENTRY = /^[^，。；：“”（(]{2,14}[：:]\s*[（(]\d{4}年[^）)]{0,24}[)）]/;

/** Two note labels in a row (我国的基本制度：政治：…): an outline's heading and subheading kept before the line. */
export const STACKED_LABELS = /^[^，。；：“”（(]{2,14}[：:][^，。；：“”（(]{1,6}[：:]/;

/**
 * A note's question-form heading before its colon (如何确保党始终统揽全局：必须…; 如何实现______：…; 为什么…：): a study
 * note's scaffolding, not a statement (issue #16). Not the blank itself as a glossary heading (______：廉洁从政、廉洁用权…):
 * readers kept 7 of 8 such labelled 填空 (a handbook's entries), though they faulted one.
 */
export const QUESTION_HEADING = /^(?:如何|怎样|怎么|为什么|为何)[^。；：“”]{1,30}[：:]/;

/** A statement opening with an adverbial (为…, 随着…) needs a main clause after it, with a verb that states something. */
export const ADVERBIAL_LEAD = /^(为了?|随着|通过|根据|按照)/;

export const MAIN_VERB = /是|要|必须|应当|坚持|实现|出现|形成|提出|成为|得到|需要/;

export function hasVerb(text: string): boolean {
  return taggedSpans(text.replace(/_{2,}|（　）/g, "")).some((word) => /^(v|vd|vi|vg|vl)$/.test(word.tag) || word.word === "是");
}

/** Two item numbers of a list written into one line: 1. … 2. …, （1）…（2）…, ①…②…. */
const INLINE_NUMBERED_ITEMS = /(?:^|[；：;:，\s])(?:\d{1,2}[.．、]|（\d{1,2}）|\(\d{1,2}\)|[①-⑳])[^；;。]+[；;].*?(?:\d{1,2}[.．、]|（\d{1,2}）|\(\d{1,2}\)|[①-⑳])/;

/** An article number run into the text (…规范第五条廉洁从政), not a citation (本条例第十二条规定, 《党章》第三条的). */
export const GLUED_ARTICLE = /[\u4e00-\u9fff](?<![例法定程则章》款])第[一二三四五六七八九十百]+条(?!规定|的|之|所|中|、|，|和|或|至|第)/;

/** A pointer to another paragraph, item or article of the regulation (前款, 本条第一款, 第十二条规定), or an editor's note into the book (参看本篇附录, 本书第二卷). */
export const CROSS_REFERENCE = /前款|前两款|参看|参见|见本书|本书第|本篇附录|前三款|前项|上款|本条第[一二三四五六七八九十]+[款项]|第[一二三四五六七八九十百]+条(?:第[一二三四五六七八九十]+款)?(?:规定|所列|所称)|(?:本规定|本条例|本规则|本办法|本准则)第[一二三四五六七八九十百]+条|第[一二三四五六七八九十]+章(?:[、和至]第[一二三四五六七八九十]+章)*(?:的)?(?:有关|相关)?(?:条款|规定)/;

/** A discussion prompt: opening on 谈谈…, 试述…, 试论…, (请)结合…谈谈/论述…, or asking to 谈谈 after a lead (从…的角度，谈谈…; 请你据此谈谈…). */
export const DISCUSSION_PROMPT = /^(?:请你?)?(?:谈谈|谈一谈|试述|试论|试谈|试析)|^(?:请你?)?结合[^。；]{1,40}?(?:谈谈|谈一谈|论述|阐述|说明)|(?:[，,]|据此)(?:谈谈|谈一谈)/;

/** Pieces of an outline run: at least this many short pieces between ；. */
const OUTLINE_PIECES = 3;

/** A piece of at most this many characters (a blank counted as its marker) is an outline phrase, not a clause of a rule. */
const OUTLINE_PIECE = 16;

/** A piece led by a note's short label (战略举措：…, 政治：…): an outline entry, however long. */
const LABELLED_PIECE = /^[^，。；：“”]{2,6}：/;

/**
 * Whether a stem is a study note's outline, not a statement (NOTE_OUTLINE): items numbered inside one line
 * (1. 坚持…；2. 坚持…); three or more short phrases or labelled entries between ； (新文化运动；______；改造国民性的
 * 启蒙运动; 战略举措：…); three or more parts most of which have no verb or are a label and its value; or five or
 * more parts most of which are short phrases without a comma (过度批判孔学；接受马克思主义).
 */
export function isNoteOutline(stem: string): boolean {
  if (INLINE_NUMBERED_ITEMS.test(stem)) return true;
  const pieces = stem.replace(/[。！？”]+$/, "").split("；");
  if (pieces.length >= OUTLINE_PIECES && pieces.filter((piece) => piece.length > 0 && (piece.length <= OUTLINE_PIECE || LABELLED_PIECE.test(piece))).length >= OUTLINE_PIECES) return true;
  const parts = stem.replace(/[。！？]$/, "").split(/[；;]/).map((part) => part.replace(/_{2,}|（　）/g, "").trim()).filter((part) => part.length > 0);
  if (parts.length < 3) return false;
  const bare = parts.filter((part) => /^[^，。“”]{2,8}：/.test(part) || !hasVerb(part)).length;
  const headwords = parts.filter((part) => part.length <= 12 && !/[，,]/.test(part)).length;
  return bare * 2 > parts.length || (parts.length >= 5 && headwords * 2 > parts.length);
}

/** A 判断's quotation, after its speaker's colon, whole to its closing mark: no ellipsis, a verb in it. */
export function quotedWhole(stem: string): boolean {
  const quote = /：“([^“”]+)”[。！]?$/.exec(stem)?.[1];
  return quote !== undefined && !quote.includes("……") && hasVerb(quote);
}

/**
 * A quiz's own blank in its question, left empty ("（ ）", "()", "（　）") or holding the answer's letter as banks print
 * their keys ("坚持（ C ）", "（AB）"): either way the item's blank, not a statement's word.
 */
export const QUIZ_BLANK = /[（(][\s\u3000]*(?:[A-F]{1,6}[\s\u3000]*)?[)）]/;

/** A quiz bank's options after its question, as the content pipeline joins an item ("…（ ）。A.甲；B.乙。答案：B。"). */
export const QUIZ_OPTIONS_IN_TEXT = /[。？?）)]\s*A[.．、][^。]*[；;]\s*B[.．、]/;

/** Masked names, numbers and dates of a template or sample: 张××, 1＊＊＊＊＊2117, ×月×日, XX省. */
export const ANONYMISED = /[×＊Ｘ]{2}|\*{2}|[×＊][月日年号]|X{2}[省市县局部]/u;

/** A note's label naming a kind of content (核心要求：, 实践要求：, 管理要求：) opening a stem. */
const KIND_LABEL = /^[^，。；：“”（）]{0,4}(?:要求|原则|意义|任务|措施|方法|特点|做法|目标|重点|途径|方式)：/;

/** Whether a stem is a kind label's line going on without a subject: its first word a verb or an adverb (改进…, 毫不动摇地坚持…). */
export function subjectlessUnderKindLabel(stem: string): boolean {
  const label = KIND_LABEL.exec(stem);
  if (!label) return false;
  const rest = stem.slice(label[0].length);
  // A blank there is the line's subject (根本原则：______是…): it has one.
  if (/^(?:_{2,}|（　）)/.test(rest)) return false;
  const first = taggedSpans(rest).at(0);
  return first !== undefined && /^(?:v|d|ad)$/.test(first.tag);
}

/** A blank (or choice gap) next to a range's dash or 至: one end of a range (1921-（　）, ______至1923年, 3-______年). */
export const RANGE_END_BLANK = /[\d〇零一二三四五六七八九十][-－—–～~](?:（　）|_{2,})|(?:（　）|_{2,})[-－—–～~]\s*[\d〇零一二三四五六七八九十]|从(?:（　）|_{2,})至/;

/** Two words of two or more characters joined by a slash, not a unit of a number (微克/立方米 after 25). */
const NOTE_SLASH = /[\u4e00-\u9fa5]{2}\/[\u4e00-\u9fa5]{2}/g;

/** True when a stem holds a note's slash between alternative words (基本点/精髓), not a unit of measure after a number. */
export function hasNoteSlash(stem: string): boolean {
  for (const match of stem.matchAll(NOTE_SLASH)) {
    const before = stem.slice(Math.max(0, match.index - 8), match.index + 2);
    if (!/\d[\u4e00-\u9fa5A-Za-z.]*$/.test(before)) return true;
  }
  return false;
}
