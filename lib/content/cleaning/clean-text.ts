import type { CleaningCounts, CleaningRuleName, DocumentMetadata } from "../types";
import type { CleaningRule, RemovedLine } from "./cleaning-rule";
import { dropDocumentMetadata, findSubtitle, readDocumentMetadata } from "./drop-document-metadata";
import { dropInlineMarkup } from "./drop-inline-markup";
import { dropFootnoteMarkers } from "./drop-footnote-markers";
import { dropFrontMatter, titleFromCipData } from "./drop-front-matter";
import { dropNonChineseParagraphs } from "./drop-non-chinese-paragraphs";
import { dropPageNumbers } from "./drop-page-numbers";
import { dropReferences, readExplanatoryNotes } from "./drop-references";
import { dropRunningHeaders } from "./drop-running-headers";
import { dropSignatureLines } from "./drop-signature-lines";
import { dropSiteBoilerplate } from "./drop-site-boilerplate";
import { dropTableOfContents } from "./drop-table-of-contents";
import { dropTeaserLines } from "./drop-teaser-lines";
import { joinFieldLists } from "./join-field-lists";
import { normalizePunctuation } from "./normalize-punctuation";
import { normalizeQuotes } from "./normalize-quotes";
import { normalizeSpacing } from "./normalize-spacing";
import { normalizeWhitespace } from "./normalize-whitespace";
import { rejoinBrokenLines } from "./rejoin-broken-lines";
import { markedHeadingSet } from "../text/marked-headings";
import { readIconGlyphs } from "./read-icon-glyphs";
import { repairEncodingDebris } from "./repair-encoding-debris";
import { splitGluedLabelLines, splitHeadingLines } from "./split-heading-lines";
import { splitIndentedParagraphs } from "./split-indented-paragraphs";

/**
 * The rules in the order they run. Line-level removals come first, while the extraction's line
 * breaks still tell headings from text; rejoining turns lines into paragraphs; the normalisations
 * and the heading split work on paragraphs.
 */
export const CLEANING_RULES: readonly CleaningRule[] = [
  splitIndentedParagraphs,
  normalizeWhitespace,
  repairEncodingDebris,
  readIconGlyphs,
  dropInlineMarkup,
  dropDocumentMetadata,
  dropSiteBoilerplate,
  dropFrontMatter,
  dropRunningHeaders,
  dropTableOfContents,
  dropTeaserLines,
  dropReferences,
  dropFootnoteMarkers,
  dropPageNumbers,
  dropNonChineseParagraphs,
  dropSignatureLines,
  splitGluedLabelLines,
  joinFieldLists,
  rejoinBrokenLines,
  normalizePunctuation,
  normalizeQuotes,
  splitHeadingLines,
  normalizeSpacing,
];

export interface CleanedText {
  /** One paragraph or heading per line, no blank lines. */
  lines: string[];
  counts: CleaningCounts;
  /** A title the cleaning found in what it removed (a book's CIP data), if any. */
  title: string | null;
  /** Issuing body, date, author, source found in the front matter the cleaning removed; the explanatory notes it took out of the text. */
  metadata: DocumentMetadata;
  /** Lines the cleaning found to be headings by their layout (a PDF's two-phrase subheading): marked headings for the outline. */
  headings: string[];
  /**
   * The line a dash-led subtitle stood under (metadata.subtitle), else the first line over a date or byline the cleaning
   * dropped: the document's title line, however it ends.
   */
  titleLine: string | null;
  /** The metadata lines the cleaning removed, each with the name of its form (`byline`, `date` …): for content:inspect. */
  metadataLines: RemovedLine[];
}

export function emptyCleaningCounts(): CleaningCounts {
  return Object.fromEntries(CLEANING_RULES.map((rule) => [rule.name, 0])) as Record<CleaningRuleName, number>;
}

/** Cleans decoded text; `markedHeadings` are the lines the source marked as headings (Markdown `#`). */
export function cleanText(text: string, options: { markedHeadings?: readonly string[] } = {}): CleanedText {
  let context = { markedHeadings: markedHeadingSet(options.markedHeadings) };
  // Paragraphs run together on one line are split before anything reads the lines.
  const split = splitIndentedParagraphs.apply(text.replace(/\r\n?/g, "\n").split("\n"));
  const raw = split.lines;
  const title = titleFromCipData(raw);
  const prepared = dropInlineMarkup.apply(raw).lines.map((line) => line.replace(/[\u3000\u00a0]/g, " "));
  const metadata: DocumentMetadata = readDocumentMetadata(prepared);
  const subtitle = findSubtitle(prepared);
  const counts = emptyCleaningCounts();
  counts.indentedParagraphs = split.count;
  let lines = raw;
  const headings: string[] = [];
  let titleOverMetadata: string | null = null;
  let metadataLines: RemovedLine[] = [];
  for (const rule of CLEANING_RULES) {
    // The explanatory notes the references rule is about to drop with their notes sections, kept for the reader.
    if (rule === dropReferences) {
      const notes = readExplanatoryNotes(lines);
      if (notes.length > 0) metadata.notes = notes;
    }
    const result = rule.apply(lines, context);
    lines = result.lines;
    counts[rule.name] += result.count;
    // The title the metadata rule found over the date or byline it dropped is marked for the rules after it (it must not
    // run on into the text); it is no section heading for the outline, which takes the first line as the title anyway. A
    // headline over a reporter's byline inside the text is one.
    if (rule === dropDocumentMetadata) {
      context = { markedHeadings: new Set([...context.markedHeadings, ...markedHeadingSet(result.headings), ...markedHeadingSet(result.subheadings)]) };
      headings.push(...(result.subheadings ?? []));
      titleOverMetadata = result.headings?.[0] ?? null;
      metadataLines = result.removed ?? [];
    }
    else headings.push(...(result.headings ?? []));
  }
  return { lines, counts, title, metadata, headings, titleLine: subtitle ? prepared[subtitle.titleIndex]!.trim() : titleOverMetadata, metadataLines };
}
