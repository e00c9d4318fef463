import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listPracticeModules } from "@/lib/server/practice/list-practice-modules";
import { startPracticeAction } from "./actions";

export const metadata: Metadata = { title: "练习" };

export default async function PracticePage() {
  await requireActor();
  const modules = (await listPracticeModules(await getDb())).filter((row) => row.questions > 0);
  return (
    <div className="space-y-4">
      <PageHeader title="专项练习" description="按单元练习，答完立即看到答案、解析和出处。" />
      {modules.length === 0 ? (
        <EmptyState title="题库中还没有可练习的题目" action={{ href: "/study", label: "去学习" }}>
          课程导入并生成题库后即可开始练习，先去学习课程吧。
        </EmptyState>
      ) : (
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
      )}
    </div>
  );
}
