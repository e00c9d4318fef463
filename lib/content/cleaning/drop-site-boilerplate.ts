import { countCjk } from "../text/char-classes";
import type { CleaningRule } from "./cleaning-rule";
import { HEADLINE_ITEM, HEADLINE_LIST_LABEL, MENU_ENTRY, pageDebrisLines } from "./page-debris";

const URL = /(?:https?:\/\/|www\.)[\w.-]+(?:\/[\w./?%&=#-]*)?|\b[\w-]+\.(?:com|cn|net|org|gov|edu)(?:\.cn)?\b/gi;
const BOOKMARK = /\[bookmark:[^\]]*\]|\{#[\w-]+\}|<a name="[^"]*"><\/a>/gi;
const META_LABEL = /(来源|出处|作者|编辑|责任编辑|录入|发布者|更新时间|发布时间|发表时间|发布日期|更新日期|日期|时间|点击|浏览|阅读|字号|阅读次数|点击数)\s*[：:]/g;
/** "《X》来源于 site，欢迎阅读 X。", "本文来自网络", "转载请注明出处", a post's producer ("融媒体中心出品") … */
const PROMOTION = /来源于\S{0,40}[，,]?\s*欢迎(阅读|下载|参考|收藏)|欢迎(阅读|下载)本文|本文(来自|来源于|转载自|由).{0,30}(整理|提供|网络|收集)|转载请注明|(免费|点击)下载|下载全文|(上|下)一篇[：:]|相关(文章|推荐|阅读)[：:]|(版权|著作权)(所有|归原作者)|侵权(必究|删除)|扫一扫|关注(我们|公众号)|(识别|长按|扫描|扫)(图中|下方)?二维码|仅代表.{0,20}(观点|立场)|不代表.{0,20}(观点|立场)|^[（(]?(?:左右|上下)?(?:滑动|滑屏)查看(?:更多)?[）)]?$|^[\u4e00-\u9fffA-Za-z]{2,24}(?:出品|荣誉出品|联合出品)$/;
/** A platform's closing notice under its own heading: "特别声明" / "本文为澎湃号作者…仅代表该作者观点…". */
/** A notice that AI wrote the text, on a line of its own: `（注：文档部分内容可能由AI生成）`, `本参考答案为AI根据…生成，仅供参考…`. */
const AI_NOTICE = /^[|｜\s]*[（(]?(?:注[：:]\s*)?[^。！？，,]{0,16}[由为]\s*AI[^。！？]{0,16}生成(?:[，,][^。！？]{0,16})?。?[）)]?$/i;
/** A related-reports label whose links the copy lost: the page's last line, with nothing under it. */
const RELATED_REPORTS_LABEL = /^(?:相关报道|相关新闻)[：:]?$/;
const NOTICE_HEADING = /^(?:特别|免责|版权)声明[：:]?$/;
/** The same notice with its text on the heading's line ("免责声明：本库所有资料均来源于网络…，本文仅供参考"). */
const NOTICE_LINE = /^(?:特别|免责|版权)声明[：:]\s*\S/;
/** A notice heading counts only among the last lines of a text. */
const NOTICE_TAIL_LINES = 8;
const LABELLED_TITLE = /^(?:文章|文档|论文)?(?:标题|题目)\s*[：:]\s*/;
/**
 * A reposted article's source credit glued to its last paragraph, after the sentence end:
 * "…也害了同事。”（来源：中国纪检监察报 作者：何剑芳 欧阳儒义）", a news page's "（文/张某 集团党办）", a paper's "（本报记者 杨某）". The credit goes, the paragraph stays.
 */
const GLUED_SOURCE_CREDIT = /^(.*[。！？!?…][”’」』"]?)\s*[（(]\s*(?:(?:来源|出处|作者|编辑|责任编辑|转自|摘自)\s*[：:]|(?:文|图|文图|图文|摄影|供稿)\s*[/／]|(?:本报|本刊)?(?:特约)?(?:记者|通讯员)\s)[^（()）]{1,80}[）)]\s*$/;
/** A link to the page or to the original glued after a paragraph's last sentence: "…之路。本文链接：http://…". */
const GLUED_LINK = /^(.*[。！？!?…][”’」』"]?)\s*(?:本文|原文|文章|网页)?(?:链接|地址|网址)\s*[：:]\s*(?:https?:\/\/|www\.)\S+\s*$/i;
/** The same link on a line of its own, whatever characters its address holds. */
const LINK_LINE = /^(?:本文|原文|文章|网页)?(?:链接|地址|网址)\s*[：:]\s*(?:https?:\/\/|www\.)\S+$/i;
/**
 * A link to the original page left as its text on a line of its own when a page or a post is copied (`阅读原文`,
 * `点击查看原文`, `原文链接`, a news mirror's `转入文章首发地址`): a button, not the article's text.
 */
const SOURCE_LINK_TEXT = /^[>》\s]*(?:点击)?(?:(?:阅读|查看|转入|进入|访问|跳转(?:至|到)?)(?:文章|本文)?(?:原文|全文|首发地址|原文地址|原文链接|原始链接)|原文链接|原文地址)[>》\s]*$/;

function isSiteHeader(line: string): boolean {
  const withoutUrls = line.replace(URL, "");
  if (withoutUrls.length === line.length) return false;
  return countCjk(withoutUrls) <= 12 && withoutUrls.replace(/[\s/|｜·\-—_:：,，]/g, "").length <= 16;
}

/** A page's publication date printed before its source label: "2017-08-10来源：…", "2021年5月31日 来源：…". */
const LEADING_DATE = /^(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?=(?:来源|出处|作者|编辑|责任编辑)\s*[：:])/;

/** A page's byline of labelled fields ("文章来源： 作者： 发布时间：2020年03月08日 点击数："), some of them empty. */
export function isMetadataLine(raw: string): boolean {
  const line = raw.replace(LEADING_DATE, "");
  const labels = line.match(META_LABEL)?.length ?? 0;
  if (labels >= 2) return line.length <= 120;
  return labels === 1 && /^(来源|出处|作者|编辑|责任编辑|录入|发布者|更新时间|发布时间|发表时间|发布日期|更新日期)\s*[：:]/.test(line) && line.length <= 40 && !/[。！？]$/.test(line);
}

const MIN_MENU_RUN = 3;

/**
 * A page's navigation: a breadcrumb ("最新新闻 > 往年回顾 > 温家宝赴外交学院…", "首页 › 新闻 › 正文") or a menu
 * entry with its arrow ("往年回顾 >", "> 动态内容"), and the pager under an article ("上一篇", "下一篇：…").
 */
const NAV_SEPARATOR = /\s*[>›»]\s*/;
const PAGER = /^(?:上一篇|下一篇|上一页|下一页|返回(?:顶部|列表|首页)|关闭窗口|打印本页)$/;
const MAX_NAV_SEGMENT = 60;

function isNavigationLine(line: string): boolean {
  if (PAGER.test(line)) return true;
  if (/[。！？；]/.test(line) || !NAV_SEPARATOR.test(line)) return false;
  const segments = line.split(NAV_SEPARATOR);
  const separators = segments.length - 1;
  const framed = segments[0] === "" || segments.at(-1) === "";
  // A trail of one step from the home link ("首页 > 法律文库查询") is a breadcrumb too.
  const fromHome = HOME_LINK.test(segments[0]!.trim());
  return (separators >= 2 || framed || fromHome) && segments.every((segment) => segment.length <= MAX_NAV_SEGMENT) && segments.filter(Boolean).length >= 1;
}

/**
 * A breadcrumb a page printed one entry to a line: its label ("当前位置：", "您现在的位置："), the entries
 * with their arrows ("首页>", "新闻中心>"), and the page it ends at ("正文"). The label may carry the whole trail.
 */
const BREADCRUMB_LABEL = /^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|现在位置)\s*[：:]/;
const BREADCRUMB_END = /^[\p{Script=Han}]{1,4}$/u;

/** Indexes of a breadcrumb run from its label: the label, the arrowed entries under it, and the one entry they lead to. */
function breadcrumbRun(lines: string[], at: number): number[] {
  const rest = lines[at]!.trim().replace(BREADCRUMB_LABEL, "").trim();
  if (rest && !isNavigationLine(rest) && !(BREADCRUMB_END.test(rest) && rest.length <= 4)) return [];
  const run = [at];
  let index = at + 1;
  let arrowed = false;
  while (index < lines.length) {
    const line = lines[index]!.trim();
    if (!line) {
      index++;
      continue;
    }
    if (isNavigationLine(line)) {
      run.push(index++);
      arrowed = true;
      continue;
    }
    if (arrowed && BREADCRUMB_END.test(line)) run.push(index);
    break;
  }
  return run;
}

/**
 * How many lines at the end of a page are its footer menu: a run of three or more menu entries
 * ("新闻中心", "最新公告", "集团新闻") after the article's last sentence. 0 when the text ends otherwise.
 */
export function trailingMenuRun(lines: string[]): number {
  let start = lines.length;
  while (start > 0 && (lines[start - 1]!.trim() === "" || MENU_ENTRY.test(lines[start - 1]!.trim()))) start--;
  const entries = lines.slice(start).filter((line) => line.trim() !== "").length;
  if (entries < MIN_MENU_RUN) return 0;
  const before = lines.slice(0, start).reverse().find((line) => line.trim() !== "")?.trim() ?? "";
  return /[。！？!?”’」』"）)]$/.test(before) ? lines.length - start : 0;
}

/** A breadcrumb is read near the top, and the title it ends with is looked for this many lines further. */
const NAV_HEAD_LINES = 8;

/**
 * Where a saved page's article starts: a breadcrumb near the top ends with the article's title, and
 * the page prints that title again as the article's heading; everything above that heading (the
 * site's name, its menus) is the site's, not the article's. 0 when the page shows no such breadcrumb.
 */
export function breadcrumbTitleLine(lines: string[]): number {
  const head = lines.slice(0, NAV_HEAD_LINES * 2).map((line) => line.trim());
  for (let index = 0; index < Math.min(head.length, NAV_HEAD_LINES); index++) {
    if (!isNavigationLine(head[index]!) || PAGER.test(head[index]!)) continue;
    const title = head[index]!.split(NAV_SEPARATOR).filter(Boolean).at(-1) ?? "";
    if (title.length < 4) continue;
    const at = head.findIndex((line, position) => position > index && line === title);
    if (at > index && at <= index + NAV_HEAD_LINES) return at;
  }
  return 0;
}

/** A title is looked for this many lines from the top, and its second printing this many lines further. */
const TITLE_HEAD_LINES = 8;
const TITLE_REPEAT_WITHIN = 40;

/**
 * Where a mirrored post's article starts: the page prints the post's title near the top (with the
 * account's name, menus and list of the day's posts under it), then again over the article with
 * its source or byline ("来源：新华社（2016年4月26日）") on the next line, or with no paragraph between the
 * two printings. Everything above that second title is the site's. 0 when the page shows no such title.
 */
export function repeatedTitleLine(lines: string[]): number {
  const text = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line !== "");
  for (const [position, { line: title }] of text.slice(0, TITLE_HEAD_LINES).entries()) {
    if (title.length < 6 || title.length > 60 || /[。！？；，,]$/.test(title)) continue;
    // A later printing of a line printed above it is a running header's, not a mirrored post's title.
    if (text.slice(0, position).some(({ line }) => line === title)) continue;
    for (let later = position + 1; later < Math.min(text.length - 1, position + TITLE_REPEAT_WITHIN); later++) {
      if (text[later]!.line !== title) continue;
      const between = text.slice(position + 1, later).map(({ line }) => line);
      if (isMetadataLine(text[later + 1]!.line) || !between.some((line) => line.length >= 10 && /[。！？!?][”’」』"）)]*$/.test(line))) return text[later]!.index;
    }
  }
  return 0;
}

/**
 * A post's list of the account's other posts of one issue, each marked by its place in the issue
 * ("【头条】…", "【二条】…", "【三条】…"), under a label ("今日大案：", "往期推荐："). When the article's
 * last paragraph comes before such a list, the list and everything after it is the page's footer
 * (tags, QR code, editors, share buttons, the account's latest posts with their dates).
 */
export const ISSUE_INDEX = /^【(?:头条|[二三四五六七八九十]条)】/;
const INDEX_LABEL = /^[^。！？，,]{1,12}[：:]$/;

/** Indexes of the issue-list lines and their labels; from a list after the article's last paragraph, every line to the end. */
export function issueIndexLines(lines: string[]): Set<number> {
  const drop = new Set<number>();
  const lastProse = lines.findLastIndex((line) => line.trim().length >= 40 && /[。！？!?][”’」』"）)]*$/.test(line.trim()));
  for (const [index, line] of lines.entries()) {
    if (!ISSUE_INDEX.test(line.trim())) continue;
    let label = index - 1;
    while (label >= 0 && !lines[label]!.trim()) label--;
    const start = label >= 0 && INDEX_LABEL.test(lines[label]!.trim()) ? label : index;
    if (index > lastProse) {
      for (let at = start; at < lines.length; at++) drop.add(at);
      break;
    }
    drop.add(start).add(index);
  }
  return drop;
}

/**
 * A news page's lists of other headlines after the article: a label of a few characters ("相关报道", "新闻推荐",
 * "最新新闻") over headlines each opening with a dot ("·遂宁出台…实施意见"), a label left with no list under it. Where
 * such lists, and nothing else, run from after the article's last sentence to the end of the page; the text's length
 * when the page ends otherwise.
 */
const MIN_HEADLINES = 2;

export function headlineListsStart(lines: string[]): number {
  let start = lines.length;
  let headlines = 0;
  while (start > 0) {
    const line = lines[start - 1]!.trim();
    if (line !== "" && !HEADLINE_ITEM.test(line) && !HEADLINE_LIST_LABEL.test(line)) break;
    if (HEADLINE_ITEM.test(line)) headlines++;
    start--;
  }
  // The run opens with a label, never with a headline that could be the article's last line.
  while (start < lines.length && !HEADLINE_LIST_LABEL.test(lines[start]!.trim())) start++;
  if (headlines < MIN_HEADLINES || start >= lines.length) return lines.length;
  const before = lines.slice(0, start).reverse().find((line) => line.trim() !== "")?.trim() ?? "";
  return /[。！？!?”’」』"）)]$/.test(before) ? start : lines.length;
}

/** A site's navigation bar names its sections in a few words each ("入党流程", "党课党考学习", "志愿时活动"). */
const NAVIGATION_ENTRY = /^[\p{Script=Han}]{2,6}$/u;
const MIN_NAVIGATION_RUN = 4;

/**
 * How many lines at the head of a page are its toolbar: a run of three or more menu entries before any text, or
 * of four or more section names of a navigation bar (two to six characters each).
 */
export function leadingMenuRun(lines: string[]): number {
  const run = (entry: RegExp) => {
    let end = 0;
    while (end < lines.length && (lines[end]!.trim() === "" || entry.test(lines[end]!.trim()))) end += 1;
    return { end, entries: lines.slice(0, end).filter((line) => line.trim() !== "").length };
  };
  const menu = run(MENU_ENTRY);
  if (menu.entries >= MIN_MENU_RUN) return menu.end;
  const navigation = run(NAVIGATION_ENTRY);
  return navigation.entries >= MIN_NAVIGATION_RUN && navigation.end < lines.length ? navigation.end : 0;
}

/**
 * A site's home link, the first entry of its header or breadcrumb ("首页", "主页", "网站首页", "返回首页"), which may carry
 * the site's name ("中国法院网首页", "人民网首页").
 */
const HOME_LINK = /^(?:[\p{Script=Han}A-Za-z]{1,8}网)?(?:网站|返回|回到)?(?:首页|主页)$/u;
/**
 * Where a page's text starts after the home link it opens with, alone on the first line ("首页" over a blog post's
 * title, "中国法院网首页" over the site's menu): the link, and the run of menu entries or section names under it
 * (leadingMenuRun). A document is never titled "首页". 0 when the first line is no home link.
 */
export function leadingHomeLinkEnd(lines: string[]): number {
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0 || !HOME_LINK.test(lines[first]!.trim())) return 0;
  const after = first + 1;
  const end = after + leadingMenuRun(lines.slice(after));
  return lines.slice(end).some((line) => line.trim() !== "") ? end : 0;
}

/** The header's search or login button, the last thing a header prints before the page's own text. */
const HEADER_BUTTON = /^(?:站内)?(?:搜索|检索|登录|注册|搜\s*索)$/;
/** The header's entries: short names, no sentence ("乘务员作业指导书", "商务车专项服务作业指导书"). */
const HEADER_ENTRY = /^[^。！？!?，,；;：:]{1,16}$/;
const HEADER_LINES = 16;

/**
 * Where a page's text starts after its header, copied with it: the home link on the first line, the menu's
 * entries under it, and a search or login button ending the header, all within the first lines ("主页" /
 * "乘务员作业指导书" / … / "搜索"). A breadcrumb printed one entry to a line under it, opening with the home link
 * again, goes with it up to the page's title when the title holds the trail's last entry ("主页" / "党员园地" /
 * "我读《活着》" over "高铁二队党总支书记邓艳：我读《活着》"). 0 when the page opens otherwise.
 */
export function pageHeaderEnd(lines: string[]): number {
  const text = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line !== "");
  if (text.length === 0 || !HOME_LINK.test(text[0]!.line)) return 0;
  let button = -1;
  for (let at = 1; at < Math.min(text.length, HEADER_LINES); at++) {
    if (HEADER_BUTTON.test(text[at]!.line)) button = at;
    if (!HEADER_ENTRY.test(text[at]!.line)) break;
  }
  if (button < 2) return 0;
  let end = button + 1;
  if (end < text.length && HOME_LINK.test(text[end]!.line)) {
    for (let last = end + 1; last < Math.min(text.length - 1, end + 5); last++) {
      if (!HEADER_ENTRY.test(text[last]!.line)) break;
      const title = text[last + 1]!.line;
      if (title !== text[last]!.line && title.length > text[last]!.line.length && title.endsWith(text[last]!.line)) {
        end = last + 1;
        break;
      }
    }
  }
  return end < text.length ? text[end]!.index : 0;
}

/**
 * A site's filing number as its footer prints it: "豫公网安备 41070302000269号", "京ICP备12345678号-1",
 * "粤ICP证030173号", with a label ("网站备案号：") or not.
 */
const FILING_NUMBER = /(?:ICP\s*[备证]|公网安备)\s*[\d-]+\s*号(?:\s*-\s*\d+)?/i;
const FOOTER_MARK = /^(?:copyright|©|版权所有)/i;
const FOOTER_TAIL_LINES = 6;
const MAX_FOOTER_LINE = 80;

function isFooterMark(line: string): boolean {
  return (FILING_NUMBER.test(line) || FOOTER_MARK.test(line)) && line.length <= MAX_FOOTER_LINE && !/[。！？!?]$/.test(line);
}

/**
 * Where a page's footer starts: a filing number or a copyright line among the last lines, and the short lines
 * between the article's last sentence and it (the site's name, its address, "技术支持", the lines after the mark).
 * The text's length when the page ends otherwise.
 */
export function pageFooterStart(lines: string[]): number {
  const text = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line !== "");
  const tail = text.slice(-FOOTER_TAIL_LINES);
  const mark = tail.findIndex(({ line }) => isFooterMark(line));
  if (mark < 0) return lines.length;
  let start = text.length - tail.length + mark;
  while (start > 0 && text[start - 1]!.line.length <= MAX_FOOTER_LINE / 2 && !/[。！？!?][”’」』"）)]*$/.test(text[start - 1]!.line)) start--;
  if (start === 0) return lines.length;
  return text.slice(start).every(({ line }) => line.length <= MAX_FOOTER_LINE) ? text[start]!.index : lines.length;
}

/**
 * The heading of a blog's or forum's comment area, a line of its own: "发表评论", "网友评论", "评论列表", "3条评论",
 * "评论（12）", "登录后评论", "精选留言". The comments under it are readers' posts, never the article.
 */
const COMMENT_HEADING = /^(?:发表(?:评论|留言)|(?:网友|读者|用户|全部|最新|热门|精彩|相关)评论|评论(?:列表|区)|(?:共\s*)?\d+\s*条(?:评论|留言|回复)|(?:评论|留言)\s*[（(]\s*\d+\s*[）)]|(?:请)?登录后(?:发表)?(?:评论|留言)|我要(?:评论|留言)|(?:精选|写)?留言(?:板)?)[：:]?$/;
/** A comment area starts at its heading in the second half of the page's text, after the article. */
function commentAreaStart(lines: string[]): number {
  const text = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line !== "");
  const from = Math.max(3, Math.floor(text.length / 2));
  const heading = text.slice(from).find(({ line }) => COMMENT_HEADING.test(line));
  return heading ? heading.index : lines.length;
}

/**
 * A post's counters and labels on a line of their own, as blogs print them under a title or after the text:
 * "阅读(123)", "评论(0)", "#默认分类 | 2019-7-25 | 0条评论", "分类：党课学习  标签：党史  阅读(56)". Every part
 * is a counter, a category or tag label, or a date, and one at least is a counter.
 */
const POST_STAT_COUNTER = /^(?:(?:阅读|评论|浏览|点赞|收藏|回复|留言|赞|转发|分享)\s*[（(：:]?\s*\d+\s*[）)]?|\d+\s*(?:条评论|条留言|次阅读|次浏览|人阅读|人浏览|个赞))$/;
const POST_STAT_PART = /^(?:#\S{1,12}|(?:分类|标签|类别|栏目)\s*[：:]\s*\S{1,20}|\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?)$/;
function isPostStatsLine(line: string): boolean {
  const parts = line.split(/\s*[|｜·•]\s*|\s+/).map((part) => part.trim()).filter(Boolean);
  return parts.length > 0 && parts.some((part) => POST_STAT_COUNTER.test(part)) && parts.every((part) => POST_STAT_COUNTER.test(part) || POST_STAT_PART.test(part));
}

/**
 * A law library's record bar over a document: bracketed field labels with their values ("【发布单位】中共中央 【发布文号】
 * 【发布日期】2017-04-12 【生效日期】2017-03-01 【所属类别】国家法律法规 【文件来源】新华网"), some empty, printed over as many
 * lines as the page's width allows (a PDF breaks it inside a label: "【所" / "属类别】"). The labels name a record's fields.
 */
const RECORD_FIELD = /【[^【】\n]{0,6}(?:单位|机关|部门|文号|日期|类别|来源|级别|效力|时效性?|分类|状态)】/g;
const MIN_RECORD_FIELDS = 2;

/** Indexes of the lines of record bars: from a line opening with a field label, the lines it runs on over. */
export function recordBarLines(lines: string[]): Set<number> {
  const drop = new Set<number>();
  for (let at = 0; at < lines.length; at++) {
    if (!/^【/.test(lines[at]!.trim())) continue;
    const run = [at];
    let text = lines[at]!.trim();
    const open = () => (text.match(/【/g)?.length ?? 0) > (text.match(/】/g)?.length ?? 0);
    while (run.at(-1)! + 1 < lines.length) {
      const next = lines[run.at(-1)! + 1]!.trim();
      if (!next || (!open() && !RECORD_FIELD.test(next))) break;
      RECORD_FIELD.lastIndex = 0;
      run.push(run.at(-1)! + 1);
      text += next;
    }
    RECORD_FIELD.lastIndex = 0;
    const fields = text.match(RECORD_FIELD)?.length ?? 0;
    if (fields >= MIN_RECORD_FIELDS && !/[。！？!?]/.test(text)) for (const index of run) drop.add(index);
    at = run.at(-1)!;
  }
  return drop;
}

/**
 * Site furniture of scraped pages: a toolbar of menu entries at the head of the page and a footer menu at its end
 * (after the last sentence), a header from the home link to its search button (and a breadcrumb under it), a footer
 * ending in a filing number or a copyright line, a mirrored post's head above its title's second printing, the account's lists of its
 * posts (【头条】…) and the footer from such a list after the article, a share toolbar ("分享到：" over its buttons), a news
 * page's headline lists after the article ("相关报道" / "·…" / "最新新闻" / "·…"), a breadcrumb from its label ("当前位置：") to the page it names, the site's name and menus
 * above the title a breadcrumb names, breadcrumbs and menu arrows, the pager (上一篇/下一篇), lines that are a site name and URL, source/author/date lines,
 * "欢迎阅读" promotions, a platform's closing notice (特别声明 and its text: the author's views are not
 * the platform's), QR-code prompts, bookmark anchors; "文章标题：X" keeps X.
 */
export const dropSiteBoilerplate: CleaningRule = {
  name: "siteBoilerplate",
  apply(lines) {
    const menu = Math.max(leadingMenuRun(lines), leadingHomeLinkEnd(lines), breadcrumbTitleLine(lines), repeatedTitleLine(lines), pageHeaderEnd(lines));
    const issueIndex = issueIndexLines(lines);
    const toolbars = pageDebrisLines(lines, ["fontSwitch", "shareToolbar"]);
    const records = recordBarLines(lines);
    const footer = Math.min(lines.length - trailingMenuRun(lines), pageFooterStart(lines), commentAreaStart(lines), headlineListsStart(lines));
    const crumbs = new Set<number>();
    lines.forEach((line, index) => {
      if (index >= menu && BREADCRUMB_LABEL.test(line.trim())) for (const at of breadcrumbRun(lines, index)) crumbs.add(at);
    });
    let count = lines.slice(0, menu).filter((line) => line.trim() !== "").length + lines.slice(Math.max(menu, footer)).filter((line) => line.trim() !== "").length;
    const result: string[] = [];
    const textLines = lines.map((line, index) => (line.trim() ? index : -1)).filter((index) => index >= 0);
    // The last lines of the article, above the footer the page's furniture makes.
    const articleLines = textLines.filter((index) => index < footer);
    const tailStart = articleLines[Math.max(0, articleLines.length - NOTICE_TAIL_LINES)] ?? lines.length;
    let inNotice = false;
    for (const [offset, raw] of lines.slice(menu, Math.max(menu, footer)).entries()) {
      if (crumbs.has(menu + offset) || issueIndex.has(menu + offset) || toolbars.has(menu + offset) || records.has(menu + offset)) {
        count++;
        continue;
      }
      // The notice runs from its heading to the next blank line: a PDF breaks its paragraph into lines.
      if (inNotice) {
        if (raw.trim()) {
          count++;
          continue;
        }
        inNotice = false;
      }
      if (menu + offset >= tailStart && (NOTICE_HEADING.test(raw.trim()) || NOTICE_LINE.test(raw.trim()))) {
        inNotice = true;
        count++;
        continue;
      }
      let line = raw.replace(BOOKMARK, () => (count++, "")).trim();
      if (line !== raw.trim() && !line) continue;
      const glued = GLUED_SOURCE_CREDIT.exec(line) ?? GLUED_LINK.exec(line);
      if (glued) {
        line = glued[1]!.trim();
        count++;
      }
      if ((menu + offset === textLines.at(-1) && RELATED_REPORTS_LABEL.test(line)) || AI_NOTICE.test(line)) {
        count++;
        continue;
      }
      if (LINK_LINE.test(line) || SOURCE_LINK_TEXT.test(line) || isPostStatsLine(line) || isSiteHeader(line) || isMetadataLine(line) || isNavigationLine(line) || (PROMOTION.test(line) && line.length <= 120)) {
        count++;
        continue;
      }
      // "标题：X" names the page's title only when X reads as a title, not "标题：方正小标宋简体，居中…".
      if (LABELLED_TITLE.test(line) && !/[，。；！？,;]/.test(line.replace(LABELLED_TITLE, ""))) {
        line = line.replace(LABELLED_TITLE, "");
        count++;
      }
      result.push(line);
    }
    return { lines: result, count };
  },
};
