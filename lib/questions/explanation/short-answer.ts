import type { Module } from "@/lib/content/types";
import { articleRange, citation, passageCitation } from "../citation";
import type { CourseIndex } from "../course-index";
import { announcedListGists, definitionFollowUp, gistsTeach, headingListGists, otherStatement, renderGists } from "../short-answer-teaching";
import { type KeyPlace, mark, quoted } from "./context";

/**
 * 解析 of 简答: the marking guide and the held articles or gists a short answer is marked against.
 */

/** How a 简答 is marked: points per 要点, and what earns them. */
export const POINTS_PER_KEY_POINT = 2;

export function markingGuide(keyPoints: string[]): string {
  if (keyPoints.length <= 1) return `评分参考：满分${POINTS_PER_KEY_POINT}分，答出参考答案的意思即得满分，不必与原文字字相同，只写出个别关键词的得1分。`;
  const total = keyPoints.length * POINTS_PER_KEY_POINT;
  return `评分参考：共${keyPoints.length}个要点，每个要点${POINTS_PER_KEY_POINT}分，满分${total}分；意思相符即可得分，不必与原文字字相同，只写出个别关键词的得1分。`;
}

function heldArticles(index: CourseIndex, sectionId: string): boolean {
  const held = index.section(sectionId)?.section;
  return held !== undefined && articleRange(held) !== null;
}

/**
 * 简答题: where the model answer comes from, what the source says each 要点 means (short-answer-teaching.ts), and how it
 * is marked. `teaches` is false when a heading list's points mostly have nothing under them to say, or a definition's
 * passage says nothing more of it (QUESTIONS.md E: structure and marking guide teach nothing); undefined for the kinds
 * not judged (a speech's announced list, an enumeration).
 */
export function explainShortAnswer(index: CourseIndex, input: { module: Module; sectionId: string; key?: KeyPlace; kind: "heading-list" | "announced-list" | "enumeration" | "definition" | "role" | "standing"; keyPoints: string[]; subject: string }): { text: string; teaches?: boolean } {
  const where = input.key ? passageCitation(index, input.key.located, input.key.offset) : citation(index, { module: input.module, sectionId: input.sectionId });
  const definitional = input.kind === "definition" || input.kind === "role" || input.kind === "standing";
  let taught = "";
  let teaches: boolean | undefined;
  if (definitional && input.key) {
    const next = definitionFollowUp(input.key.located, input.key.offset, input.subject);
    // Where the passage says nothing more of it, the course's other statement of the term, with its 出处.
    const other = next ? null : otherStatement(index.passages, input.key.located, input.subject, input.keyPoints[0] ?? "");
    taught = next ? `原文接着说：${quoted(next)}。` : other ? `${passageCitation(index, other.located, other.offset)}还说：${quoted(other.text)}。` : "";
    teaches = next !== null || other !== null;
  } else if (input.kind === "announced-list") {
    // The paragraphs a speech sets its list out in say what each item asks; an item they leave bare leaves the 解析 short.
    const held = index.section(input.sectionId)?.section;
    const gists = held ? announcedListGists(held.passages, input.keyPoints) : input.keyPoints.map(() => null);
    taught = renderGists(input.keyPoints, gists);
    teaches = gistsTeach(gists);
  } else if (input.kind === "heading-list") {
    const held = index.section(input.sectionId)?.section;
    const gists = held ? headingListGists(held, input.keyPoints) : input.keyPoints.map(() => null);
    taught = renderGists(input.keyPoints, gists);
    teaches = gistsTeach(gists);
  }
  const basis = definitional
    ? `${where}给出了${mark(input.subject)}的${{ role: "地位和作用", standing: "地位", definition: "定义" }[input.kind as "role" | "standing" | "definition"]}${input.keyPoints.length > 1 ? `，参考答案按其组成分为${input.keyPoints.length}个要点：${input.keyPoints.map((point, at) => `（${at + 1}）${point}`).join("；")}` : ""}。`
    : input.kind === "heading-list"
      ? heldArticles(index, input.sectionId)
        ? `${where}共${input.keyPoints.length}条，参考答案的要点即各条开头概括的要求。`
        : `${where}分${input.keyPoints.length}个小标题论述，参考答案的要点即各小标题。`
      : input.kind === "announced-list"
        ? `${where}提出${mark(input.subject)}，随后分${input.keyPoints.length}段逐一论述，参考答案的要点即各段开头所述。`
        : `${where}列举了${input.subject ? `${quoted(input.subject)}共` : ""}${input.keyPoints.length}项，参考答案的要点即各项。`;
  return { text: `${basis}${taught}${markingGuide(input.keyPoints)}`, ...(teaches === undefined ? {} : { teaches }) };
}
