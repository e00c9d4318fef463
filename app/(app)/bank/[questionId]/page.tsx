import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { AnswerPanel } from "@/components/bank/answer-panel";
import { ORIGIN_LABELS, RewrittenBadge, StatusBadge } from "@/components/bank/labels";
import { LearnerView } from "@/components/bank/learner-view";
import { Notice } from "@/components/ui/notice";
import { QuestionHistory } from "@/components/bank/question-history";
import { QuestionStatsView } from "@/components/bank/question-stats-view";
import { SourcePassage } from "@/components/bank/source-passage";
import { StatusButtons } from "@/components/bank/status-buttons";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { learnerFacing } from "@/lib/questions";
import { getBankQuestion } from "@/lib/server/bank-admin/get-bank-question";
import { getQuestionStats } from "@/lib/server/bank-admin/get-question-stats";
import { listQuestionHistory } from "@/lib/server/bank-admin/list-question-history";
import { changeQuestionStatusAction } from "../actions";

export const metadata: Metadata = { title: "题目详情" };

const DONE: Record<string, string> = {
  create: "题目已保存并启用。",
  edit: "修改已保存。",
  unchanged: "没有需要保存的修改。",
  approve: "已审核通过，学员可以练习这道题了。",
  retire: "已停用，学员不会再抽到这道题。",
  restore: "已恢复启用。",
};

export default async function BankQuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ questionId: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const actor = await requireStaff();
  const { questionId } = await params;
  const { done } = await searchParams;
  const db = await getDb();
  const [detail, stats, history] = await Promise.all([
    getBankQuestion(db, { actor, questionId }),
    getQuestionStats(db, { actor, questionId }),
    listQuestionHistory(db, { actor, questionId }),
  ]);
  if (!detail) notFound();
  const { question, key, course, module, section, source } = detail;
  const facing = learnerFacing(key);
  return (
    <div className="space-y-4">
      <Link href="/bank" className="text-sm text-brand-700 underline underline-offset-4">
        ← 返回题库
      </Link>
      <PageHeader title="题目详情" />
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
        <StatusBadge status={question.status} />
        <span>{ORIGIN_LABELS[question.origin]}</span>
        <span>难度 {question.difficulty.toFixed(2)}</span>
        <span className="font-mono text-xs">{question.id}</span>
        {question.editedAt ? <span>最后编辑 {formatDateTime(question.editedAt)}</span> : null}
        {question.rewrittenBy ? <RewrittenBadge model={question.rewrittenBy} /> : null}
        {question.flagged ? <span className="text-brand-700">已标记：{question.flagReason ?? "待检查"}</span> : null}
      </div>
      <p className="text-sm text-stone-600">
        {course.title}
        {module ? ` ▸ ${module.title}` : ""}
        {section && section.title ? ` ▸ ${section.numbering}${section.title}` : ""}
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href={`/bank/${question.id}/edit`} className={buttonClasses("secondary")}>
          编辑
        </Link>
        <StatusButtons key={question.status} questionId={question.id} status={question.status} action={changeQuestionStatusAction} />
      </div>
      <Card title="学员看到的题目">
        <LearnerView type={question.type} stem={question.stem} options={facing.options} blanks={facing.blanks} />
      </Card>
      <Card title="答案与解析">
        <AnswerPanel questionKey={key} explanation={question.explanation} />
      </Card>
      <Card title="出处">
        {source ? <SourcePassage text={source.text} start={source.start} end={source.end} /> : <p className="text-stone-600">这道题没有引用原文段落。</p>}
      </Card>
      <Card title="作答统计">
        <QuestionStatsView stats={stats} questionKey={key} />
      </Card>
      <Card title="修改记录">
        <QuestionHistory entries={history} />
      </Card>
    </div>
  );
}
