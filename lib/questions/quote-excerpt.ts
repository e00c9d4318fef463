const MAX_EXCERPT = 60;

/** A quotation cut at a sentence or clause end to at most about 60 characters, marked with …… when cut. */
export function quoteExcerpt(quote: string, max = MAX_EXCERPT): string {
  if (quote.length <= max) return quote;
  for (const marks of ["。！？", "；", "，"]) {
    let cut = -1;
    for (let i = 0; i < max; i++) if (marks.includes(quote[i]!)) cut = i;
    if (cut >= 12) return `${quote.slice(0, marks === "。！？" ? cut + 1 : cut)}……`;
  }
  return `${quote.slice(0, max)}……`;
}
