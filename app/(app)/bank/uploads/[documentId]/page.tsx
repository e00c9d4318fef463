import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { DOCUMENT_KIND_LABELS, type KnowledgePoint, type Section } from "@/lib/content";
import { kindTrustNote } from "@/lib/questions/kind-policy";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getUploadPreview } from "@/lib/server/uploads/get-upload-preview";
import { PUBLISH_FAILURES, publishFailureMessage, type PublishFailure } from "@/lib/server/uploads/publish-upload";
import { UPLOAD_TITLE_MAX_LENGTH } from "@/lib/server/uploads/name-upload";
import { discardUploadAction, publishUploadAction } from "./actions";
import { NameUploadForm } from "./name-upload-form";

export const metadata: Metadata = { title: "预览学习材料" };

const KIND_LABELS: Record<KnowledgePoint["kind"], string> = {
  term: "关键术语",
  quote: "引述",
  enumeration: "列举",
  definition: "定义",
  number: "数字与日期",
  "heading-list": "标题列举",
};

export default async function UploadPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireStaff();
  const { documentId } = await params;
  const query = await searchParams;
  // A publish that wrote nothing comes back here (publishUploadAction), saying why.
  const failed = PUBLISH_FAILURES.find((reason: PublishFailure) => reason === query.failed);
  const preview = await getUploadPreview(await getDb(), actor, documentId);
  if (!preview) notFound();
  // No title line found: the heading is the document's opening clause, for display only (an instructor names it below).
  const untitled = preview.report?.untitled === true;
  // What kind of document the pipeline read it as (lib/content/document-kind.ts): it decides what its questions may publish.
  const kind = preview.report?.kind;
  const points = preview.modules.flatMap((module) => module.knowledgePoints);
  const byKind = Object.entries(KIND_LABELS).map(([kind, label]) => ({ label, points: points.filter((point) => point.kind === kind) }));
  return (
    <div className="space-y-4">
      <PageHeader title={preview.document.title} description={`发布到《${preview.document.course?.title ?? ""}》 · ${preview.document.fileName}`} />
      <ErrorAlert message={failed ? publishFailureMessage(failed, preview.document.fileName) : null} />
      <Card title="文档标题">
        {untitled ? (
          <p className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="untitled-notice">
            没有识别到文档标题：“{preview.document.title}”取自正文开头，只用于显示，题目不会以它注明出处。请在发布前填写文档标题。
          </p>
        ) : null}
        <NameUploadForm
          key={preview.document.title}
          documentId={preview.document.id}
          currentTitle={untitled ? null : preview.document.title}
          displayName={preview.document.title}
          maxLength={UPLOAD_TITLE_MAX_LENGTH}
        />
      </Card>
      <Card title="识别结果">
        <p className="text-stone-700" data-testid="upload-summary">
          {preview.modules.length} 个单元，{preview.report?.sections ?? 0} 节，{preview.report?.passages ?? 0} 段，{points.length} 个知识点
          {preview.notes > 0 ? `，注释 ${preview.notes} 条（显示在阅读页，不用于出题）` : ""}。
        </p>
        {kind ? (
          <p className="mt-1 text-sm text-stone-600" data-testid="upload-kind">
            文件类别：{DOCUMENT_KIND_LABELS[kind.kind]}。{kindTrustNote(kind)}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          <form action={publishUploadAction}>
            <input type="hidden" name="documentId" value={preview.document.id} />
            <Button type="submit">发布为课程单元</Button>
          </form>
          <form action={discardUploadAction}>
            <input type="hidden" name="documentId" value={preview.document.id} />
            <Button type="submit" variant="secondary">放弃</Button>
          </form>
        </div>
      </Card>
      <Card title="结构">
        <ol className="space-y-3">
          {preview.modules.map((module) => (
            <li key={module.id}>
              <p className="font-semibold text-stone-900">{module.title}</p>
              <SectionTree sections={module.sections} />
            </li>
          ))}
        </ol>
      </Card>
      <Card title="知识点">
        <div className="space-y-3">
          {byKind.map(({ label, points: group }) =>
            group.length > 0 ? (
              <details key={label}>
                <summary className="cursor-pointer font-medium">
                  {label}（{group.length}）
                </summary>
                <ul className="mt-2 list-inside list-disc space-y-1 text-sm text-stone-700">
                  {group.slice(0, 50).map((point) => (
                    <li key={point.id}>
                      {point.speaker ? `${point.speaker}：` : ""}
                      {point.text}
                      {point.items ? `：${point.items.join("、")}` : ""}
                      {point.answer && point.answer !== point.text ? ` → ${point.answer}` : ""}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null,
          )}
        </div>
      </Card>
    </div>
  );
}

function SectionTree({ sections }: { sections: Section[] }) {
  if (sections.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1 border-l border-stone-200 pl-3 text-sm text-stone-700">
      {sections.map((section) => (
        <li key={section.id}>
          {section.numbering}
          {section.title}
          <span className="text-stone-500">（{section.passages.length} 段）</span>
          <SectionTree sections={section.sections} />
        </li>
      ))}
    </ul>
  );
}
