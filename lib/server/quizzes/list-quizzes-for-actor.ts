import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";

/** Quizzes an instructor wrote, or every quiz for an administrator. */
export function listQuizzesForActor(db: Db, actor: Actor) {
  return db.quiz.findMany({
    where: scopeFor(actor).quizzes,
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      composition: true,
      rules: { select: { count: true } },
      _count: { select: { items: true, assignments: true } },
    },
  });
}
