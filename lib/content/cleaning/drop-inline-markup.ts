import type { CleaningRule } from "./cleaning-rule";

const ATX_MARKS = /^\s{0,3}#{1,6}\s+(?=\S)/;
const RULE_LINE = /^\s*(?:[-*_]\s*){3,}$/;
/**
 * A rule printed as characters: a web page saved as PDF underlines its title with `=====`, a
 * Word or WPS form draws borders with box-drawing or full-width signs (`────`, `＝＝＝`, `━━━`).
 */
const DRAWN_RULE = /^\s*(?:[=＝─━═—–～~·•＿]\s*){3,}$/;
/** A form's blank to fill in (`姓名：________`): shown as the full-width blank a Chinese form prints. */
const FORM_BLANK = /_{3,}|＿{3,}/g;
/** A masked number or name (`138****2132`, `A**B`): a mask, not Markdown emphasis. */
const MASK = /(?<=[0-9A-Za-z\u4e00-\u9fff])\*{2,}(?=[0-9A-Za-z\u4e00-\u9fff])/g;
/** A bullet or quote sign a list typed in plain text opens with (`- 学习…`, `* 注意…`, `> 原文…`). */
const TYPED_BULLET = /^\s*(?:[-*+]|>)\s+(?=[\u4e00-\u9fff“《（(【])/;
/**
 * A web page's link arrows (`>>背景资料`, `>>>点击查看歌单<<<`, escaped as `&gt;&gt;` and decoded
 * before this rule): runs of two or more angle brackets in a line of Chinese text. The label stays.
 */
const LINK_ARROWS = /(?<![\w=-])(?:[>＞]{2,}|[<＜]{2,})(?![\w=])/g;
const HAN_PAIR = /[\u4e00-\u9fff]{2}/;
/**
 * An ornament on a line of its own, as WeChat posts set them between sections (`✦✦`, `★`, `❀ ❀`)
 * or before a quoted reflection (a lone `“` the text never closes): symbols and opening quotes, no word.
 */
const ORNAMENT_LINE = /^[\p{So}“‘「『\s]+$/u;
/** A line framed by ornaments (`★ 金融学院本科生党总支开展★`): the words without the frame. */
const ORNAMENT_FRAME = /^\s*\p{So}+\s*(.*[\u4e00-\u9fff].*?)\s*\p{So}+\s*$/u;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g;
/** "_来源：…_": an underscore pair around text with Chinese in it, opening at a line start or after a space. */
const EMPHASIS = /(^|[\s\u3000])_(?=\S)([^_\n]*[\u4e00-\u9fff][^_\n]*?)_(?=$|[\s\u3000])/g;

/**
 * The site's name a printed page title ends with: "…_澎湃号·政务_澎湃新闻-The Paper",
 * "… - 中华人民共和国教育部政府门户网站". From the first "_" or spaced dash to the end, no sentence in it.
 */
const SITE_NAME_SUFFIX = /(?:_|\s[-–—|｜]\s)[^。！？；，,_]*(?:_[^。！？；，,_]*)*$/;

/** An underlined title runs over at most this many lines (a printed page title wraps once or twice). */
const MAX_TITLE_LINES = 3;
const MAX_UNDERLINED_TITLE_CHARS = 50;

/**
 * A title printed over several lines and underlined with a rule at the head of the text (a web
 * page printed to PDF: "…开展知校" / "荣校爱校主题教育" / "=====") is one line: like a Setext
 * heading, everything above the rule is the title. The site's name after it ("_澎湃新闻", " - …门户网站")
 * goes; a headline's exclamation mark ("博物馆奇妙游！…") stays in it.
 */
function joinUnderlinedTitle(lines: string[]): string[] {
  const rule = lines.findIndex((line) => line.trim() && (RULE_LINE.test(line) || DRAWN_RULE.test(line)));
  if (rule <= 0) return lines;
  const text = lines.slice(0, rule).map((line) => line.trim()).filter(Boolean);
  const printed = text.join("");
  // The browser prints the page's <title>: the article's title, then the site's name after "_" or " - ".
  const title = printed.replace(SITE_NAME_SUFFIX, "");
  const cut = title !== printed && title.length >= 4;
  if ((text.length < 2 && !cut) || text.length > MAX_TITLE_LINES || (cut ? title : printed).length > MAX_UNDERLINED_TITLE_CHARS || text.some((line) => /[。？；]/.test(line))) return lines;
  if (cut) return [title, "", ...lines.slice(rule)];
  // A blank line keeps the title apart from the text under it when the rules are gone.
  return [title, "", ...lines.slice(rule)];
}

/**
 * Markdown signs left in text that was not read as Markdown: a .docx or PDF made from a Markdown
 * file keeps its `###`, `**加粗**`, `_来源：…_` and `---` rules (a plain party document never
 * uses them). Running before the metadata rule lets an emphasised byline be recognised as one.
 * Also the signs a form or a printed web page draws with characters: rules of `=`/`─`, fill-in
 * blanks of underscores (made full-width `＿＿＿`), masked numbers (`138****2132` keeps its mask
 * as `＊`), typed bullets, a web page's link arrows (`>>背景资料`), a post's ornaments (`✦✦` alone on a
 * line, `★ …★` around a line).
 */
export const dropInlineMarkup: CleaningRule = {
  name: "inlineMarkup",
  apply(lines) {
    let count = 0;
    const result: string[] = [];
    for (const line of joinUnderlinedTitle(lines)) {
      if ((RULE_LINE.test(line) || DRAWN_RULE.test(line) || ORNAMENT_LINE.test(line)) && line.trim()) {
        count++;
        continue;
      }
      let cleaned = line
        .replace(FORM_BLANK, "＿＿＿")
        .replace(MASK, (mask) => "＊".repeat(mask.length))
        .replace(TYPED_BULLET, "")
        .replace(LINK_ARROWS, (arrows) => (HAN_PAIR.test(line) ? "" : arrows))
        .replace(ATX_MARKS, "")
        .replace(ORNAMENT_FRAME, "$1");
      cleaned = cleaned.replace(STRONG, "$2").replace(EMPHASIS, "$1$2");
      if (cleaned !== line) count++;
      result.push(cleaned);
    }
    return { lines: result, count };
  },
};
