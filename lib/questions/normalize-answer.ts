/**
 * An answer reduced to what grading compares: full-width letters and digits become half-width
 * (NFKC), punctuation, symbols and all spaces go, Latin letters are lower-cased.
 */
export function normalizeAnswer(text: string): string {
  // Most texts are Chinese characters, digits, lower-case letters and Chinese punctuation: NFKC changes none of the
  // characters kept, and every mark here goes (…, （ and ， become ..., ( and , first), so the marks are simply dropped.
  if (PLAIN_TEXT.test(text)) return text.replace(PLAIN_DROPPED, "");
  return text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();
}

/** Texts of CJK unified ideographs, digits, lower-case Latin letters and the punctuation and spaces of Chinese text. */
const PLAIN_TEXT = /^[\u4e00-\u9fff0-9a-z、。，；：！？“”‘’（）《》_…·—\u3000 ]*$/;
/** What normalizeAnswer drops of such a text: everything but the ideographs, digits and letters. */
const PLAIN_DROPPED = /[^\u4e00-\u9fff0-9a-z]/g;
