import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { quizSettingsSchema } from "@/lib/validation/quiz";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { COURSE_NOT_FOUND, quizSettingsData } from "./quiz-settings-data";

export interface CreateQuizOptions {
  actor: Actor;
  input: unknown;
}

export type CreateQuizResult = { ok: true; quizId: string } | Refusal;

/** An instructor or administrator creates a quiz with its settings; questions or rules come next. */
export async function createQuiz(db: Db, options: CreateQuizOptions): Promise<CreateQuizResult> {
  const { actor } = options;
  if (actor.role !== "ADMIN" && actor.role !== "INSTRUCTOR") return refuse("只有教员和管理员可以组卷");
  const parsed = quizSettingsSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const data = quizSettingsData(parsed.data);
  return db.$transaction(async (tx) => {
    if (data.courseId && !(await tx.course.findUnique({ where: { id: data.courseId }, select: { id: true } }))) {
      return refuse(COURSE_NOT_FOUND, { courseId: COURSE_NOT_FOUND });
    }
    const quiz = await tx.quiz.create({ data: { ...data, createdById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "quiz.create", entityType: "Quiz", entityId: quiz.id, after: data });
    return { ok: true as const, quizId: quiz.id };
  });
}
