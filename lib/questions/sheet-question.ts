import type { Module } from "@/lib/content/types";
import { buildCandidate } from "./build-candidate";
import type { CourseIndex } from "./course-index";
import { explainShortAnswer } from "./explanation";
import type { Candidate } from "./types";

/**
 * A review sheet's own question over its answer's numbered points, on one line: "3. 十年来的三件大事：（1）…；（2）…；（3）…。"
 * The label is what the sheet asks (a noun phrase: 谁的什么); the points are short and closed by "。" on the last.
 */
const SHEET_ITEM = /^(?:\d{1,3}\.\s*)?([^：:？?。；;，,（(]{4,30})[：:]((?:（\d{1,2}）[^（）；;。：:]{2,40}[；;]){1,7}（\d{1,2}）[^（）；;。：:]{2,40}。)$/;
/** The label names what the points are of: "X的Y" with a noun head (大事, 答案, 特征, 教训 …), never a statement or a verb's object. */
const NOUN_LABEL = /^[^是为要应]{2,24}的[^的是为要应]{1,6}$/;
const PLURAL_HEAD = /(原因|问题|措施|途径|要求|特点|特征|因素|意义|方法|内容|表现|原则|作用|经验|教训|举措|成就|标志)$/;
const MAX_POINTS = 8;

/**
 * 简答 from a review sheet's question whose answer is a few short points: the sheet's own question as the stem (an
 * instructor's question, asked as the sheet asks it), its points as the 要点. A long answer in paragraphs (a 答记者问)
 * is no 简答 of points and is left alone.
 */
export function sheetQuestionCandidates(module: Module, index: CourseIndex, inModule: (title: string) => string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const located of index.passages) {
    if (located.module.id !== module.id || located.passage.kind !== "prose") continue;
    const text = located.passage.text.trim();
    const match = SHEET_ITEM.exec(text);
    if (!match) continue;
    const label = match[1]!.trim();
    if (!NOUN_LABEL.test(label)) continue;
    const keyPoints = match[2]!
      .split(/（\d{1,2}）/)
      .map((point) => point.replace(/[；;。]$/, "").trim())
      .filter(Boolean);
    if (keyPoints.length < 2 || keyPoints.length > MAX_POINTS) continue;
    // The sheet's number only orders its questions: the cited span starts at the label.
    const start = located.passage.text.indexOf(text) + text.indexOf(label);
    const offset = located.passage.text.indexOf(text) + text.length;
    const explained = explainShortAnswer(index, { module, sectionId: located.section.id, key: { located, offset }, kind: "enumeration", keyPoints, subject: label });
    candidates.push(
      buildCandidate(
        {
          type: "SHORT_ANSWER",
          focus: "enumeration",
          stem: `${inModule(label)}${label}${PLURAL_HEAD.test(label) ? "有哪些" : "是什么"}？`,
          options: [],
          answer: keyPoints.map((point, at) => `（${at + 1}）${point}`).join("；") + "。",
          keyPoints,
          explanation: explained.text,
          moduleId: module.id,
          sectionId: located.section.id,
          passageId: located.passage.id,
          span: { start, end: offset },
        },
        { sentence: located.passage.text.slice(start, offset), answers: keyPoints, distractors: [], enumerationItems: keyPoints },
        index,
      ),
    );
  }
  return candidates;
}
