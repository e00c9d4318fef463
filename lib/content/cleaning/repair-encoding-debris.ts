import type { CleaningRule } from "./cleaning-rule";

const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  apos: "'",
  nbsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  middot: "·",
  bull: "•",
  times: "×",
  deg: "°",
  copy: "©",
  reg: "®",
};

/**
 * "&quot;" whose ampersand was lost to a wrong code page ("?quot;", "？quot;", "quot;"), real entities (escaped once
 * or more, as a CMS that escapes its titles twice shows them: "建设&amp;nbsp;深入" reads "建设&nbsp;深入"),
 * numeric entities, U+FFFD replacement characters, and compatibility ideographs.
 */
const ENTITY = /(?:&(?:amp;)*|[?？])(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});|&(?:amp;)*(#x[0-9a-f]{1,6}|#\d{1,7})(?![\w;])/gi;
const REPLACEMENT_CHAR = /\ufffd+/g;
/**
 * An HTML tag a scraper escaped instead of parsing (`&lt;P;align=center&gt;&lt;STRONG&gt;三、…&lt;/STRONG&gt;`,
 * escaped once or more): a block tag breaks the line where the page broke it, an inline tag goes.
 */
export const ESCAPED_TAG = /&(?:amp;)*lt;(\/?)([a-z][a-z0-9]*)\b[^<>&]*?&(?:amp;)*gt;/gi;
const BLOCK_TAG = /^(?:p|div|br|h[1-6]|li|ul|ol|tr|table|blockquote|center|section|article)$/i;
/**
 * CJK compatibility ideographs (U+F900–U+FAFF) that some exports spell common characters with: they look
 * like the unified ideograph and match nothing, so a search, a key or a heading test misses them. NFKC
 * maps each to it. (Radical code points, ⾏ for 行, are read at PDF extraction: normalizeRadicals.)
 */
const COMPATIBILITY_IDEOGRAPH = /[\uf900-\ufaff]/g;

function decodeEntity(body: string): string | null {
  if (body.startsWith("#x") || body.startsWith("#X")) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return safeCodePoint(parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

function safeCodePoint(code: number): string | null {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
  return String.fromCodePoint(code);
}

export const repairEncodingDebris: CleaningRule = {
  name: "encodingDebris",
  apply(lines) {
    let count = 0;
    const untagged = lines.flatMap((line) => {
      if (!/&(?:amp;)*lt;/i.test(line)) return [line];
      const parts = line.replace(ESCAPED_TAG, (_tag, _slash: string, name: string) => (count++, BLOCK_TAG.test(name) ? "\n" : "")).split("\n");
      return parts.filter((part) => part.trim());
    });
    const result = untagged.map((line) =>
      line
        .replace(ENTITY, (match, named: string | undefined, numeric: string | undefined) => {
          const decoded = decodeEntity(named ?? numeric ?? "");
          if (decoded === null) return match;
          count++;
          return decoded;
        })
        .replace(REPLACEMENT_CHAR, () => (count++, ""))
        .replace(COMPATIBILITY_IDEOGRAPH, (char) => (count++, char.normalize("NFKC"))),
    );
    return { lines: result, count };
  },
};
