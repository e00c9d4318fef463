/**
 * An answer reduced to what grading compares: full-width letters and digits become half-width
 * (NFKC), punctuation, symbols and all spaces go, Latin letters are lower-cased.
 */
export function normalizeAnswer(text: string): string {
  return text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();
}
