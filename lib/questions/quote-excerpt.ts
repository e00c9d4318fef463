const MAX_EXCERPT = 60;
/** A first sentence shorter than this reads generic (合理的收入分配制度是社会公平正义的重要体现。): it fits other speakers too. */
export const MIN_DISTINCT_EXCERPT = 30;
/** How far an excerpt may run to keep a second sentence after a short first one. */
const MAX_EXTENDED_EXCERPT = 90;

const SENTENCE_ENDS = "。！？";

/** The quotation's own words: without punctuation, inner quotation marks and ellipses. */
export function quoteWords(text: string): string {
  return text.replace(/[，。！？、；：‘’…]/g, "");
}

/**
 * A quotation cut at a sentence or clause end to at most about 60 characters, marked with …… when cut.
 * A first sentence too short to be distinctive keeps the sentences after it, up to about 90 characters,
 * so the excerpt is not a stock line another speaker or report could have said (stop 28).
 */
export function quoteExcerpt(quote: string, max = MAX_EXCERPT): string {
  if (quote.length <= max) return quote;
  for (const marks of [SENTENCE_ENDS, "；", "，"]) {
    let cut = -1;
    // Never a cut inside brackets or quotation marks (人民解放军（1948年改称…): the excerpt would end on an open one.
    for (let i = 0; i < max; i++) if (marks.includes(quote[i]!) && balanced(quote.slice(0, i))) cut = i;
    if (cut >= 12) {
      if (marks === SENTENCE_ENDS && quoteWords(quote.slice(0, cut + 1)).length < MIN_DISTINCT_EXCERPT && max === MAX_EXCERPT) return extendedExcerpt(quote, cut);
      return `${quote.slice(0, marks === SENTENCE_ENDS ? cut + 1 : cut)}……`;
    }
  }
  return `${quote.slice(0, max)}……`;
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [["（", "）"], ["(", ")"], ["“", "”"], ["‘", "’"], ["《", "》"], ["【", "】"], ["〔", "〕"]];
/** PAIRS as look-ups: the closing mark of each opening one, and the closing marks. */
const CLOSING_OF: ReadonlyMap<string, string> = new Map(PAIRS.map(([left, right]) => [left, right]));
const CLOSINGS: ReadonlySet<string> = new Set(PAIRS.map(([, right]) => right));

/**
 * Whether every bracket and quotation mark a text opens it also closes, in order, and none closes that it did not open: a
 * place of the course quoted in a 解析 must read whole, not stop inside “人民解放军（1948年改称” or start on a closing ）.
 */
export function balanced(text: string): boolean {
  const open: string[] = [];
  for (const char of text) {
    const closing = CLOSING_OF.get(char);
    if (closing !== undefined) {
      open.push(closing);
      continue;
    }
    if (CLOSINGS.has(char) && open.pop() !== char) return false;
  }
  return open.length === 0;
}

/** The quotation up to the last sentence end within MAX_EXTENDED_EXCERPT characters (the whole of it when it fits). */
function extendedExcerpt(quote: string, firstEnd: number): string {
  if (quote.length <= MAX_EXTENDED_EXCERPT) return quote;
  let cut = firstEnd;
  for (let i = firstEnd + 1; i < MAX_EXTENDED_EXCERPT; i++) if (SENTENCE_ENDS.includes(quote[i]!) && balanced(quote.slice(0, i))) cut = i;
  return `${quote.slice(0, cut + 1)}……`;
}

/**
 * Whether the course credits the quotation to several authors, the speaker being the last of them
 * (马克思、恩格斯明确指出：…): one of the names alone is not how the course credits it, so neither a
 * 出处 single choice nor a speaker-swap 判断 can be built on it.
 */
export function sharedCredit(passageText: string, speakerAt: number): boolean {
  return /(?:^|[。；，！？：”\s])[\u4e00-\u9fa5]{2,4}[、和与]$/.test(passageText.slice(Math.max(0, speakerAt - 8), speakerAt));
}
