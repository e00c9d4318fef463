/** Decorations that scraped pages add to titles: "（范文）", "（精选）", "□作者（单位）". */
const DECORATION = /[（(](?:范文|精选|优选|通用|推荐|合集|汇编|完整版|最新|\d+篇)[)）]$/;
const AUTHOR_CREDIT = /\s*[□◎■▲]\s*.*$/;
/**
 * The column and site a web page's title ends with (…_先锋文汇_共产党员网, … - 人民网, …|新华网), as a
 * browser prints it at the head of a saved page: cut from the first separator when the last part
 * names a site.
 */
const SITE_SUFFIX = /\s*(?:[_｜|]|\s[-–—]\s)(?:[^_｜|]{1,16}(?:[_｜|]|\s[-–—]\s))*[^_｜|]{1,16}(?:网|网站|官网|频道|客户端|公众号|在线)\s*$/;

export function cleanTitle(title: string): string {
  return title.replace(SITE_SUFFIX, "").replace(AUTHOR_CREDIT, "").replace(DECORATION, "").replace(/[。；;：:，,]+$/, "").trim().replace(/^《([^《》]+)》$/, "$1");
}

/** Titles compared without punctuation or spacing. */
export function sameTitle(a: string, b: string): boolean {
  const key = (text: string) => cleanTitle(text).replace(/[\s\p{P}]/gu, "");
  return key(a) !== "" && key(a) === key(b);
}
