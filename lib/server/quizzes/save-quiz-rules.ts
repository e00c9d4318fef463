import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { resolvePointsByType } from "@/lib/quizzes/points-by-type";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { idField } from "@/lib/validation/class";
import { MAX_RULES, quizRuleSchema, type QuizRuleInput } from "@/lib/validation/quiz";
import { refuse, type Refusal } from "@/lib/validation/refusal";
import { checkRulesDrawable } from "./check-quiz-drawable";
import { scopeFor, QUIZ_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface SaveQuizRulesOptions {
  actor: Actor;
  quizId: unknown;
  /** The rule rows in order; see quizRulesFromForm. */
  rules: unknown[];
}

export type SaveQuizRulesResult = { ok: true; ruleCount: number; questionCount: number } | Refusal;

/**
 * Replaces a quiz's draw rules. Every row is validated, then the rules are checked against the
 * bank: a rule drawing more ACTIVE questions than match it is refused, naming the rule, and
 * nothing is saved. A rule without points takes the quiz's points for its type.
 */
export async function saveQuizRules(db: Db, options: SaveQuizRulesOptions): Promise<SaveQuizRulesResult> {
  const quizId = idField("测验无效").safeParse(options.quizId);
  if (!quizId.success) return refuse(QUIZ_NOT_FOUND);
  if (options.rules.length === 0) return refuse("请至少填写一条抽题规则");
  if (options.rules.length > MAX_RULES) return refuse(`抽题规则不能超过 ${MAX_RULES} 条`);
  const rules: QuizRuleInput[] = [];
  for (const [index, row] of options.rules.entries()) {
    const parsed = quizRuleSchema.safeParse(row);
    if (!parsed.success) return refuse(`第 ${index + 1} 条规则：${parsed.error.issues[0]?.message ?? "输入无效"}`);
    rules.push(parsed.data);
  }
  return db.$transaction(async (tx) => {
    const quiz = await tx.quiz.findFirst({ where: scopeFor(options.actor).quiz(quizId.data), include: { rules: { orderBy: { position: "asc" } } } });
    if (!quiz) return refuse(QUIZ_NOT_FOUND);
    const pointsByType = resolvePointsByType(quiz.pointsByType);
    const rows = rules.map((rule, position) => ({
      position,
      moduleId: rule.moduleId ?? null,
      type: rule.type ?? null,
      difficultyMin: rule.difficultyMin ?? null,
      difficultyMax: rule.difficultyMax ?? null,
      count: rule.count,
      points: rule.points ?? (rule.type ? pointsByType[rule.type] : 1),
    }));
    const problem = await checkRulesDrawable(tx, { courseId: quiz.courseId, rules: rows });
    if (problem) return refuse(problem);
    await tx.quizRule.deleteMany({ where: { quizId: quiz.id } });
    await tx.quizRule.createMany({ data: rows.map((row) => ({ ...row, quizId: quiz.id })) });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "quiz.save_rules",
      entityType: "Quiz",
      entityId: quiz.id,
      before: quiz.rules.map(({ id: _id, quizId: _quizId, ...rule }) => rule),
      after: rows,
    });
    return { ok: true as const, ruleCount: rows.length, questionCount: rows.reduce((sum, row) => sum + row.count, 0) };
  });
}
