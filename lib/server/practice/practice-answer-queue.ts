import "server-only";
import type { Db } from "@/lib/db/prisma";
import { GroupCommitQueue } from "@/lib/db/group-commit-queue";
import { submitPracticeAnswers, type AnswerResult, type PracticeAnswer } from "./submit-practice-answer";

/** Most answers written in one batch (bench:answer's 50 learners come in batches of about 25). */
const MAX_BATCH = 64;

const queues = new WeakMap<Db, GroupCommitQueue<PracticeAnswer, AnswerResult>>();

/**
 * Submits a practice answer through the database's group-commit queue: answers that arrive
 * together are recorded together (submitPracticeAnswers: two statements per batch), and a
 * learner's answers one after another. The answer endpoint's way in; the result is what
 * submitPracticeAnswer would return. The answer is timed when it arrives, not when written.
 */
export function queuePracticeAnswer(db: Db, answer: PracticeAnswer): Promise<AnswerResult> {
  let queue = queues.get(db);
  if (!queue) {
    queue = new GroupCommitQueue({ run: (answers) => submitPracticeAnswers(db, answers), keyOf: (queued) => queued.learner.id, maxBatch: MAX_BATCH });
    queues.set(db, queue);
  }
  return queue.submit({ ...answer, now: answer.now ?? new Date() });
}
