import Link from "next/link";
import type { Metadata } from "next";
import { QuestionImportForm } from "@/components/bank/question-import-form";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listBankFilterOptions } from "@/lib/server/bank-admin/list-bank-filter-options";

export const metadata: Metadata = { title: "导入题目" };

export default async function BankImportPage() {
  const actor = await requireStaff();
  const { courses, modules } = await listBankFilterOptions(await getDb(), { actor });
  return (
    <div className="space-y-4">
      <PageHeader title="导入题目" description="从 Excel、CSV 或按题号排版的 Word、文本题库导入题目：先预览每一道题的检查结果，再导入。" />
      <div className="space-y-2 rounded-lg border border-stone-200 bg-white p-3 text-sm text-stone-700">
        <p>
          模板的列：题型、题干、选项A…选项F、答案、解析、难度、所属模块。答案写选项字母（如 A、ABD），判断题写“正确”或“错误”，填空题多个空用 | 分隔（同一空的其他答案用 / 分隔），简答题写参考答案。难度是 0（易）到 1（难）之间的数，留空为 0.5。所属模块写课程中单元的标题。
        </p>
        <p>
          Word（.docx）或文本（.txt）题库按常见的排版即可：“一、单项选择题”等题型标题，题号“1.”“1、”“（1）”，选项“A.”“B.”（一行或多行），答案写在题干括号中“（C）”、“答案：”行或每部分末尾的答案表“1-5 CABDA”，判断题答案 √/×、对/错，填空题写“答案：”，简答题写“答：”，“解析：”另起一行。
        </p>
        <a href="/bank/import/template" className={buttonClasses("secondary")} download>
          下载导入模板（.xlsx）
        </a>
      </div>
      {courses.length === 0 ? (
        <EmptyState title="还没有课程">先上传学习材料建立课程和单元，再导入题目。</EmptyState>
      ) : (
        <QuestionImportForm courses={courses} modules={modules.filter((module) => !module.archived)} />
      )}
      <Link href="/bank" className="inline-block text-sm text-brand-700 underline">
        返回题库
      </Link>
    </div>
  );
}
