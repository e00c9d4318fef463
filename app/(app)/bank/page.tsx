import Link from "next/link";
import type { Metadata } from "next";
import { BankFilterForm } from "@/components/bank/bank-filter-form";
import { BulkPanel } from "@/components/bank/bulk-panel";
import { ExportLinks } from "@/components/bank/export-links";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/bank/pager";
import { QuestionList } from "@/components/bank/question-list";
import { StatusCounts } from "@/components/bank/status-counts";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { countBulkTargets, type BulkTransition } from "@/lib/server/bank-admin/count-bulk-targets";
import { listBankFilterOptions } from "@/lib/server/bank-admin/list-bank-filter-options";
import { BANK_PAGE_SIZE, searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { BANK_SEARCH_MAX_CHARACTERS, bankFilterSchema, bankPageSchema, bankSearchWasCut, firstValues } from "@/lib/validation/question";
import { bulkChangeQuestionStatusAction } from "./actions";

export const metadata: Metadata = { title: "题库" };

const BULK_DONE: Record<string, string> = { approve: "审核通过", retire: "停用" };

export default async function BankPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff();
  const params = firstValues(await searchParams);
  const filter = bankFilterSchema.parse(params);
  const { after, before } = bankPageSchema.parse(params);
  const confirming: BulkTransition | null = params.confirm === "approve" || params.confirm === "retire" ? params.confirm : null;
  const db = await getDb();
  const [page, options, bulkCount] = await Promise.all([
    searchBankQuestions(db, { actor, filter, after, before }),
    listBankFilterOptions(db, { actor }),
    confirming ? countBulkTargets(db, { actor, filter, transition: confirming }) : Promise.resolve(0),
  ]);
  const bankIsEmpty = options.courses.length === 0;
  return (
    <div className="space-y-4">
      <PageHeader title="题库" description="由课程原文生成和手工编写的题目：筛选、审核、编辑和停用。" />
      <div className="flex flex-wrap gap-2">
        <Link href="/bank/new" className={buttonClasses("primary")}>
          手工出题
        </Link>
        <Link href="/bank/upload" className={buttonClasses("secondary")}>
          上传学习材料
        </Link>
        <Link href="/bank/import" className={buttonClasses("secondary")}>
          导入题目
        </Link>
      </div>
      {params.done && BULK_DONE[params.done] ? (
        <Notice>
          已{BULK_DONE[params.done]} {Number(params.changed) || 0} 道题目。
        </Notice>
      ) : null}
      {bankIsEmpty ? (
        <EmptyState title="题库是空的">运行 npm run content:build 从课程原文生成题库，或上传学习材料。</EmptyState>
      ) : (
        <>
          <BankFilterForm filter={filter} options={options} />
          {bankSearchWasCut(params.q) ? <Notice>搜索词过长，只按前 {BANK_SEARCH_MAX_CHARACTERS} 个字检索。</Notice> : null}
          <StatusCounts filter={filter} counts={page.counts} />
          <BulkPanel filter={filter} confirming={confirming} count={bulkCount} action={bulkChangeQuestionStatusAction} />
          <p className="text-sm text-stone-600" aria-live="polite" data-testid="bank-total">
            共 {page.total} 道题目{page.total > BANK_PAGE_SIZE ? `，每页 ${BANK_PAGE_SIZE} 道` : ""}
          </p>
          {page.rows.length === 0 ? <EmptyState title="没有符合条件的题目">换一个搜索词或放宽筛选条件。</EmptyState> : <QuestionList rows={page.rows} />}
          <Pager filter={filter} previousCursor={page.previousCursor} nextCursor={page.nextCursor} />
          <ExportLinks filter={filter} total={page.total} />
        </>
      )}
    </div>
  );
}
