import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";
import { drawByRules, QuizPoolTooSmallError } from "@/lib/quizzes/draw-by-rules";
import { seededGenerator } from "@/lib/quizzes/seeded-shuffle";
import { ruleQuestionWhere, type RuleCriteria } from "./rule-question-where";

type Tx = Db | Prisma.TransactionClient;

export interface DrawableRule extends RuleCriteria {
  count: number;
}

/** "第 2 条规则（单元甲 · 单选题 · 难度 0.5–1）": how messages name a rule. */
export function describeRule(index: number, rule: RuleCriteria, moduleTitle: string | undefined): string {
  const parts = [
    rule.moduleId ? (moduleTitle ?? "未知单元") : "全部单元",
    rule.type ? QUESTION_TYPE_LABELS[rule.type] : "全部题型",
    rule.difficultyMin !== null || rule.difficultyMax !== null ? `难度 ${rule.difficultyMin ?? 0}–${rule.difficultyMax ?? 1}` : "任意难度",
  ];
  return `第 ${index + 1} 条规则（${parts.join(" · ")}）`;
}

/**
 * Why these rules cannot be drawn, in Chinese, or null when every draw succeeds: a rule whose
 * pool of ACTIVE questions is smaller than its count, or rules that share too few questions.
 * The matching draw fails for every seed or for none, so one trial draw decides.
 */
export async function checkRulesDrawable(db: Tx, options: { courseId: string | null; rules: readonly DrawableRule[] }): Promise<string | null> {
  const { rules, courseId } = options;
  if (rules.length === 0) return "测验还没有抽题规则，请至少添加一条";
  const moduleIds = rules.map((rule) => rule.moduleId).filter((id): id is string => id !== null);
  const [pools, modules] = await Promise.all([
    Promise.all(rules.map((rule) => db.question.findMany({ where: ruleQuestionWhere(rule, courseId), select: { id: true } }))),
    db.module.findMany({ where: { id: { in: moduleIds } }, select: { id: true, title: true, courseId: true } }),
  ]);
  const moduleTitle = new Map(modules.map((module) => [module.id, module.title]));
  for (const [index, rule] of rules.entries()) {
    const chosen = modules.find((candidate) => candidate.id === rule.moduleId);
    if (rule.moduleId && (!chosen || (courseId && chosen.courseId !== courseId))) {
      return `${describeRule(index, rule, undefined)}选择的单元不存在或不属于本测验的课程`;
    }
  }
  try {
    drawByRules(
      rules.map((rule, index) => ({ index, count: rule.count, candidateIds: pools[index]!.map((row) => row.id) })),
      seededGenerator("check"),
    );
  } catch (error) {
    if (!(error instanceof QuizPoolTooSmallError)) throw error;
    const rule = rules[error.ruleIndex]!;
    const name = describeRule(error.ruleIndex, rule, rule.moduleId ? moduleTitle.get(rule.moduleId) : undefined);
    return error.shared
      ? `${name}要抽 ${error.requested} 题，但它与其他规则共用题目，合计可抽的启用题目不够，请减少数量或调整条件`
      : `${name}要抽 ${error.requested} 题，但符合条件的启用题目只有 ${error.available} 道`;
  }
  return null;
}

/** Why the quiz cannot be assigned, in Chinese, or null when every learner can get a draw. */
export async function checkQuizDrawable(db: Tx, quizId: string): Promise<string | null> {
  const quiz = await db.quiz.findUnique({
    where: { id: quizId },
    select: {
      composition: true,
      courseId: true,
      items: { orderBy: { position: "asc" }, select: { position: true, question: { select: { stem: true, status: true } } } },
      rules: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!quiz) return "测验不存在";
  if (quiz.composition === "RULES") return checkRulesDrawable(db, { courseId: quiz.courseId, rules: quiz.rules });
  if (quiz.items.length === 0) return "测验还没有题目，请先从题库选题";
  const inactive = quiz.items.findIndex((item) => item.question.status !== "ACTIVE");
  if (inactive >= 0) {
    const stem = quiz.items[inactive]!.question.stem;
    return `第 ${inactive + 1} 题「${stem.length > 20 ? `${stem.slice(0, 20)}…` : stem}」未启用，请先把它移出测验`;
  }
  return null;
}
