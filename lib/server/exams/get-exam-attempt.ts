import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { percentOf, resultsVisible } from "@/lib/stats/score-policy";
import { paperFeedback, type PaperFeedbackItem } from "./paper-feedback";
import { questionsWithVisibleKeys } from "./key-visibility";
import { closeOverdueAttempt } from "./close-overdue-attempt";
import { drawnPoints, findOwnExamAttempt } from "./find-own-exam-attempt";
import { toExamQuestionView, type ExamQuestionView } from "./exam-view";

export interface ExamResult {
  status: "SUBMITTED" | "EXPIRED";
  submittedAt: Date | null;
  late: boolean;
  /** Whether the assignment's result policy lets the learner see score and answers now. */
  visible: boolean;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  /** Per question, in the paper's order, once visible — without questions whose key is hidden now (see hiddenKeys). */
  feedback: PaperFeedbackItem[] | null;
  /**
   * Questions of this paper left out of `feedback` because they are also in another exam of the
   * learner's that has not closed (lib/quizzes/key-visibility.ts): their answers, verdicts and
   * points would tell that exam's key.
   */
  hiddenKeys: number;
}

export interface ExamAttemptView {
  attemptId: string;
  assignmentId: string;
  title: string;
  number: number;
  attemptsAllowed: number;
  open: boolean;
  deadlineAt: Date | null;
  serverNow: Date;
  /** Present while open: the paper without answers, and what the learner has saved so far. */
  questions: ExamQuestionView[];
  saved: Record<string, unknown>;
  /** Present once closed. */
  result: ExamResult | null;
}

/**
 * The learner's own attempt for taking or reviewing. Read after the deadline, the attempt is
 * closed first (lazy expiry). While open it carries no answer, explanation or source; once
 * closed, the score and answers only as the result policy allows.
 */
export async function getExamAttempt(db: Db, actor: Actor, input: { attemptId: string; now?: Date }): Promise<ExamAttemptView | null> {
  const now = input.now ?? new Date();
  let attempt = await findOwnExamAttempt(db, { userId: actor.id, attemptId: input.attemptId });
  if (!attempt || !attempt.assignment || !attempt.quiz) return null;
  if (await closeOverdueAttempt(db, attempt, now)) attempt = (await findOwnExamAttempt(db, { userId: actor.id, attemptId: input.attemptId }))!;
  const { assignment, quiz } = attempt as typeof attempt & { assignment: NonNullable<typeof attempt.assignment>; quiz: NonNullable<typeof attempt.quiz> };
  const open = attempt.status === "IN_PROGRESS";
  const base = {
    attemptId: attempt.id,
    assignmentId: assignment.id,
    title: assignment.title,
    number: attempt.number,
    attemptsAllowed: quiz.attemptsAllowed,
    open,
    deadlineAt: attempt.deadlineAt,
    serverNow: now,
  };
  const responses = await db.response.findMany({ where: { attemptId: attempt.id } });
  if (open) {
    const questions = await db.question.findMany({ where: { id: { in: attempt.questionIds } } });
    const byId = new Map(questions.map((question) => [question.id, question]));
    const points = drawnPoints(attempt);
    const orders = (attempt.optionOrders as Record<string, number[]> | null) ?? {};
    return {
      ...base,
      questions: attempt.questionIds.flatMap((id, index) => {
        const question = byId.get(id);
        return question ? [toExamQuestionView(question, points[index]!, orders[id])] : [];
      }),
      saved: Object.fromEntries(responses.map((response) => [response.questionId, response.answer])),
      result: null,
    };
  }
  const visible = resultsVisible(quiz.resultPolicy, assignment.closesAt, now);
  return {
    ...base,
    questions: [],
    saved: {},
    result: {
      status: attempt.status as ExamResult["status"],
      submittedAt: attempt.submittedAt,
      late: attempt.late,
      visible,
      score: visible ? attempt.score : null,
      maxScore: visible ? attempt.maxScore : null,
      percent: visible && attempt.score !== null && attempt.maxScore !== null ? percentOf(attempt.score, attempt.maxScore) : null,
      ...(visible ? await visibleFeedback(db, actor.id, attempt, responses, now) : { feedback: null, hiddenKeys: 0 }),
    },
  };
}


async function visibleFeedback(db: Db, userId: string, attempt: Parameters<typeof paperFeedback>[1], responses: Parameters<typeof paperFeedback>[2], now: Date) {
  const [items, visibleKeys] = await Promise.all([paperFeedback(db, attempt, responses), questionsWithVisibleKeys(db, userId, attempt.questionIds, now)]);
  const feedback = items.filter((item) => visibleKeys.has(item.questionId));
  return { feedback, hiddenKeys: items.length - feedback.length };
}
