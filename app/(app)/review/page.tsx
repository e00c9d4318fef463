import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "复习" };

export default async function ReviewPage() {
  await requireActor();
  return (
    <div className="space-y-4">
      <PageHeader title="复习" description="按间隔重复（FSRS）安排的到期复习。" />
      <EmptyState title="今天没有到期的复习" action={{ href: "/practice", label: "去练习" }}>
        答过的题目会按遗忘规律安排复习，先去练习几道题吧。
      </EmptyState>
    </div>
  );
}
