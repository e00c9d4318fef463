import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { dueReviewQueue } from "@/lib/server/practice/due-review-queue";
import { startReviewAction } from "../practice/actions";

export const metadata: Metadata = { title: "复习" };

export default async function ReviewPage() {
  const actor = await requireActor();
  const queue = await dueReviewQueue(await getDb(), actor);
  return (
    <div className="space-y-4">
      <PageHeader title="复习" description="按间隔重复（FSRS）安排的到期复习，先到期的先复习。" />
      {queue.questionIds.length + queue.newQuestionIds.length === 0 ? (
        <EmptyState title={queue.due > 0 ? "今天的复习量已完成" : "今天没有到期的复习"} action={{ href: "/practice", label: "去练习" }}>
          {queue.due > 0
            ? `今天已复习 ${queue.doneToday} 张，达到每日上限 ${queue.limit} 张，剩下的明天再复习。`
            : "答过的题目会按遗忘规律安排复习，先去练习几道题吧。"}
        </EmptyState>
      ) : (
        <Card>
          <p className="text-stone-700" data-testid="review-due">
            到期 {queue.due} 张，本次复习 {queue.questionIds.length} 张（今天已复习 {queue.doneToday} 张）
            {queue.newQuestionIds.length > 0 ? `，另有新题 ${queue.newQuestionIds.length} 张` : ""}。
          </p>
          <form action={startReviewAction} className="mt-3">
            <Button type="submit">开始复习</Button>
          </form>
        </Card>
      )}
    </div>
  );
}
