/**
 * PDF text layers made by some producers (Chromium/Skia printing a web page, some office
 * exports) map a glyph to a radical code point instead of the character it draws: `⽂` (U+2F42
 * KANGXI RADICAL SCRIPT) for 文, `⻓` (U+2ED3 CJK RADICAL C-SIMPLIFIED LONG) for 长. The text
 * looks right but matches nothing: not a search, not a term, not a duplicate, not jieba's
 * dictionary. Kangxi radicals have compatibility decompositions (NFKC); the CJK Radicals
 * Supplement has none, so the simplified forms a Chinese text uses are listed here.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  "\u2e9f": "母",
  "\u2ea0": "民",
  "\u2ec4": "西",
  "\u2ec5": "见",
  "\u2ec6": "角",
  "\u2ec8": "讠",
  "\u2ec9": "贝",
  "\u2eca": "足",
  "\u2ecb": "车",
  "\u2ed0": "钅",
  "\u2ed3": "长",
  "\u2ed4": "门",
  "\u2ed7": "雨",
  "\u2ed8": "青",
  "\u2ed9": "韦",
  "\u2eda": "页",
  "\u2edb": "风",
  "\u2edc": "飞",
  "\u2edd": "食",
  "\u2ee0": "饣",
  "\u2ee2": "马",
  "\u2ee3": "骨",
  "\u2ee4": "鬼",
  "\u2ee5": "鱼",
  "\u2ee6": "鸟",
  "\u2ee7": "卤",
  "\u2ee8": "麦",
  "\u2ee9": "黄",
  "\u2eea": "黾",
  "\u2eec": "齐",
  "\u2eee": "齿",
  "\u2ef0": "龙",
  "\u2ef3": "龟",
};
/** ⼾ (DOOR) decomposes to 戶, a variant; the glyph simplified fonts draw for it is 户. */
const KANGXI_SIMPLIFIED: Readonly<Record<string, string>> = { "\u2f3e": "户" };
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** The text with radical code points replaced by the characters they stand for. */
export function normalizeRadicals(text: string): string {
  return text.replace(RADICAL, (radical) => {
    const mapped = SUPPLEMENT[radical] ?? KANGXI_SIMPLIFIED[radical];
    if (mapped) return mapped;
    const code = radical.codePointAt(0)!;
    return code >= 0x2f00 ? radical.normalize("NFKC") : radical;
  });
}
