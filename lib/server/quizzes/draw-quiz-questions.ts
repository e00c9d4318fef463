import "server-only";
import type { Db } from "@/lib/db/prisma";
import { drawByRules, QuizPoolTooSmallError } from "@/lib/quizzes/draw-by-rules";
import { seededGenerator, seededPermutation, seededShuffle } from "@/lib/quizzes/seeded-shuffle";
import { ruleQuestionWhere } from "./rule-question-where";

export { QuizPoolTooSmallError };

export interface DrawnQuiz {
  /** In the order the learner sees them. */
  questionIds: string[];
  /** Points of each question, same order. */
  points: number[];
  /** questionId → permutation of option indexes when quiz.shuffleOptions, else null. */
  optionOrders: Record<string, number[]> | null;
}

export interface DrawQuizQuestionsOptions {
  quizId: string;
  assignmentId: string | null;
  userId: string;
  attemptNumber: number;
}

/** The quiz does not exist. */
export class QuizNotFoundError extends Error {
  constructor(quizId: string) {
    super(`Quiz ${quizId} not found`);
    this.name = "QuizNotFoundError";
  }
}

const CHOICE_TYPES = new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE"]);

/**
 * The questions one learner gets in one attempt of a quiz. Deterministic: the same inputs
 * (and the same bank) always give the same draw.
 *
 * - FIXED: the quiz items by position, with their points.
 * - RULES: per rule, `count` ACTIVE questions of the quiz's course matching it, no repeats
 *   across rules. Seeded by quiz + assignment (one draw for everyone), or also by user and
 *   attempt number when `drawPerLearner`.
 * - shuffleQuestions: the order is shuffled per learner and attempt.
 * - shuffleOptions: a per-learner permutation of the options of each choice question;
 *   position k shows the original option `permutation[k]`.
 *
 * Throws QuizPoolTooSmallError when a rule cannot draw its count (assignment validation
 * prevents it), QuizNotFoundError when the quiz does not exist.
 */
export async function drawQuizQuestions(db: Db, options: DrawQuizQuestionsOptions): Promise<DrawnQuiz> {
  const quiz = await db.quiz.findUnique({
    where: { id: options.quizId },
    select: {
      id: true,
      courseId: true,
      composition: true,
      drawPerLearner: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      items: { orderBy: [{ position: "asc" }, { questionId: "asc" }], select: { questionId: true, points: true } },
      rules: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!quiz) throw new QuizNotFoundError(options.quizId);
  const assignmentPart = options.assignmentId ?? "";
  const learnerParts = [options.userId, options.attemptNumber] as const;

  let drawn: { questionId: string; points: number }[];
  if (quiz.composition === "FIXED") {
    drawn = quiz.items.map((item) => ({ questionId: item.questionId, points: item.points }));
  } else {
    const pools = await Promise.all(
      quiz.rules.map((rule) =>
        db.question.findMany({ where: ruleQuestionWhere(rule, quiz.courseId), orderBy: { id: "asc" }, select: { id: true } }),
      ),
    );
    const selectionRng = quiz.drawPerLearner
      ? seededGenerator("select", quiz.id, assignmentPart, ...learnerParts)
      : seededGenerator("select", quiz.id, assignmentPart);
    const perRule = drawByRules(
      quiz.rules.map((rule, index) => ({ index, count: rule.count, candidateIds: pools[index]!.map((row) => row.id) })),
      selectionRng,
    );
    drawn = perRule.flatMap((ids, index) => ids.map((questionId) => ({ questionId, points: quiz.rules[index]!.points })));
  }

  if (quiz.shuffleQuestions) drawn = seededShuffle(drawn, seededGenerator("order", quiz.id, assignmentPart, ...learnerParts));

  let optionOrders: Record<string, number[]> | null = null;
  if (quiz.shuffleOptions) {
    optionOrders = {};
    const questions = await db.question.findMany({
      where: { id: { in: drawn.map((entry) => entry.questionId) } },
      select: { id: true, type: true, options: true },
    });
    const byId = new Map(questions.map((question) => [question.id, question]));
    for (const { questionId } of drawn) {
      const question = byId.get(questionId);
      if (!question || !CHOICE_TYPES.has(question.type) || !Array.isArray(question.options)) continue;
      optionOrders[questionId] = seededPermutation(
        question.options.length,
        seededGenerator("options", quiz.id, assignmentPart, ...learnerParts, questionId),
      );
    }
  }

  return { questionIds: drawn.map((entry) => entry.questionId), points: drawn.map((entry) => entry.points), optionOrders };
}
