import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listFavorites } from "@/lib/server/practice/favorites";
import { startFavoritesAction } from "../practice/actions";

export const metadata: Metadata = { title: "收藏" };

export default async function FavoritesPage() {
  const actor = await requireActor();
  const favorites = await listFavorites(await getDb(), actor.id);
  return (
    <div className="space-y-4">
      <PageHeader title="收藏" description="答题后收藏的题目，可以集中练习。" />
      {favorites.length === 0 ? (
        <EmptyState title="还没有收藏的题目" action={{ href: "/practice", label: "去练习" }}>
          答题后点“☆ 收藏”，题目就会出现在这里。
        </EmptyState>
      ) : (
        <>
          <form action={startFavoritesAction}>
            <Button type="submit">练习全部收藏（{favorites.length}）</Button>
          </form>
          <ul className="space-y-2">
            {favorites.map((entry) => (
              <li key={entry.questionId} className="rounded-xl border border-stone-200 bg-white p-4">
                <p className="leading-relaxed">{entry.question.stem}</p>
                <p className="mt-1 text-sm text-stone-600">{entry.question.module?.title}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
