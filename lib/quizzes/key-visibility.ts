/**
 * Whether a learner may see a question's key (answer, accepted answers, key points, 解析, the
 * highlighted source sentence). The one rule every learner path applies, through
 * lib/server/exams/key-visibility.ts; pure, with the clock passed in.
 *
 * - A DRAFT question is not the learners' yet: its key is never shown.
 * - A question in an open exam of the learner's — an assignment whose window has not closed
 *   (`closesAt` in the future, opened or not) given to a class the learner belongs to, or one
 *   they already have an attempt on — keeps its key hidden until that exam's result policy
 *   shows this learner the answers of a paper holding it: IMMEDIATELY once they have handed in
 *   such a paper; AFTER_CLOSE and NEVER not before the window closes. Practising, starring,
 *   the 错题本 or the 出处 highlight must not tell during the window what the exam itself does
 *   not tell.
 * - Once every such window has closed the question is an ordinary bank question again.
 */
import { resultsVisible, type ResultPolicy } from "@/lib/stats/score-policy";

/** What a learner is told when a path refuses to show a key under this rule. */
export const KEY_HIDDEN_MESSAGE = "这道题正用于你尚未结束的测验，测验成绩公布前不能练习或查看答案。";

export type KeyQuestionStatus = "DRAFT" | "ACTIVE" | "RETIRED";

/** One open assignment of the learner's whose paper holds (or may hold) the question. */
export interface OpenExamExposure {
  resultPolicy: ResultPolicy;
  closesAt: Date;
  /** The learner has handed in (or run out the time of) an attempt of this assignment holding the question. */
  handedInWithQuestion: boolean;
}

export function learnerMaySeeKey(question: { status: KeyQuestionStatus }, exams: readonly OpenExamExposure[], now: Date): boolean {
  if (question.status === "DRAFT") return false;
  return exams.every(
    (exam) => exam.closesAt.getTime() <= now.getTime() || (exam.handedInWithQuestion && resultsVisible(exam.resultPolicy, exam.closesAt, now)),
  );
}

/**
 * Whether the mistakes of a handed-in exam paper go to the 错题本 now: only when the learner may
 * see that paper's answers (the 错题本 shows the key). AFTER_CLOSE papers are filed when the
 * window closes (lib/server/exams/file-released-exam-mistakes.ts); NEVER papers are never filed.
 */
export function examMistakesFileable(resultPolicy: ResultPolicy, closesAt: Date, now: Date): boolean {
  return resultsVisible(resultPolicy, closesAt, now);
}
