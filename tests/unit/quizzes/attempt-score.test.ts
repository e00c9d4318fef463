import { describe, expect, test } from "vitest";
import { attemptScore, practiceAnswerCloses, practiceAttemptScore } from "@/lib/quizzes/attempt-score";

const answer = (questionId: string, correct: boolean | null, score: number | null) => ({ questionId, correct, score });

describe("attemptScore", () => {
  test("practice: one point per right answer out of the attempt's questions; partial credit and an unrated 简答 earn nothing", () => {
    const attempt = { mode: "PRACTICE" as const, questionIds: ["a", "b", "c", "d", "e"] };
    const responses = [answer("a", true, 1), answer("b", false, 0.5), answer("c", null, null), answer("d", true, 1)];
    expect(attemptScore(attempt, responses)).toEqual({ score: 2, maxScore: 5 });
  });

  test("practice: a 简答 rated 记得 (correct, score 1) counts, one rated 没记住 does not", () => {
    const attempt = { mode: "DAILY" as const, questionIds: ["a", "b"] };
    expect(attemptScore(attempt, [answer("a", true, 1), answer("b", true, 1)])).toEqual({ score: 2, maxScore: 2 });
    expect(attemptScore(attempt, [answer("a", true, 1), answer("b", false, 0)])).toEqual({ score: 1, maxScore: 2 });
  });

  test("挑战答题 is scored out of the questions answered", () => {
    const attempt = { mode: "CHALLENGE" as const, questionIds: ["a", "b", "c", "d"] };
    expect(attemptScore(attempt, [answer("a", true, 1), answer("b", true, 1), answer("c", false, 0)])).toEqual({ score: 2, maxScore: 3 });
  });

  test("exam: each answer's fraction times its drawn points, rounded to hundredths, out of every drawn point; a 简答 waiting for its mark scores 0", () => {
    const attempt = { mode: "QUIZ" as const, questionIds: ["a", "b", "c", "d"], points: [2, 3, 1.5, 5] };
    const responses = [answer("a", true, 1), answer("b", false, 1 / 3), answer("d", null, null)];
    expect(attemptScore(attempt, responses)).toEqual({ score: 3, maxScore: 11.5 });
    expect(attemptScore(attempt, [...responses.slice(0, 2), answer("d", null, 0.7)])).toEqual({ score: 6.5, maxScore: 11.5 });
  });

  test("exam without stored points: every question is worth 1; an answer to a question not on the paper counts nothing", () => {
    expect(attemptScore({ mode: "QUIZ", questionIds: ["a", "b"] }, [answer("a", true, 1), answer("z", true, 1)])).toEqual({ score: 1, maxScore: 2 });
  });
});

describe("practice closing", () => {
  test("an attempt closes with its last answer, and 挑战答题 with its first wrong one", () => {
    expect(practiceAnswerCloses("PRACTICE", 3, { answered: 2, right: 2 }, { correct: false })).toBe(false);
    expect(practiceAnswerCloses("PRACTICE", 3, { answered: 3, right: 2 }, { correct: null })).toBe(true);
    expect(practiceAnswerCloses("CHALLENGE", 20, { answered: 4, right: 3 }, { correct: false })).toBe(true);
    expect(practiceAnswerCloses("CHALLENGE", 20, { answered: 4, right: 3 }, { correct: null })).toBe(false);
    expect(practiceAttemptScore("CHALLENGE", 20, { answered: 4, right: 3 })).toEqual({ score: 3, maxScore: 4 });
  });
});
