import type { CourseIndex } from "../course-index";
import type { Candidate } from "../types";

/**
 * Heading-list questions (简答 on a heading's items): whether the heading names a concept of the course
 * or only a part of its document (说明, 活动后期, 简答题, a policy text's fixed sections, its own title).
 */

/** The fixed parts a policy or work document's opening section is divided into, whatever its subject. */
// An exam's sections by question type (简答题, 材料分析题, 论述题) are such fixed parts too: an answer key's layout (stop 32).
const FRAME_PART = /^(?:指导思想|总体思路|总体目标|目标任务|主要目标|工作目标|基本原则|工作原则|总体要求|基本要求|主要任务|重点任务|保障措施|组织领导|组织保障|实施步骤|重要意义|适用范围|(?:单项选择|多项选择|选择|判断|填空|简答|论述|材料分析|辨析|名词解释|问答|案例分析)题)$/u;

/** Whether a heading's subheadings (two or more) are all such fixed parts, or one of them is a section's title (关于宣传队工作). */
export function frameSubheadings(items: readonly string[]): boolean {
  const parts = items.map((item) => item.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?\s*/u, "").replace(/[。；;，\s]+$/u, ""));
  return parts.length >= 2 && (parts.every((part) => FRAME_PART.test(part)) || parts.some((part) => part.startsWith("关于")));
}

/** The kind word a title of a rule-setting text ends in (…条例, …实施细则, …意见), once a status note (（试行）) is cut off. */
const RULE_TITLE_END = /(?:条例|准则|规定|细则|办法|章程|党章|规则|决定|决议|意见|通知|纲要|规范|制度|宪法|法)$/;

/** A title's trailing status note: （试行）, （2018年修订）, （全文）. */
const TITLE_NOTE = /[（(][^）)]*[）)]$/;

/** A title with its 《》 and trailing status note (（试行）) cut off: the name whose last word says its kind. */
export function titleName(title: string): string {
  return title.replace(/^《|》$/g, "").replace(TITLE_NOTE, "");
}

/**
 * Whether a title names a text that sets rules by its kind word (…工作条例, …实施细则（试行）, …监察法). A title naming an
 * article (…第三十九条规定) refers to a regulation rather than being one.
 */
export function titleNamesRuleText(title: string): boolean {
  const name = titleName(title);
  return RULE_TITLE_END.test(name) && !/第[一二三四五六七八九十百零〇]+条规定$/.test(name);
}

/** Whether a heading-list 简答 is asked of its document's own title (the stem opens with the quoted title, not 《…》中). */
export function isDocumentTitleHeading({ question }: Candidate, index: CourseIndex): boolean {
  const module = index.module(question.moduleId);
  if (!module) return false;
  const title = index.documentTitle(module).replace(/^《|》$/g, "").replace(/“/g, "‘").replace(/”/g, "’");
  return title.length > 0 && question.stem.startsWith(`“${title}”`);
}

/**
 * A heading that names a part of a document, whatever the document is about: a note's 说明/备注/附件, an event plan's
 * parts (活动背景, 活动内容, 活动后期…), an exam paper or its answer key (模拟试卷一参考答案) and its sections by
 * question type (简答题, 材料分析题).
 */
const DOCUMENT_PART = /^(?:说明|备注|附件|附录|附注|注意事项|编者按|活动(?:背景|目的|意义|主题|时间|地点|对象|人员|内容|流程|安排|准备|前期|中期|后期|总结|要求|形式|方案|步骤)|[^，。]*(?:参考答案|答案解析|试卷|试题)|(?:单项选择|多项选择|选择|判断|填空|简答|论述|材料分析|辨析|名词解释|问答|案例分析)题)$/u;

/** The heading a heading-list 简答 asks about: the quoted heading (“X”包括哪几个方面？) or the named one (X有哪些？). */
function askedHeading(stem: string): string | null {
  const quoted = /“([^”]+)”(?:包括哪几个方面|一节论述了哪几个方面)？$/u.exec(stem);
  if (quoted) return quoted[1]!;
  const named = /^(?:《[^》]*》中，)?(.+?)(?:有哪些|包括哪些)？$/u.exec(stem);
  return named ? named[1]! : null;
}

/** Whether a heading-list 简答 asks about a part of its document (说明, 活动后期, 简答题) rather than a concept. */
export function isDocumentPartHeading(stem: string): boolean {
  const heading = askedHeading(stem);
  return heading !== null && DOCUMENT_PART.test(heading.replace(/^[一二三四五六七八九十\d.．、（）()\s]+/u, ""));
}

/** Headings of an essay's frame rather than its teaching (学习心得体会, 引言, 结语, 本课题…). */
// A case commentary's fixed parts (基本案情, 分歧意见, 评析意见) are its layout, not a list the course sets out (stop 28).
export const OUTLINE = /心得|体会|课题|引言|前言|结语|结束语|摘要|参考文献|绪论|导论|综述|基本案情|简要案情|案情简介|分歧意见|评析意见|案例评析|案例分析/;

/** A heading-list question on a heading that names a field of study (…知识, 学习内容, 核心内容, 学习要点, …实务): a syllabus's chapter. */
export const FIELD_OF_STUDY_HEADING = /(?:知识|知识点|学习内容|核心内容|学习要点|知识要点|实务)”?(?:包括哪几个方面|有哪些|一节论述了哪几个方面)？$/;
