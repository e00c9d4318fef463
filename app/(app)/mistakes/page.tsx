import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listMistakes } from "@/lib/server/practice/mistakes";
import { MISTAKE_CLEAR_STREAK } from "@/lib/server/practice/answer-writes";
import { removeMistakeAction, startMistakesAction } from "../practice/actions";

export const metadata: Metadata = { title: "错题本" };

export default async function MistakesPage() {
  const actor = await requireActor();
  const mistakes = await listMistakes(await getDb(), actor.id);
  return (
    <div className="space-y-4">
      <PageHeader title="错题本" description={`答错的题目收录在这里，连续答对 ${MISTAKE_CLEAR_STREAK} 次后自动移出。`} />
      {mistakes.length === 0 ? (
        <EmptyState title="错题本是空的" action={{ href: "/practice", label: "去练习" }}>
          练习或测验中答错的题目会自动收录到这里。
        </EmptyState>
      ) : (
        <>
          <form action={startMistakesAction}>
            <Button type="submit">练习全部错题（{mistakes.length}）</Button>
          </form>
          <ul className="space-y-2" aria-label="错题">
            {mistakes.map((entry) => (
              <li key={entry.questionId} className="rounded-xl border border-stone-200 bg-white p-4">
                <p className="leading-relaxed text-stone-900">{entry.question.stem}</p>
                <p className="mt-1 text-sm text-stone-600">
                  {entry.question.module?.title} · 答错 {entry.wrongCount} 次 · 连对 {entry.correctStreak}/{MISTAKE_CLEAR_STREAK} ·{" "}
                  {formatDateTime(entry.lastWrongAt)}
                </p>
                <form action={removeMistakeAction} className="mt-2">
                  <input type="hidden" name="questionId" value={entry.questionId} />
                  <Button type="submit" variant="ghost" className="px-2 text-sm">
                    移出错题本
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
