import Link from "next/link";
import type { Metadata } from "next";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listClassesForActor } from "@/lib/server/classes/list-classes-for-actor";
import { createClassAction } from "./actions";

export const metadata: Metadata = { title: "班级" };

export default async function ClassesPage() {
  const actor = await requireStaff();
  const classes = await listClassesForActor(await getDb(), actor);
  return (
    <div className="space-y-4">
      <PageHeader title="班级" description={actor.role === "ADMIN" ? "全部班级与支部" : "您任教的班级与支部"} />
      {classes.length === 0 ? (
        <EmptyState title="暂无班级">在下面创建一个班级，然后把邀请码发给学员或导入名单。</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {classes.map((managed) => (
            <li key={managed.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <Link href={`/classes/${managed.id}`} className="font-medium text-brand-700 underline underline-offset-4">
                {managed.name}
              </Link>
              <span className="text-sm text-stone-600">
                {managed._count.members} 名学员 · 邀请码 <code className="font-mono">{managed.inviteCode}</code>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Card title="创建班级">
        <CreateClassForm action={createClassAction} />
      </Card>
    </div>
  );
}
