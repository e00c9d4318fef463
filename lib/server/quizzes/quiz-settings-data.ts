import "server-only";
import type { QuizSettingsInput } from "@/lib/validation/quiz";

/** The validated settings as Quiz columns. */
export function quizSettingsData(input: QuizSettingsInput) {
  return {
    title: input.title,
    description: input.description,
    courseId: input.courseId ?? null,
    composition: input.composition,
    drawPerLearner: input.drawPerLearner,
    timeLimitSeconds: input.timeLimitMinutes === undefined ? null : input.timeLimitMinutes * 60,
    shuffleQuestions: input.shuffleQuestions,
    shuffleOptions: input.shuffleOptions,
    attemptsAllowed: input.attemptsAllowed,
    scoring: input.scoring,
    resultPolicy: input.resultPolicy,
    latePolicy: input.latePolicy,
    pointsByType: input.pointsByType,
  };
}

export const COURSE_NOT_FOUND = "所选课程不存在";
