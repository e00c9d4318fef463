import Link from "next/link";
import type { Metadata } from "next";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { countQuestionsByStatus } from "@/lib/server/bank/count-questions-by-status";

export const metadata: Metadata = { title: "题库" };

export default async function BankPage() {
  await requireStaff();
  const counts = await countQuestionsByStatus(await getDb());
  const total = counts.ACTIVE + counts.DRAFT + counts.RETIRED;
  return (
    <div className="space-y-4">
      <PageHeader title="题库" description="由课程原文生成和手工编写的题目。" />
      <Link href="/bank/upload" className={buttonClasses("secondary")}>
        上传学习材料
      </Link>
      {total === 0 ? (
        <EmptyState title="题库是空的">运行 npm run content:build 从课程原文生成题库。</EmptyState>
      ) : (
        <Card>
          <p className="text-stone-700">
            已启用 {counts.ACTIVE} 道，待审核 {counts.DRAFT} 道，已停用 {counts.RETIRED} 道。
          </p>
        </Card>
      )}
    </div>
  );
}
