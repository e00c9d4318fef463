import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { FeedbackQuestion } from "./answer-feedback";
import type { QuestionRowFields } from "@/lib/server/bank/question-codec";

/** A question as grading and feedback read it, with its passage's text. */
export type AnsweredQuestion = QuestionRowFields & FeedbackQuestion;

interface Cached {
  version: string;
  question: AnsweredQuestion;
}

/** Questions kept per database: a few courses' banks. */
const MAX_QUESTIONS = 5_000;

/**
 * The questions that practice answers have read, by id, with their row version: the xmin of the
 * question's and its passage's rows, which any update changes however it is written. The
 * answers' read sends the version it holds and gets the question back only when a row has
 * changed since, so a batch does not carry every question and passage each time (≈ 40 % of
 * the read, bench:answer). Least recently used out first.
 */
export class AnswerQuestionCache {
  private readonly entries = new Map<string, Cached>();

  get(questionId: string): Cached | undefined {
    const cached = this.entries.get(questionId);
    if (cached) {
      this.entries.delete(questionId);
      this.entries.set(questionId, cached);
    }
    return cached;
  }

  set(questionId: string, version: string, question: AnsweredQuestion): void {
    this.entries.delete(questionId);
    this.entries.set(questionId, { version, question });
    if (this.entries.size > MAX_QUESTIONS) this.entries.delete(this.entries.keys().next().value!);
  }
}

// Per database: two test databases can hold different questions under one id and version.
const caches = new WeakMap<Db, AnswerQuestionCache>();

export function answerQuestionCacheFor(db: Db): AnswerQuestionCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new AnswerQuestionCache();
    caches.set(db, cache);
  }
  return cache;
}
