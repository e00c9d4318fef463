import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionType } from "@/lib/generated/prisma/enums";

export interface RuleCriteria {
  moduleId: string | null;
  type: QuestionType | null;
  difficultyMin: number | null;
  difficultyMax: number | null;
}

/** The questions a quiz rule may draw: ACTIVE ones of the quiz's course matching the rule. */
export function ruleQuestionWhere(rule: RuleCriteria, courseId: string | null): Prisma.QuestionWhereInput {
  const where: Prisma.QuestionWhereInput = { status: "ACTIVE" };
  if (courseId) where.courseId = courseId;
  if (rule.moduleId) where.moduleId = rule.moduleId;
  if (rule.type) where.type = rule.type;
  if (rule.difficultyMin !== null || rule.difficultyMax !== null) {
    where.difficulty = {
      ...(rule.difficultyMin !== null && { gte: rule.difficultyMin }),
      ...(rule.difficultyMax !== null && { lte: rule.difficultyMax }),
    };
  }
  return where;
}
