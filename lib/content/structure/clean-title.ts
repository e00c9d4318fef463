/** Decorations that scraped pages add to titles: "（范文）", "（精选）", "□作者（单位）". */
const DECORATION = /[（(](?:范文|精选|优选|通用|推荐|合集|汇编|完整版|最新|\d+篇)[)）]$/;
const AUTHOR_CREDIT = /\s*[□◎■▲]\s*.*$/;
/**
 * The site a browser appends to a page's title, which a page printed to PDF keeps:
 * "…主题党日活动-新闻网", "…_澎湃号·政务_澎湃新闻-The Paper", "百年接力，党旗映照清华园 - 中华人民共和国教育部政府门户网站".
 */
const SITE_SUFFIX = /\s*[-_|｜]\s*[^-_|｜—]{2,24}(?:网|网站|新闻|日报|大学|学院|The Paper)$/;
const MIN_TITLE_CHARS = 6;
/** A column's tag before a title or a paragraph: `【业务探讨】…`, `【学习路上按】…`, `【编者按】`. */
export const COLUMN_TAG = /^【[^【】：:]{1,12}】(?=.)/;
/** A tag that is the whole title, or a label with a note (`【法规链接】（节选）`): the label, unbracketed. */
const TAG_LABEL = /^【([^【】：:]{1,12})】(?=$|[（(][^（()）]{1,8}[）)]$)/;

function withoutSiteSuffix(title: string): string {
  let result = title;
  for (let match = SITE_SUFFIX.exec(result); match && match.index >= MIN_TITLE_CHARS; match = SITE_SUFFIX.exec(result)) result = result.slice(0, match.index);
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
