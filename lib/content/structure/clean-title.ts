/** Decorations that scraped pages add to titles: "（范文）", "（精选）", "□作者（单位）". */
const DECORATION = /[（(](?:范文|精选|优选|通用|推荐|合集|汇编|完整版|最新|\d+篇)[)）]$/;
const AUTHOR_CREDIT = /\s*[□◎■▲]\s*.*$/;

export function cleanTitle(title: string): string {
  return title.replace(AUTHOR_CREDIT, "").replace(DECORATION, "").replace(/[。；;：:，,]+$/, "").trim().replace(/^《([^《》]+)》$/, "$1");
}

/** Titles compared without punctuation or spacing. */
export function sameTitle(a: string, b: string): boolean {
  const key = (text: string) => cleanTitle(text).replace(/[\s\p{P}]/gu, "");
  return key(a) !== "" && key(a) === key(b);
}
