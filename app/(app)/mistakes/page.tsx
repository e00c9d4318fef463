import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "错题本" };

export default async function MistakesPage() {
  await requireActor();
  return (
    <div className="space-y-4">
      <PageHeader title="错题本" description="答错的题目会收录在这里，连续答对三次后移出。" />
      <EmptyState title="错题本是空的" action={{ href: "/practice", label: "去练习" }}>
        练习或测验中答错的题目会自动收录到这里。
      </EmptyState>
    </div>
  );
}
