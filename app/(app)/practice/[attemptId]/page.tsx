import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { QuestionPlayer } from "@/components/practice/question-player";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getPracticeStep } from "@/lib/server/practice/get-practice-step";
import { bestChallengeRun } from "@/lib/server/practice/start-daily-quiz";
import { rateAnswerAction, setFavoriteAction } from "../actions";

export const metadata: Metadata = { title: "练习" };

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
  const step = await getPracticeStep(db, actor, { attemptId, index: Number(query.q ?? 0) || 0 });
  if (!step) notFound();
  if (query.done && step.mode === "CHALLENGE") {
    return (
      <Card title="挑战答题结果">
        <p className="text-stone-700" data-testid="practice-result">
          本次连续答对 {step.correct} 题，最好成绩 {await bestChallengeRun(db, actor.id)} 题。
        </p>
        <div className="mt-4 flex flex-wrap gap-4 text-brand-700">
          <Link href="/practice" className="underline underline-offset-4">再来一次</Link>
          <Link href="/mistakes" className="underline underline-offset-4">去错题本</Link>
        </div>
      </Card>
    );
  }
  if (query.done) {
    return (
      <Card title="本次练习结果">
        <p className="text-stone-700" data-testid="practice-result">
          共 {step.total} 题，已答 {step.answered} 题，答对 {step.correct} 题。
        </p>
        <p className="mt-2 text-sm text-stone-600">答错的题目已收入错题本，所有作答都会按遗忘规律安排复习。</p>
        <div className="mt-4 flex flex-wrap gap-4 text-brand-700">
          <Link href="/mistakes" className="underline underline-offset-4">去错题本</Link>
          <Link href="/practice" className="underline underline-offset-4">继续练习</Link>
        </div>
      </Card>
    );
  }
  return <QuestionPlayer key={step.question.id} step={step} rateAnswer={rateAnswerAction} setFavorite={setFavoriteAction} />;
}
