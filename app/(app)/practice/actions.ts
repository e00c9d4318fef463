"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { removeMistake } from "@/lib/server/practice/mistakes";
import { setFavorite } from "@/lib/server/practice/favorites";
import { startGroupPractice } from "@/lib/server/practice/start-group-practice";
import { startChallenge, startDailyQuiz, startUnseenFirst } from "@/lib/server/practice/start-daily-quiz";
import { startRedoWrong } from "@/lib/server/practice/start-redo-wrong";
import { advanceMemorizing } from "@/lib/server/practice/advance-memorizing";
import { startModulePractice } from "@/lib/server/practice/start-practice";
import { startReview } from "@/lib/server/practice/start-review";
import { rateSelfGradedAnswer } from "@/lib/server/practice/rate-self-graded-answer";
import type { AnswerResult } from "@/lib/server/practice/submit-practice-answer";
import { textField } from "@/lib/validation/text";
import { groupScopeErrorCode } from "@/lib/validation/group-scope";

const id = textField().min(1).max(64);

/** 专项练习 (in the order of the text or shuffled) or 背题模式 of one module; the same start again resumes. */
export async function startPracticeAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = z
    .object({ moduleId: id, order: z.enum(["source", "shuffled"]), mode: z.enum(["PRACTICE", "MEMORIZE"]).default("PRACTICE") })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/practice?error=invalid");
  const attemptId = await startModulePractice(await getDb(), actor, parsed.data);
  redirect(attemptId ? `/practice/${attemptId}` : "/practice?error=empty");
}

/** 未做优先: questions never answered first; an unfinished set resumes. */
export async function startUnseenFirstAction(): Promise<void> {
  const actor = await requireActor();
  const attemptId = await startUnseenFirst(await getDb(), actor);
  redirect(attemptId ? `/practice/${attemptId}` : "/practice?error=empty");
}

/** 重做错题 on a results screen: the questions answered wrong in that attempt. */
export async function redoWrongAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const attemptId = id.safeParse(formData.get("attemptId"));
  const started = attemptId.success ? await startRedoWrong(await getDb(), actor, { attemptId: attemptId.data }) : null;
  redirect(started ? `/practice/${started}` : "/practice?error=empty");
}

/** 背题模式: the learner has gone through question `index`; on to the next, or to the results after the last. */
export async function advanceMemorizingAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = z.object({ attemptId: id, index: z.coerce.number().int().min(0).max(100_000) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/practice?error=invalid");
  const advanced = await advanceMemorizing(await getDb(), actor, parsed.data);
  if (!advanced) redirect(`/practice/${parsed.data.attemptId}?done=1`);
  redirect(advanced.finished ? `/practice/${parsed.data.attemptId}?done=1` : `/practice/${parsed.data.attemptId}?q=${parsed.data.index + 1}`);
}

/** 复习: the open session while it still serves the due queue, else a new one of the queue as it is now. */
export async function startReviewAction(): Promise<void> {
  const actor = await requireActor();
  const attemptId = await startReview(await getDb(), actor);
  redirect(attemptId ? `/practice/${attemptId}` : "/review");
}

/** 错题重练: the whole 错题本, or the module, knowledge point or question the form names. */
export async function startMistakesAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const started = await startGroupPractice(await getDb(), actor, { mode: "MISTAKES", scope: Object.fromEntries(formData) });
  redirect(started.ok ? `/practice/${started.attemptId}` : `/mistakes?error=${groupScopeErrorCode(started.error)}`);
}

export async function removeMistakeAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const questionId = id.safeParse(formData.get("questionId"));
  if (questionId.success) await removeMistake(await getDb(), actor, { questionId: questionId.data });
  revalidatePath("/mistakes");
}

export async function rateAnswerAction(input: unknown): Promise<AnswerResult> {
  const actor = await requireActor();
  const parsed = z.object({ attemptId: id, questionId: id, rating: z.enum(["AGAIN", "HARD", "GOOD", "EASY"]) }).safeParse(input);
  if (!parsed.success) return { ok: false, reason: "INVALID_RESPONSE" };
  return rateSelfGradedAnswer(await getDb(), actor, parsed.data);
}

export async function startDailyQuizAction(): Promise<void> {
  const actor = await requireActor();
  const attemptId = await startDailyQuiz(await getDb(), actor);
  redirect(attemptId ? `/practice/${attemptId}` : "/practice?error=empty");
}

export async function startChallengeAction(): Promise<void> {
  const actor = await requireActor();
  const attemptId = await startChallenge(await getDb(), actor);
  redirect(attemptId ? `/practice/${attemptId}` : "/practice?error=empty");
}

/** 收藏练习: all favourites, or the module, knowledge point or question the form names. */
export async function startFavoritesAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const started = await startGroupPractice(await getDb(), actor, { mode: "FAVORITES", scope: Object.fromEntries(formData) });
  redirect(started.ok ? `/practice/${started.attemptId}` : `/favorites?error=${groupScopeErrorCode(started.error)}`);
}

export async function setFavoriteAction(input: unknown): Promise<boolean> {
  const actor = await requireActor();
  const parsed = z.object({ questionId: id, starred: z.boolean() }).safeParse(input);
  if (!parsed.success) return false;
  const starred = await setFavorite(await getDb(), actor, { ...parsed.data });
  revalidatePath("/favorites");
  return starred;
}
