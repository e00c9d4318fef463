/**
 * A page that releases a regulation is titled by the release (`中共中央办公厅印发《干部人事档案工作条例》`, `中共中央印发
 * 《…条例》的通知`), while its text is the regulation's: 本条例 and 第X条 are the named document's, which a question cites
 * and names instead (《干部人事档案工作条例》第八条, never 《中共中央办公厅印发《…》》).
 */
const RELEASE = /^[^《》，。]{2,30}?(?:联合)?(?:印发|发布|公布|颁布|修订印发|出台)(?:了)?《([^《》]{4,40})》(?:的通知)?$/u;
/** What a released document's name ends with: a regulation or a policy paper. */
const DOCUMENT_KIND = /(?:条例|规定|办法|细则|准则|规则|规范|意见|决定|纲要|方案|章程|制度)(?:[（(][^（()）]{1,6}[)）])?$/u;

export function releasedTitle(title: string): string {
  const release = RELEASE.exec(title.trim());
  return release && DOCUMENT_KIND.test(release[1]!) ? release[1]! : title;
}
