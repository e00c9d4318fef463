import type { PracticeAnswerInput } from "@/lib/validation/practice-answer";
import type { PracticeAnswerReply } from "@/lib/http/practice-answer-endpoint";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";

export type PostedAnswerReply = PracticeAnswerReply | { ok: false; reason: "SERVER_ERROR" };

/** Sends the learner's answer to the practice answer endpoint; a network failure throws. */
export async function postPracticeAnswer(input: PracticeAnswerInput): Promise<PostedAnswerReply> {
  const response = await fetch(PRACTICE_ANSWER_PATH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(input),
  });
  try {
    return (await response.json()) as PracticeAnswerReply;
  } catch {
    return { ok: false, reason: "SERVER_ERROR" };
  }
}
