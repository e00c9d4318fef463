import type { CleaningRule } from "./cleaning-rule";

const DOUBLE_QUOTES = /[“”"＂「」]/g;
const OPENING = "“「";
const CLOSING = "”」";

/** Assigns “ and ” to a line's double quotes: straight, reversed (”…“) and 「」 quotes become “…”. */
export function normalizeLineQuotes(line: string): { line: string; changed: number } {
  const positions = [...line.matchAll(DOUBLE_QUOTES)].map((match) => match.index);
  if (positions.length === 0) return { line, changed: 0 };
  const chars = [...line];
  const utf16ToIndex = new Map<number, number>();
  let offset = 0;
  chars.forEach((char, index) => {
    utf16ToIndex.set(offset, index);
    offset += char.length;
  });
  const quoteChars = positions.map((position) => chars[utf16ToIndex.get(position)!]!);
  const wellFormed = quoteChars.every((char, i) => (i % 2 === 0 ? OPENING.includes(char) : CLOSING.includes(char)));
  const even = quoteChars.length % 2 === 0;
  let changed = 0;
  positions.forEach((position, i) => {
    const index = utf16ToIndex.get(position)!;
    const current = chars[index]!;
    let wanted: string;
    if (wellFormed || (!even && (OPENING + CLOSING).includes(current))) {
      wanted = OPENING.includes(current) ? "“" : CLOSING.includes(current) ? "”" : i % 2 === 0 ? "“" : "”";
    } else {
      wanted = i % 2 === 0 ? "“" : "”";
    }
    if (wanted !== current) {
      chars[index] = wanted;
      changed++;
    }
  });
  return { line: chars.join(""), changed };
}

export const normalizeQuotes: CleaningRule = {
  name: "quotes",
  apply(lines) {
    let count = 0;
    const result = lines.map((line) => {
      const normalized = normalizeLineQuotes(line);
      count += normalized.changed;
      return normalized.line;
    });
    return { lines: result, count };
  },
};
