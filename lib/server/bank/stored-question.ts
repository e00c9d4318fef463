import "server-only";
import type { Question as QuestionRow } from "@/lib/generated/prisma/client";
import type { Question, QuestionAnswer, QuestionFocus, QuestionOption } from "@/lib/questions";

/** A stored question in the shape lib/questions works with (reports, grading). */
export function storedQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    type: row.type,
    // Hand-written questions have no focus; "term" counts for nothing special (出处 counts "speaker").
    focus: (row.focus ?? "term") as QuestionFocus,
    stem: row.stem,
    options: row.options as unknown as QuestionOption[],
    answer: row.answer as unknown as QuestionAnswer,
    ...(row.acceptedAnswers !== null && { acceptedAnswers: row.acceptedAnswers as unknown as string[][] }),
    ...(row.keyPoints !== null && { keyPoints: row.keyPoints as unknown as string[] }),
    explanation: row.explanation,
    difficulty: row.difficulty,
    moduleId: row.moduleId ?? "",
    sectionId: row.sectionId ?? "",
    passageId: row.passageId,
    ...(row.knowledgePointId !== null && { knowledgePointId: row.knowledgePointId }),
    span: row.spanStart !== null && row.spanEnd !== null ? { start: row.spanStart, end: row.spanEnd } : null,
    contentHash: row.contentHash,
    generatorVersion: row.generatorVersion ?? "",
  };
}
