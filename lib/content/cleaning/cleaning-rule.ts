import type { MarkedHeadings } from "../text/marked-headings";
import type { CleaningRuleName } from "../types";

export interface CleaningResult {
  lines: string[];
  /** How many things the rule removed or repaired (lines, markers, joins …), for the report. */
  count: number;
  /** Lines the rule found to be headings by their layout (a wrapped text's subheading), to be read as marked headings. */
  headings?: string[];
  /** Headlines over the reporters' bylines the metadata rule dropped inside the text: section headings for the outline. */
  subheadings?: string[];
  /** The lines the rule removed, each with the name of the form that removed it (the metadata rule reports them). */
  removed?: RemovedLine[];
}

/** A line a cleaning rule removed, and the name of the form of line it was (`byline`, `date` …). */
export interface RemovedLine {
  rule: string;
  line: string;
}

/** What the source format says about the lines beyond their text. */
export interface CleaningContext {
  /** Headings the author marked (Markdown `#`): never joined to the lines around them. */
  markedHeadings?: MarkedHeadings;
}

/** One cleaning step: lines in, lines out. Blank lines carry meaning (paragraph breaks) until rejoining. */
export interface CleaningRule {
  name: CleaningRuleName;
  apply(lines: string[], context?: CleaningContext): CleaningResult;
}

/** Drops the lines a predicate selects. */
export function dropLines(lines: string[], shouldDrop: (line: string, index: number) => boolean): CleaningResult {
  const kept: string[] = [];
  let count = 0;
  lines.forEach((line, index) => {
    if (shouldDrop(line, index)) count++;
    else kept.push(line);
  });
  return { lines: kept, count };
}

/** Applies a replacement to every line, counting the matches. */
export function replaceInLines(lines: string[], pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): CleaningResult {
  let count = 0;
  const result = lines.map((line) =>
    line.replace(pattern, (...args: unknown[]) => {
      count++;
      const match = args[0] as string;
      return typeof replacement === "string" ? replacement : replacement(match, ...(args.slice(1) as string[]));
    }),
  );
  return { lines: result, count };
}
