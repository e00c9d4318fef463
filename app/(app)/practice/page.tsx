import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "练习" };

export default async function PracticePage() {
  await requireActor();
  return (
    <div className="space-y-4">
      <PageHeader title="练习" description="按单元或题型练习，答完立即看到解析。" />
      <EmptyState title="题库中还没有可练习的题目" action={{ href: "/study", label: "去学习" }}>
        课程导入并生成题库后即可开始练习，先去学习课程吧。
      </EmptyState>
    </div>
  );
}
