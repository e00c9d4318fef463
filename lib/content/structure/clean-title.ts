/** Decorations that scraped pages add to titles: "（范文）", "（精选）", "□作者（单位）". */
const DECORATION = /[（(](?:范文|精选|优选|通用|推荐|合集|汇编|完整版|最新|\d+篇)[)）]$/;
const AUTHOR_CREDIT = /\s*[□◎■▲]\s*.*$/;
/**
 * The site's decorations around a page's title, in the order they are taken off:
 * - in the title bar: the site a browser appends to a page's title, which a page printed to PDF keeps
 *   ("…主题党日活动-新闻网", "…_澎湃号·政务_澎湃新闻-The Paper", "百年接力，党旗映照清华园 - 中华人民共和国教育部政府门户网站");
 *   taken off again and again while the title keeps MIN_TITLE_CHARS before it;
 * - in front matter: the site a crawler or a blog export writes around a page's title, its domain after a bar
 *   (`… | nankai.info`, `…｜www.example.edu.cn`) and its name before an arrow (`南开大学->…`); each taken off once.
 */
const SITE_DECORATIONS: ReadonlyArray<{ where: "title bar" | "front matter"; pattern: RegExp }> = [
  { where: "title bar", pattern: /\s*[-_|｜]\s*[^-_|｜—]{2,24}(?:网|网站|新闻|日报|大学|学院|The Paper)$/ },
  { where: "front matter", pattern: /\s*[|｜_-]\s*(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/i },
  { where: "front matter", pattern: /^[^\s>]{2,16}\s*(?:->|→|>>)\s*(?=\S)/ },
];
const decorationsIn = (where: "title bar" | "front matter") => SITE_DECORATIONS.filter((decoration) => decoration.where === where).map(({ pattern }) => pattern);
const TITLE_BAR_DECORATIONS = decorationsIn("title bar");
const FRONT_MATTER_DECORATIONS = decorationsIn("front matter");
const MIN_TITLE_CHARS = 6;

/** A page's title as its front matter gives it, without the site's name or domain around it. */
export function withoutSiteName(title: string): string {
  const bare = FRONT_MATTER_DECORATIONS.reduce((text, pattern) => text.replace(pattern, ""), title).trim();
  return bare.length >= MIN_TITLE_CHARS ? bare : title.trim();
}

/** A column's tag before a title or a paragraph: `【业务探讨】…`, `【学习路上按】…`, `【编者按】`. */
export const COLUMN_TAG = /^【[^【】：:]{1,12}】(?=.)/;
/** A tag that is the whole title, or a label with a note (`【法规链接】（节选）`): the label, unbracketed. */
const TAG_LABEL = /^【([^【】：:]{1,12})】(?=$|[（(][^（()）]{1,8}[）)]$)/;

function withoutSiteSuffix(title: string): string {
  let result = title;
  for (const suffix of TITLE_BAR_DECORATIONS) {
    for (let match = suffix.exec(result); match && match.index >= MIN_TITLE_CHARS; match = suffix.exec(result)) result = result.slice(0, match.index);
  }
  // "…_先锋文汇" after "_共产党员网": the site's column, separated the same way.
  if (result !== title) result = result.replace(/_[^_]{2,12}$/, "");
  return result;
}

export function cleanTitle(title: string): string {
  return withoutSiteSuffix(title)
    .replace(TAG_LABEL, "$1")
    .replace(COLUMN_TAG, "").replace(AUTHOR_CREDIT, "").replace(DECORATION, "").replace(/[。；;：:，,]+$/, "").trim().replace(/^《([^《》]+)》$/, "$1");
}

/** Titles compared without punctuation or spacing. */
export function sameTitle(a: string, b: string): boolean {
  const key = (text: string) => cleanTitle(text).replace(/[\s\p{P}]/gu, "");
  return key(a) !== "" && key(a) === key(b);
}

/**
 * Headings that say what kind of block follows, never what a document is about: a case, its facts, a question and its
 * answer, the body of a template (`典型案例`, `参考答案`, `基本案情`). Such a line heads a document's first block; it names
 * no document.
 */
const GENERIC_HEADING = /^(?:典型|基本|简要)?(?:案例|案情|案例简介|案情简介|案情摘要)$|^(?:参考)?答案(?:解析)?$|^(?:问题|正文|附件|材料|说明|评析|评析意见|分析|解析|案例评析|案例分析|简介|导读|背景|背景资料)$/;
/**
 * A study column's label for what it posts (`2020年1月学习材料`, `党员学习资料汇编`): it names a batch of readings, never the
 * document they are (a regulation's release posted under it is the regulation's).
 */
const READING_BATCH = /^(?:\d{4}年(?:\d{1,2}月)?(?:份)?)?(?:党员|支部|中心组|理论)?(?:学习|参考|培训|会议)(?:材料|资料)(?:汇编|选编)?$/;
/** A template's label on its layout (`Word文档：正文+新闻标题`): a file or format word before a colon, or parts joined by `+`. */
const TEMPLATE_LABEL = /^[^：:]{0,12}(?:文档|模板|模版|格式|样式|范本|样稿)[：:]|[\u4e00-\u9fff]\s*[+＋]\s*[\u4e00-\u9fff]/;
/** A clause cut at its reporting verb (`二十届中央纪委三次全会强调`, `习近平指出`): the saying follows, the line is a sentence's start (`…的提出` is a noun). */
const CUT_AT_VERB = /(?<!的)(?:强调|指出|表示|认为|提出|说道|写道)$/;
/** A numbered item or question (`1. 习近平指出`, `（二）…`) is no document's title. */
const ITEM_NUMBER = /^(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])/;

/**
 * Whether a title line, heading or clause names a document: not a generic heading, a template's label, a clause cut at
 * its reporting verb or a numbered item. A document without one has no title (its name is for display only).
 */
export function isProperTitle(title: string): boolean {
  const bare = title.replace(/[*【】\s]/g, "").replace(/[：:]$/, "");
  return bare.length > 0 && !GENERIC_HEADING.test(bare) && !READING_BATCH.test(bare) && !TEMPLATE_LABEL.test(bare) && !CUT_AT_VERB.test(bare) && !ITEM_NUMBER.test(bare);
}
