/**
 * The character pairs of a text (bigrams), blanks and punctuation left out: how near two stems are,
 * or how much of a rewritten stem its source already says.
 */
export function characterPairs(text: string): string[] {
  const clean = text.replace(/_{2,}|（　）|[^\p{Script=Han}\p{L}\p{N}]/gu, "");
  return [...clean].slice(1).map((char, at) => clean[at]! + char);
}
