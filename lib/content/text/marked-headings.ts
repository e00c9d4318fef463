/**
 * Headings a document's author marked as such (Markdown `#`, Setext underlines, an `<h1>`–`<h6>` line, a bold line of its own),
 * matched against cleaned lines by their letters and digits alone: the cleaning rules change
 * spaces, quotes and punctuation ("“新” 火相传" → "“新”火相传") but never the words.
 */
export type MarkedHeadings = ReadonlySet<string>;

export function headingKey(line: string): string {
  return line.replace(/[^\p{L}\p{N}]/gu, "");
}

export function markedHeadingSet(headings: readonly string[] = []): MarkedHeadings {
  return new Set(headings.map(headingKey).filter(Boolean));
}

export function isMarkedHeading(line: string, marked: MarkedHeadings | undefined): boolean {
  return Boolean(marked?.size) && marked!.has(headingKey(line));
}
