import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import { MemorizeCard } from "@/components/practice/memorize-card";
import { PracticeResultsView } from "@/components/practice/practice-results";
import { QuestionPlayer } from "@/components/practice/question-player";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getPracticeResults } from "@/lib/server/practice/get-practice-results";
import { getPracticeStep, getResumePosition } from "@/lib/server/practice/get-practice-step";
import { advanceMemorizingAction, rateAnswerAction, redoWrongAction, setFavoriteAction } from "../actions";

export const metadata: Metadata = { title: "练习" };

/**
 * One practice attempt: `?q=N` shows question N; without `q` (继续) it redirects to the first
 * question not yet answered, or to the results of a finished attempt; `?done=1` the results screen.
 */
export default async function AttemptPage({
  params,
  searchParams,
}: {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<{ q?: string; done?: string }>;
}) {
  const actor = await requireActor();
  const [{ attemptId }, query] = await Promise.all([params, searchParams]);
  const db = await getDb();
  if (query.done) {
    const results = await getPracticeResults(db, actor, { attemptId });
    if (!results) notFound();
    return <PracticeResultsView results={results} redoWrong={redoWrongAction} />;
  }
  if (query.q === undefined) {
    const resume = await getResumePosition(db, actor, { attemptId });
    if (!resume) notFound();
    redirect(resume.open ? `/practice/${attemptId}?q=${resume.index}` : `/practice/${attemptId}?done=1`);
  }
  const step = await getPracticeStep(db, actor, { attemptId, index: Number(query.q) || 0 });
  if (!step) notFound();
  if (step.mode === "MEMORIZE") return <MemorizeCard step={step} advance={advanceMemorizingAction} />;
  return <QuestionPlayer key={step.question.id} step={step} rateAnswer={rateAnswerAction} setFavorite={setFavoriteAction} />;
}
