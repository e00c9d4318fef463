import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PageHeader } from "@/components/ui/page-header";
import { GroupedQuestionList } from "@/components/practice/grouped-question-list";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listFavorites } from "@/lib/server/practice/favorites";
import { groupByModuleAndPoint } from "@/lib/server/practice/question-groups";
import { groupScopeErrorMessage } from "@/lib/validation/group-scope";
import { startFavoritesAction } from "../practice/actions";

export const metadata: Metadata = { title: "收藏" };

export default async function FavoritesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const [favorites, query] = await Promise.all([listFavorites(await getDb(), actor), searchParams]);
  return (
    <div className="space-y-4">
      <PageHeader title="收藏" description="答题后收藏的题目，按模块和知识点分组，可以整组或单题练习。" />
      <ErrorAlert message={groupScopeErrorMessage(query.error)} />
      {favorites.length === 0 ? (
        <EmptyState title="还没有收藏的题目" action={{ href: "/practice", label: "去练习" }}>
          答题后点“☆ 收藏”，题目就会出现在这里。
        </EmptyState>
      ) : (
        <>
          <form action={startFavoritesAction}>
            <Button type="submit">练习全部收藏（{favorites.length}）</Button>
          </form>
          <GroupedQuestionList
            groups={groupByModuleAndPoint(favorites)}
            action={startFavoritesAction}
            renderItem={(entry) => <p className="leading-relaxed text-stone-900">{entry.question.stem}</p>}
          />
        </>
      )}
    </div>
  );
}
