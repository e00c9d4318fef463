import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { resolvePointsByType } from "@/lib/quizzes/points-by-type";
import { scopeFor } from "@/lib/server/authorization/scope";
import { ruleQuestionWhere } from "./rule-question-where";

/** A quiz with its items, rules (and how many questions each rule could draw) and assignments, or null when the actor may not edit it. */
export async function getQuizForEditor(db: Db, options: { actor: Actor; quizId: string }) {
  const quiz = await db.quiz.findFirst({
    where: scopeFor(options.actor).quiz(options.quizId),
    include: {
      course: { select: { id: true, title: true } },
      createdBy: { select: { name: true } },
      items: {
        orderBy: { position: "asc" },
        select: {
          questionId: true,
          position: true,
          points: true,
          question: { select: { stem: true, type: true, status: true, difficulty: true, module: { select: { title: true } } } },
        },
      },
      rules: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      assignments: {
        orderBy: { opensAt: "desc" },
        select: { id: true, title: true, opensAt: true, closesAt: true, classes: { select: { class: { select: { id: true, name: true } } } } },
      },
    },
  });
  if (!quiz) return null;
  const available = await Promise.all(quiz.rules.map((rule) => db.question.count({ where: ruleQuestionWhere(rule, quiz.courseId) })));
  return {
    ...quiz,
    pointsByType: resolvePointsByType(quiz.pointsByType),
    rules: quiz.rules.map((rule, index) => ({ ...rule, available: available[index]! })),
  };
}

export type QuizForEditor = NonNullable<Awaited<ReturnType<typeof getQuizForEditor>>>;
