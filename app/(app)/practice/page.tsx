import Link from "next/link";
import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listPracticeModules } from "@/lib/server/practice/list-practice-modules";
import { bestChallengeRun } from "@/lib/server/practice/start-daily-quiz";
import { startChallengeAction, startDailyQuizAction, startPracticeAction } from "./actions";

export const metadata: Metadata = { title: "练习" };

export default async function PracticePage() {
  const actor = await requireActor();
  const db = await getDb();
  const [allModules, bestRun] = await Promise.all([listPracticeModules(db), bestChallengeRun(db, actor.id)]);
  const modules = allModules.filter((row) => row.questions > 0);
  return (
    <div className="space-y-4">
      <PageHeader title="专项练习" description="按单元练习，答完立即看到答案、解析和出处。" />
      {modules.length === 0 ? (
        <EmptyState title="题库中还没有可练习的题目" action={{ href: "/study", label: "去学习" }}>
          课程导入并生成题库后即可开始练习，先去学习课程吧。
        </EmptyState>
      ) : (
        <>
        <div className="grid gap-3 sm:grid-cols-3">
          <form action={startDailyQuizAction} className="rounded-xl border border-stone-200 bg-white p-4">
            <p className="font-medium">每日答题</p>
            <p className="text-sm text-stone-600">到期复习与新题混合，每天一组。</p>
            <Button type="submit" className="mt-3">开始每日答题</Button>
          </form>
          <form action={startChallengeAction} className="rounded-xl border border-stone-200 bg-white p-4">
            <p className="font-medium">挑战答题</p>
            <p className="text-sm text-stone-600">答错即止，最好成绩 {bestRun} 题。</p>
            <Button type="submit" variant="secondary" className="mt-3">开始挑战</Button>
          </form>
          <div className="rounded-xl border border-stone-200 bg-white p-4">
            <p className="font-medium">收藏</p>
            <p className="text-sm text-stone-600">答题后点“收藏”的题目。</p>
            <Link href="/favorites" className="mt-3 inline-block font-medium text-brand-700 underline underline-offset-4">查看收藏</Link>
          </div>
        </div>
        <ul className="space-y-3">
          {modules.map((row) => (
            <li key={row.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <p className="font-medium text-stone-900">{row.title}</p>
              <p className="text-sm text-stone-600">
                {row.course.title} · {row.questions} 题
              </p>
              <form action={startPracticeAction} className="mt-3 flex flex-wrap gap-2">
                <input type="hidden" name="moduleId" value={row.id} />
                <Button type="submit" name="order" value="source" aria-label={`顺序练习：${row.title}`}>
                  顺序练习
                </Button>
                <Button type="submit" name="order" value="shuffled" variant="secondary" aria-label={`随机练习：${row.title}`}>
                  随机练习
                </Button>
              </form>
            </li>
          ))}
        </ul>
        </>
      )}
    </div>
  );
}
