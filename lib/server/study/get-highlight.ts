import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { learnerMaySeeKeyOf } from "@/lib/server/exams/key-visibility";

/**
 * The span of a question's source passage, to highlight when a reader opens 出处. The span is
 * the sentence holding the key, so it is shown only when the reader may see the key
 * (lib/quizzes/key-visibility.ts); otherwise `?hl=` would answer any question id.
 */
export async function getQuestionHighlight(
  db: Db,
  actor: Actor,
  input: { questionId: string; now?: Date },
): Promise<{ passageId: string; start: number; end: number } | null> {
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { passageId: true, spanStart: true, spanEnd: true },
  });
  if (!question?.passageId || question.spanStart === null || question.spanEnd === null) return null;
  if (!(await learnerMaySeeKeyOf(db, actor.id, input.questionId, input.now))) return null;
  return { passageId: question.passageId, start: question.spanStart, end: question.spanEnd };
}
