import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { moduleChoices } from "@/components/bank/module-choices";
import { QuestionForm } from "@/components/bank/question-form";
import { questionFormValues } from "@/components/bank/question-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getBankQuestion } from "@/lib/server/bank-admin/get-bank-question";
import { listBankFilterOptions } from "@/lib/server/bank-admin/list-bank-filter-options";
import { updateQuestionAction } from "../../actions";

export const metadata: Metadata = { title: "编辑题目" };

export default async function EditQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  const actor = await requireStaff();
  const { questionId } = await params;
  const db = await getDb();
  const [detail, options] = await Promise.all([getBankQuestion(db, { actor, questionId }), listBankFilterOptions(db, { actor })]);
  if (!detail) notFound();
  const { question, key, source } = detail;
  const quote = source && source.start !== null && source.end !== null ? source.text.slice(source.start, source.end) : null;
  return (
    <div className="space-y-4">
      <Link href={`/bank/${question.id}`} className="text-sm text-brand-700 underline underline-offset-4">
        ← 返回题目
      </Link>
      <PageHeader title="编辑题目" description="保存后这道题归教员所有：重新生成题库不会覆盖它。题号不变，学员的作答记录保留。" />
      <QuestionForm action={updateQuestionAction} initial={questionFormValues(question, key, quote)} modules={moduleChoices(options)} questionId={question.id} />
    </div>
  );
}
