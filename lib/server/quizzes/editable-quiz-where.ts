import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The quiz `quizId` if the actor may edit it: administrators every quiz, instructors their own. */
export function editableQuizWhere(actor: Actor, quizId: string): Prisma.QuizWhereInput {
  if (actor.role === "ADMIN") return { id: quizId };
  if (actor.role === "INSTRUCTOR") return { id: quizId, createdById: actor.id };
  return { id: quizId, AND: [{ id: { in: [] } }] };
}

export const QUIZ_NOT_FOUND = "测验不存在，或您无权管理该测验";
