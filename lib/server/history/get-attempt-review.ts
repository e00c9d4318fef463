import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";
import { learnerFacing, type QuestionOption } from "@/lib/questions";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import { resultsVisible } from "@/lib/stats/score-policy";
import { buildFeedback, type AnswerFeedback } from "@/lib/server/practice/answer-feedback";
import { questionsWithVisibleKeys } from "@/lib/server/exams/key-visibility";
import type { AttemptModeName } from "./attempt-modes";

export interface ReviewedQuestion {
  position: number;
  questionId: string;
  type: string;
  stem: string;
  options: QuestionOption[];
  /** Null when the learner did not answer this question, or its key is hidden now. */
  feedback: AnswerFeedback | null;
  /** The key may not be shown now (lib/quizzes/key-visibility.ts): the question is in an open exam of the learner's. */
  keyHidden: boolean;
}

export interface AttemptReview {
  id: string;
  mode: AttemptModeName;
  title: string | null;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  questions: ReviewedQuestion[];
}

/**
 * One finished attempt of the actor's, question by question: the learner's answer, the right
 * answer and the 解析. Null for someone else's attempt, an attempt still in progress, or an
 * assigned quiz whose result policy hides the answers now — ownership and status are part of
 * the query.
 */
export async function getAttemptReview(db: Db, actor: Actor, input: { attemptId: string; now?: Date }): Promise<AttemptReview | null> {
  const now = input.now ?? new Date();
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, ...scopeFor(actor).ownAttempts, status: { in: ["SUBMITTED", "EXPIRED"] } },
    include: {
      assignment: { select: { title: true, closesAt: true } },
      quiz: { select: { title: true, resultPolicy: true } },
      responses: { where: { userId: actor.id } },
    },
  });
  if (!attempt) return null;
  if (attempt.mode === "QUIZ" && attempt.quiz && attempt.assignment && !resultsVisible(attempt.quiz.resultPolicy, attempt.assignment.closesAt, now)) return null;
  const [questions, visibleKeys] = await Promise.all([
    db.question.findMany({ where: { id: { in: attempt.questionIds } }, include: { passage: { select: { text: true } } } }),
    // The attempt's own result policy above; this is the rule across every open exam of the learner's.
    questionsWithVisibleKeys(db, actor.id, attempt.questionIds, now),
  ]);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const responses = new Map(attempt.responses.map((response) => [response.questionId, response]));
  const reviewed: ReviewedQuestion[] = [];
  attempt.questionIds.forEach((questionId, index) => {
    const question = byId.get(questionId);
    if (!question) return;
    const response = responses.get(questionId);
    // Practice sets (a challenge run especially) list only what was shown and answered.
    if (!response && attempt.mode !== "QUIZ") return;
    reviewed.push({
      position: index + 1,
      questionId,
      type: question.type,
      stem: question.stem,
      options: learnerFacing(questionKeyOfRow(question)).options,
      feedback: response && visibleKeys.has(questionId) ? buildFeedback(question, response) : null,
      keyHidden: !visibleKeys.has(questionId),
    });
  });
  return {
    id: attempt.id,
    mode: attempt.mode,
    title: attempt.assignment?.title ?? attempt.quiz?.title ?? null,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    score: attempt.score,
    maxScore: attempt.maxScore,
    questions: reviewed,
  };
}
