import Link from "next/link";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { UploadForm } from "@/components/uploads/upload-form";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { listCourseOptions } from "@/lib/server/courses/list-course-options";
import { listPendingUploads } from "@/lib/server/uploads/find-upload";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "上传学习材料" };

const NOTICES: Record<string, string> = { published: "已发布为课程单元，学员现在可以在“学习”中阅读。", discarded: "已放弃该材料。" };

/** The published document and how many of its generated questions wait for review, as the publish action passes them. */
function publishedDrafts(query: Record<string, string | undefined>): { documentId: string; drafts: number } | null {
  const documentId = query.published ?? "";
  const drafts = Number(query.drafts);
  return /^[\w-]{1,64}$/.test(documentId) && Number.isInteger(drafts) && drafts >= 0 ? { documentId, drafts } : null;
}

export default async function UploadPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireStaff();
  const query = await searchParams;
  const notice = Object.keys(NOTICES).find((key) => query[key]);
  const review = publishedDrafts(query);
  const db = await getDb();
  const [courses, pending] = await Promise.all([listCourseOptions(db), listPendingUploads(db, actor)]);
  return (
    <div className="space-y-4">
      <PageHeader title="上传学习材料" description="上传后先预览识别出的结构和知识点，确认无误再发布为课程单元。" />
      {notice ? (
        <Notice>
          {NOTICES[notice]}
          {notice === "published" && review ? (
            <>
              {" "}
              {review.drafts > 0 ? `由它生成的 ${review.drafts} 道题都是草稿，审核后才会出现在练习和测验中：` : "它没有生成新的题目。"}
              {review.drafts > 0 ? (
                <Link href={`/bank?documentId=${review.documentId}&status=DRAFT`} className="underline underline-offset-4">
                  去审核这些题目
                </Link>
              ) : null}
            </>
          ) : null}
        </Notice>
      ) : null}
      {courses.length === 0 ? (
        <EmptyState title="还没有课程">先运行 npm run content:build 建立课程，再上传材料。</EmptyState>
      ) : (
        <Card>
          <UploadForm courses={courses} />
        </Card>
      )}
      {pending.length > 0 ? (
        <Card title="待发布的材料">
          <ul className="divide-y divide-stone-100">
            {pending.map((upload) => (
              <li key={upload.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/bank/uploads/${upload.id}`} className="text-brand-700 underline underline-offset-4">
                  {upload.title}
                </Link>
                <span className="text-sm text-stone-600">
                  {upload.course?.title} · {formatDateTime(upload.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
