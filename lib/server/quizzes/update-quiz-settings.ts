import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { idField } from "@/lib/validation/class";
import { quizSettingsSchema } from "@/lib/validation/quiz";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { scopeFor, QUIZ_NOT_FOUND } from "@/lib/server/authorization/scope";
import { COURSE_NOT_FOUND, quizSettingsData } from "./quiz-settings-data";

export interface UpdateQuizSettingsOptions {
  actor: Actor;
  quizId: unknown;
  input: unknown;
}

export type UpdateQuizSettingsResult = { ok: true } | Refusal;

/** The quiz's author or an administrator changes its title, course and settings. */
export async function updateQuizSettings(db: Db, options: UpdateQuizSettingsOptions): Promise<UpdateQuizSettingsResult> {
  const quizId = idField("测验无效").safeParse(options.quizId);
  if (!quizId.success) return refuse(QUIZ_NOT_FOUND);
  const parsed = quizSettingsSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const data = quizSettingsData(parsed.data);
  return db.$transaction(async (tx) => {
    const current = await tx.quiz.findFirst({ where: scopeFor(options.actor).quiz(quizId.data) });
    if (!current) return refuse(QUIZ_NOT_FOUND);
    if (data.courseId && !(await tx.course.findUnique({ where: { id: data.courseId }, select: { id: true } }))) {
      return refuse(COURSE_NOT_FOUND, { courseId: COURSE_NOT_FOUND });
    }
    await tx.quiz.update({ where: { id: current.id }, data });
    const before = Object.fromEntries(Object.keys(data).map((key) => [key, current[key as keyof typeof current]]));
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "quiz.update",
      entityType: "Quiz",
      entityId: current.id,
      before: JSON.parse(JSON.stringify(before)),
      after: data,
    });
    return { ok: true as const };
  });
}
