import Link from "next/link";
import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PageHeader } from "@/components/ui/page-header";
import { GroupedQuestionList } from "@/components/practice/grouped-question-list";
import { formatDateTime } from "@/lib/format/date-time";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listMistakes, mistakeClearStreakOf } from "@/lib/server/practice/mistakes";
import { groupByModuleAndPoint } from "@/lib/server/practice/question-groups";
import { groupScopeErrorMessage } from "@/lib/validation/group-scope";
import { removeMistakeAction, startMistakesAction } from "../practice/actions";

export const metadata: Metadata = { title: "错题本" };

export default async function MistakesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const db = await getDb();
  const [mistakes, clearStreak, query] = await Promise.all([listMistakes(db, actor), mistakeClearStreakOf(db, actor), searchParams]);
  return (
    <div className="space-y-4">
      <PageHeader title="错题本" description={`答错的题目按模块和知识点收录在这里，连续答对 ${clearStreak} 次后自动移出。`} />
      <p className="text-sm text-stone-600">
        连续答对几次后移出，可以在
        <Link href="/me/settings" className="mx-1 text-brand-700 underline underline-offset-4">
          学习设置
        </Link>
        中调整。
      </p>
      <ErrorAlert message={groupScopeErrorMessage(query.error)} />
      {mistakes.length === 0 ? (
        <EmptyState title="错题本是空的" action={{ href: "/practice", label: "去练习" }}>
          练习或测验中答错的题目会自动收录到这里。
        </EmptyState>
      ) : (
        <>
          <form action={startMistakesAction}>
            <Button type="submit">练习全部错题（{mistakes.length}）</Button>
          </form>
          <GroupedQuestionList
            groups={groupByModuleAndPoint(mistakes)}
            action={startMistakesAction}
            renderItem={(entry) => (
              <>
                <p className="leading-relaxed text-stone-900">{entry.question.stem}</p>
                <p className="mt-1 text-sm text-stone-600" data-testid="mistake-meta">
                  答错 {entry.wrongCount} 次 · 连对 {entry.correctStreak}/{clearStreak} · {formatDateTime(entry.lastWrongAt)}
                </p>
              </>
            )}
            itemActions={(entry) => (
              <form action={removeMistakeAction}>
                <input type="hidden" name="questionId" value={entry.questionId} />
                <Button type="submit" variant="ghost" className="px-2 text-sm">
                  移出错题本
                </Button>
              </form>
            )}
          />
        </>
      )}
    </div>
  );
}
