/**
 * A web page's controls and lists copied with its article, as runs of short lines: one table of what each run's lines
 * look like, one function that finds them. The cleaning rule drops the font-size switch and the share toolbar; the
 * corpus invariants read past the share toolbar and the headline lists. PAGE_CONTROL is the single control's line.
 */

/** A toolbar or menu entry of a web page: a word or two, no sentence (下载, 打印, 【字号：, 首页). */
export const MENU_ENTRY = /^[【\[]?[\p{Script=Han}A-Za-z]{0,4}[：:]?[】\]]?$/u;

/** A button or label of a web page a scraper kept, on a line of its own (下载、打印、【字号：加大 还原 减小】, the sizes 大 中 小). */
export const PAGE_CONTROL = /^[【\[]?(下载|打印|全屏|收藏|分享|返回|返回顶部|首页|关闭|关闭窗口|字号|字体|加大|还原|减小|大|中|小)[】\]：:]?$/;

/** A dotted headline of a news page's list of other reports ("·遂宁出台…实施意见"). */
export const HEADLINE_ITEM = /^[·•▪●◆]\s*\S[^。！？!?]{0,60}[。！？!?]?$/;
/** The label of a news page's headline list ("相关报道", "新闻推荐", "最新新闻"). */
export const HEADLINE_LIST_LABEL = /^[\p{Script=Han}]{2,8}[：:]?$/u;

/**
 * How a run of page debris reads, line by line (each line trimmed, a line matching any of a field's patterns): the
 * line that `opens` it, the lines that go on with it (`continues`), how many of its lines must be `counted` ones (the opening line included), the lines that
 * may `close` it after those, and what a blank line does inside it: `drop` (it goes with the run), `skip` (it is
 * passed over and kept) or `stop` (it ends the run). With `endsOnCounted` the run ends on its last counted line.
 */
interface DebrisRun {
  opens: readonly RegExp[];
  continues: readonly RegExp[];
  counted: readonly RegExp[];
  minCounted: number;
  closes?: readonly RegExp[];
  blanks: "drop" | "skip" | "stop";
  endsOnCounted?: boolean;
}

const FONT_SWITCH_ENTRY = /^(?:大|中|小|加大|还原|减小|默认|标准|特大|放大|缩小)$/;

export const PAGE_DEBRIS = {
  /** A font-size switch printed one entry to a line (`【字体：` / `大` / `中` / `小` / `】`), and the share label after it. */
  fontSwitch: {
    opens: [/^[【\[]?\s*(?:字体|字号)\s*[：:]?$/],
    continues: [FONT_SWITCH_ENTRY],
    counted: [FONT_SWITCH_ENTRY],
    minCounted: 2,
    closes: [/^[】\]]$|^分享\s*[：:]?$/],
    blanks: "stop",
  },
  /** A share toolbar: its label on a line of its own ("分享到：") over its buttons, one to a line ("QQ空间", "新浪微博", "更多"). */
  shareToolbar: {
    opens: [/^(?:分享到|分享至|分享给|转发到)[：:]?$/],
    continues: [MENU_ENTRY],
    counted: [MENU_ENTRY],
    minCounted: 0,
    blanks: "drop",
  },
  /**
   * A news page's lists of other headlines, wherever they stand: runs of two or more dotted headlines with the labels
   * over them ("相关报道" / "·…" / "最新新闻" / "·…"). A label closing the run heads no list of its own: it is the
   * article's text again.
   */
  headlineList: {
    opens: [HEADLINE_ITEM, HEADLINE_LIST_LABEL],
    continues: [HEADLINE_ITEM, HEADLINE_LIST_LABEL],
    counted: [HEADLINE_ITEM],
    minCounted: 2,
    blanks: "skip",
    endsOnCounted: true,
  },
} satisfies Record<string, DebrisRun>;

export type PageDebrisKind = keyof typeof PAGE_DEBRIS;

const anyOf = (patterns: readonly RegExp[], line: string) => patterns.some((pattern) => pattern.test(line));

/** The lines of one run of `kind` opening at `at` (or none), and the index its reading stopped at. */
function debrisRunAt(lines: readonly string[], at: number, kind: DebrisRun): { run: number[]; end: number } {
  const run = [at];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!.trim();
    if (line === "" && kind.blanks !== "stop") {
      if (kind.blanks === "drop") run.push(end);
      continue;
    }
    if (!anyOf(kind.continues, line)) break;
    run.push(end);
  }
  if (kind.endsOnCounted) while (run.length > 0 && !anyOf(kind.counted, lines[run.at(-1)!]!.trim())) run.pop();
  if (run.filter((index) => anyOf(kind.counted, lines[index]!.trim())).length < kind.minCounted) return { run: [], end };
  if (kind.closes) for (let close = run.at(-1)! + 1; close < lines.length && anyOf(kind.closes, lines[close]!.trim()); close++) run.push(close);
  return { run, end };
}

/** Indexes of every line of the runs of the given kinds of page debris in the text. */
export function pageDebrisLines(lines: readonly string[], kinds: readonly PageDebrisKind[]): Set<number> {
  const found = new Set<number>();
  for (const name of kinds) {
    const kind: DebrisRun = PAGE_DEBRIS[name];
    // A run read from one line is read whole: a line inside it opens no run of its own (one pass, linear).
    for (let at = 0; at < lines.length; at++) {
      if (!anyOf(kind.opens, lines[at]!.trim())) continue;
      const { run, end } = debrisRunAt(lines, at, kind);
      for (const index of run) found.add(index);
      at = Math.max(at, end - 1);
    }
  }
  return found;
}
