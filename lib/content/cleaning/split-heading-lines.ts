import { detectHeading } from "../detect-heading";
import { ARTICLE, isLegalText } from "../text/legal-articles";
import { displayWidth, endsSentence } from "../text/char-classes";
import { answerLines, isQuestionHeading } from "../text/question-headings";
import { sentenceItemStyles } from "../text/sentence-items";
import type { CleaningRule } from "./cleaning-rule";

const ABSTRACT_INSIDE = /[\[［【〔(（]?\s*摘\s*要\s*[\]］】〕)）]?\s*[:：]|[\[［【〔(（]\s*摘\s*要\s*[\]］】〕)）]/;
const KEYWORDS_INSIDE = /[\[［【〔(（]?\s*关\s*键\s*[词字]\s*[\]］】〕)）]?\s*[:：]|[\[［【〔(（]\s*关\s*键\s*[词字]\s*[\]］】〕)）]/;
const MAX_TITLE_WIDTH = 50;
const MAX_KEYWORD_WIDTH = 10;

/** "标题摘要：…" (a title glued to its abstract) and "…。关键词：…" (keywords glued to the abstract). */
function splitGluedLabels(line: string): string[] {
  const abstract = ABSTRACT_INSIDE.exec(line);
  if (abstract && abstract.index > 0) {
    const prefix = line.slice(0, abstract.index).trim();
    if (displayWidth(prefix) <= MAX_TITLE_WIDTH && !/[。！？]/.test(prefix)) return [prefix, ...splitGluedLabels(line.slice(abstract.index))];
  }
  const keywords = KEYWORDS_INSIDE.exec(line);
  if (keywords && keywords.index > 0 && endsSentence(line.slice(0, keywords.index))) {
    return [line.slice(0, keywords.index).trim(), line.slice(keywords.index).trim()];
  }
  return [line];
}

function keywordList(text: string): string {
  return text
    .split(/[\s,，;；、]+/)
    .filter(Boolean)
    .join("；");
}

function isKeywordFragment(line: string): boolean {
  return displayWidth(line) <= MAX_KEYWORD_WIDTH && !/[，。；：、！？,.;:!?]/.test(line) && !detectHeading(line);
}

/** Separates a title glued to its abstract and keywords glued to the abstract, before lines are rejoined. */
export const splitGluedLabelLines: CleaningRule = {
  name: "headingLines",
  apply(lines) {
    let count = 0;
    const result = lines.flatMap((line) => {
      const split = splitGluedLabels(line);
      count += split.length - 1;
      return split;
    });
    return { lines: result, count };
  },
};

/**
 * A numbered field whose value is clauses joined by commas (`2、培训时间与要求：每年2期，每学期期中考试后安排。每期…`): an item
 * of a list whose first sentence is no title, so the line is not split after it.
 */
const FIELD_WITH_CLAUSES = /^[^：:，,。]{2,12}[：:][^：:]*[，,]/;

/**
 * One heading per line: a heading followed by the first sentence of its paragraph is split in two,
 * a bare "第一章" takes the short title on the next line, a keyword list broken over lines is gathered.
 * A question its author marked as a heading (`### 1. …。谈谈…。`) and the points of its answer stay whole.
 */
export const splitHeadingLines: CleaningRule = {
  name: "headingLines",
  apply(lines, context) {
    let count = 0;
    const result: string[] = [];
    const pieces = lines;
    // In a legal text an item's title and its text are one sentence of the article: "（一）检查。对…".
    const legal = isLegalText(lines.flatMap((line) => ARTICLE.exec(line)?.[1] ?? []));
    // In a list of numbered sentences an item of two sentences stays one item.
    const sentenceItems = sentenceItemStyles(lines);
    const marked = context?.markedHeadings;
    const inAnswer = answerLines(lines, marked);
    for (let i = 0; i < pieces.length; i++) {
      const line = pieces[i]!;
      const heading = detectHeading(line);
      if (!heading || inAnswer[i] || isQuestionHeading(line, marked)) {
        result.push(line);
        continue;
      }
      if (heading.label === "关键词") {
        const words = [heading.rest];
        while (i + 1 < pieces.length && isKeywordFragment(pieces[i + 1]!)) {
          words.push(pieces[++i]!);
          count++;
        }
        result.push("关键词", keywordList(words.join(" ")));
        count += heading.rest ? 1 : 0;
        continue;
      }
      if (heading.style !== "label" && !heading.title && i + 1 < pieces.length) {
        const next = pieces[i + 1]!;
        const nextHeading = detectHeading(next);
        const nextIsTitle = !nextHeading || (nextHeading.style === "label" && !nextHeading.rest);
        if (nextIsTitle && displayWidth(next) <= 30 && !endsSentence(next) && !/[，。；]/.test(next)) {
          result.push(`${heading.numbering} ${next}`);
          i++;
          count++;
          continue;
        }
      }
      if (heading.rest && !(legal && heading.style !== "label" && heading.rank >= 4) && !sentenceItems.has(heading.style) && !FIELD_WITH_CLAUSES.test(heading.title)) {
        result.push(heading.style === "label" ? heading.title : `${heading.numbering}${heading.title}`, heading.rest);
        count++;
        continue;
      }
      result.push(line);
    }
    return { lines: result, count };
  },
};
