"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { CommitQuestionImportResult } from "@/lib/server/bank-import/commit-question-import";
import type { PreviewQuestionImportResult } from "@/lib/server/bank-import/preview-question-import";
import { FileField } from "@/components/ui/file-field";
import { SelectField } from "@/components/ui/select-field";
import { QUESTION_TYPE_LABELS } from "./labels";
import { ErrorAlert } from "@/components/ui/error-alert";

const MAX_MB = 5;

type Preview = PreviewQuestionImportResult;
type Committed = CommitQuestionImportResult;

async function send<T>(form: FormData): Promise<T | { ok: false; error: string }> {
  try {
    const response = await fetch("/bank/import/file", { method: "POST", body: form });
    if (response.status === 403) return { ok: false, error: "您无权导入题目。" };
    return (await response.json()) as T;
  } catch {
    return { ok: false, error: "网络连接中断，题目没有导入，请重试。" };
  }
}

/** Choose a course and a file, see every row's fate, then import all or only the valid rows. */
export function QuestionImportForm({ courses }: { courses: Array<{ id: string; title: string }> }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [committed, setCommitted] = useState<Committed | null>(null);
  const [pending, setPending] = useState(false);
  const [validOnly, setValidOnly] = useState(false);

  function formData(step: "preview" | "commit"): FormData | string {
    const form = new FormData(formRef.current!);
    const file = form.get("file");
    if (!(file instanceof File) || !file.name) return "请选择题目文件。";
    if (file.size > MAX_MB * 1024 * 1024) return `文件超过 ${MAX_MB} MB 的上限，请分成几个文件导入。`;
    form.set("step", step);
    form.set("validOnly", validOnly ? "1" : "0");
    return form;
  }

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = formData("preview");
    setCommitted(null);
    if (typeof form === "string") return setPreview({ ok: false, error: form });
    setPending(true);
    setPreview(null);
    setPreview(await send<Preview>(form));
    setPending(false);
  }

  async function onCommit() {
    const form = formData("commit");
    if (typeof form === "string") return setCommitted({ ok: false, error: form });
    setPending(true);
    const result = await send<Committed>(form);
    setPending(false);
    setCommitted(result);
    if (result.ok) setPreview(null);
  }

  const canImport = preview?.ok && preview.valid.length > 0 && (preview.rejected.length === 0 || validOnly);

  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={onPreview} noValidate className="space-y-3" onChange={() => setPreview(null)}>
        <SelectField label="导入到课程" name="courseId" options={courses.map((course) => ({ value: course.id, label: course.title }))} defaultValue={courses[0]?.id} />
        <FileField
          label="题目文件"
          name="file"
          accept=".xlsx,.csv,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hint={`Excel .xlsx 或 CSV（UTF-8 或 GBK），列与模板相同；也可上传本系统导出的 JSON。最多 5000 道题，不超过 ${MAX_MB} MB。`}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending && !preview ? "正在检查…" : "预览"}
        </Button>
      </form>

      <ErrorAlert message={preview && !preview.ok ? preview.error : null} />

      {preview?.ok ? (
        <section aria-label="导入预览" className="space-y-3" data-testid="import-preview">
          <p className="text-sm text-stone-700" data-testid="import-summary">
            导入到《{preview.course.title}》：可导入 {preview.valid.length} 道，有误 {preview.rejected.length} 行，重复 {preview.duplicates.length} 道（不会重复导入）。
          </p>
          <PreviewTable preview={preview} />
          {preview.rejected.length > 0 ? (
            <fieldset className="space-y-2 rounded-lg border border-stone-200 p-3">
              <legend className="px-1 text-sm font-medium text-stone-800">有误的行怎么办</legend>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="radio" name="mode" checked={!validOnly} onChange={() => setValidOnly(false)} />
                全部或全不：改正后重新上传，这次不导入
              </label>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="radio" name="mode" checked={validOnly} onChange={() => setValidOnly(true)} />
                只导入正确的 {preview.valid.length} 道题，跳过有误的行
              </label>
            </fieldset>
          ) : null}
          <Button type="button" onClick={onCommit} disabled={pending || !canImport}>
            {pending ? "正在导入…" : `导入 ${preview.valid.length} 道题`}
          </Button>
        </section>
      ) : null}

      <ErrorAlert message={committed && !committed.ok ? committed.error : null} />
      {committed?.ok ? (
        <div role="status" className="space-y-2 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          <p>
            已导入 {committed.imported} 道题目
            {committed.rejected.length > 0 ? `，跳过有误的 ${committed.rejected.length} 行` : ""}
            {committed.duplicates.length > 0 ? `，${committed.duplicates.length} 道题库中已有、未重复导入` : ""}。
          </p>
          <Link href="/bank" className={buttonClasses("secondary")}>
            回到题库
          </Link>
        </div>
      ) : null}
    </div>
  );
}

type Row = { row: number; stem: string; verdict: string; tone: "ok" | "bad" | "same"; reasons?: string[] };

function PreviewTable({ preview }: { preview: Extract<Preview, { ok: true }> }) {
  const rows: Row[] = [
    ...preview.valid.map((row): Row => ({ row: row.row, stem: row.stem, verdict: `可导入（${QUESTION_TYPE_LABELS[row.type]}）`, tone: "ok" })),
    ...preview.rejected.map((row): Row => ({ row: row.row, stem: row.stem, verdict: "有误", tone: "bad", reasons: row.reasons })),
    ...preview.duplicates.map((row): Row => ({ row: row.row, stem: row.stem, verdict: row.existingId ? "题库中已有" : `与第 ${row.sameAsRow} 行相同`, tone: "same" })),
  ].sort((a, b) => a.row - b.row);
  const TONES = { ok: "text-green-700", bad: "text-brand-700", same: "text-stone-500" };
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">每一行的检查结果</caption>
        <thead className="bg-stone-50">
          <tr>
            <th scope="col" className="px-2 py-2 whitespace-nowrap">行</th>
            <th scope="col" className="px-2 py-2">题干</th>
            <th scope="col" className="px-2 py-2">结果</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={row.row} data-testid={row.tone === "bad" ? "rejected-row" : undefined}>
              <td className="px-2 py-2 align-top whitespace-nowrap">第 {row.row} 行</td>
              <td className="px-2 py-2 align-top break-all">{row.stem.length > 40 ? `${row.stem.slice(0, 40)}…` : row.stem || "（空）"}</td>
              <td className={`px-2 py-2 align-top ${TONES[row.tone]}`}>
                {row.verdict}
                {row.reasons ? (
                  <ul className="list-disc pl-4">
                    {row.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
