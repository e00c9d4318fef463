import type { Db } from "@/lib/db/prisma";

/** The span of a question's source passage, to highlight when a learner opens 出处. */
export async function getQuestionHighlight(db: Db, questionId: string): Promise<{ passageId: string; start: number; end: number } | null> {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: { passageId: true, spanStart: true, spanEnd: true, status: true },
  });
  if (!question?.passageId || question.spanStart === null || question.spanEnd === null || question.status === "DRAFT") return null;
  return { passageId: question.passageId, start: question.spanStart, end: question.spanEnd };
}
