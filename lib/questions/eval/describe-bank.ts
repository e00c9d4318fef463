import type { BuiltCourse } from "@/lib/content/types";
import { indexCourse } from "../course-index";
import type { Question, QuestionBank } from "../types";
import type { EvalCourse, EvalQuestion } from "./types";

/** Published or draft: a question the generator marks DRAFT counts as a draft (the review queue is read from bank.review). */
function statusOf(question: Question): EvalQuestion["status"] {
  return (question as Question & { status?: string }).status === "DRAFT" ? "draft" : "published";
}

/** The course and its bank as the evaluation reads them: titles, passage texts, and each question with the text it cites. */
export function describeBank(course: Pick<BuiltCourse, "title" | "modules">, bank: QuestionBank): { course: EvalCourse; questions: EvalQuestion[] } {
  const index = indexCourse(course);
  const drafts = bank.review.map(({ question }) => ({ question, status: "draft" as const }));
  const points = new Map(course.modules.flatMap((module) => module.knowledgePoints.map((point) => [point.id, point] as const)));
  const all = [...bank.accepted.map((question) => ({ question, status: statusOf(question) })), ...drafts];
  return {
    course: {
      title: course.title,
      modules: course.modules.map((module) => ({
        title: module.title,
        passageTexts: index.passages.filter((located) => located.module.id === module.id && located.passage.kind === "prose").map((located) => located.passage.text),
      })),
    },
    questions: all.map(({ question, status }) => {
      const passageText = question.passageId ? (index.passage(question.passageId)?.passage.text ?? null) : null;
      const sourceText = passageText !== null && question.span ? passageText.slice(question.span.start, question.span.end) : null;
      const point = question.knowledgePointId ? points.get(question.knowledgePointId) : undefined;
      const outline = point?.kind === "heading-list" && point.items ? `${point.text}：${point.items.join("；")}` : null;
      return { question, status, sourceText, passageText, outline };
    }),
  };
}
