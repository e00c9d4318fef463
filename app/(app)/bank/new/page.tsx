import Link from "next/link";
import type { Metadata } from "next";
import { moduleChoices } from "@/components/bank/module-choices";
import { QuestionForm } from "@/components/bank/question-form";
import { emptyQuestionFormValues } from "@/components/bank/question-form-values";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listBankFilterOptions } from "@/lib/server/bank-admin/list-bank-filter-options";
import { createQuestionAction } from "../actions";

export const metadata: Metadata = { title: "手工出题" };

export default async function NewQuestionPage() {
  const actor = await requireStaff();
  const modules = moduleChoices(await listBankFilterOptions(await getDb(), { actor }));
  return (
    <div className="space-y-4">
      <Link href="/bank" className="text-sm text-brand-700 underline underline-offset-4">
        ← 返回题库
      </Link>
      <PageHeader title="手工出题" description="手工编写的题目保存后立即启用；与题库中已有题目相同的题会被拒绝。" />
      {modules.length === 0 ? (
        <EmptyState title="还没有课程单元" action={{ href: "/bank/upload", label: "上传学习材料" }}>
          题目要挂在某个单元下。请先构建课程或上传学习材料。
        </EmptyState>
      ) : (
        <QuestionForm action={createQuestionAction} initial={emptyQuestionFormValues()} modules={modules} />
      )}
    </div>
  );
}
