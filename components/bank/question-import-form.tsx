"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { CommitQuestionImportResult } from "@/lib/server/bank-import/commit-question-import";
import type { PreviewQuestionImportResult } from "@/lib/server/bank-import/preview-question-import";
import { FileField } from "@/components/ui/file-field";
import { INPUT_CLASSES, LABEL_CLASSES } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { QuestionImportPreviewTable, SkippedTextList } from "./question-import-preview";

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

type ImportModuleChoice = { id: string; title: string; courseId: string };

/** Choose a course and a file (or paste a text bank), see every question's fate, then import all or only the valid ones. */
export function QuestionImportForm({ courses, modules }: { courses: Array<{ id: string; title: string }>; modules: ImportModuleChoice[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [courseId, setCourseId] = useState(courses[0]?.id ?? "");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [committed, setCommitted] = useState<Committed | null>(null);
  const [pending, setPending] = useState(false);
  const [validOnly, setValidOnly] = useState(false);
  const [status, setStatus] = useState<"ACTIVE" | "DRAFT">("ACTIVE");

  function formData(step: "preview" | "commit"): FormData | string {
    const form = new FormData(formRef.current!);
    const file = form.get("file");
    const text = String(form.get("text") ?? "");
    if (file instanceof File && file.name) {
      if (file.size > MAX_MB * 1024 * 1024) return `文件超过 ${MAX_MB} MB 的上限，请分成几个文件导入。`;
      form.delete("text");
    } else if (text.trim() === "") return "请选择题目文件，或把题目粘贴到文本框中。";
    else if (new TextEncoder().encode(text).byteLength > MAX_MB * 1024 * 1024) return `粘贴的文字超过 ${MAX_MB} MB 的上限，请分成几次导入。`;
    form.set("step", step);
    form.set("validOnly", validOnly ? "1" : "0");
    form.set("status", status);
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
        <SelectField
          label="导入到课程"
          name="courseId"
          options={courses.map((course) => ({ value: course.id, label: course.title }))}
          value={courseId}
          onChange={(event) => setCourseId(event.target.value)}
        />
        <FileField
          label="题目文件"
          name="file"
          accept=".xlsx,.csv,.json,.docx,.txt,.md,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          hint={`Excel .xlsx 或 CSV（UTF-8 或 GBK），列与模板相同；本系统导出的 JSON；或按题号排版的 Word（.docx）、文本（.txt，UTF-8、GBK 或 UTF-16）题库。最多 5000 道题，不超过 ${MAX_MB} MB。`}
        />
        <div className="space-y-1">
          <label htmlFor="field-text" className={LABEL_CLASSES}>
            或粘贴题目文字
          </label>
          <textarea id="field-text" name="text" rows={6} aria-describedby="field-text-hint" className={INPUT_CLASSES} placeholder={"一、单项选择题\n1. 党的根本宗旨是（ A ）。\nA. 全心全意为人民服务  B. 发展经济"} />
          <p id="field-text-hint" className="text-sm text-stone-500">
            没有选择文件时导入这里的文字。格式同文本题库：题号、选项 A. B.、答案写在括号中或“答案：”行。
          </p>
        </div>
        <SelectField
          label="文本题库放入单元"
          name="moduleId"
          options={[{ value: "", label: "课程的第一个单元" }, ...modules.filter((module) => module.courseId === courseId).map((module) => ({ value: module.id, label: module.title }))]}
          defaultValue=""
          aria-describedby="field-moduleId-hint"
        />
        <p id="field-moduleId-hint" className="text-sm text-stone-500">
          Word、文本题库没有“所属模块”列，题目都放入这个单元；Excel、CSV 按每行的所属模块。
        </p>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending && !preview ? "正在检查…" : "预览"}
        </Button>
      </form>

      <ErrorAlert message={preview && !preview.ok ? preview.error : null} />

      {preview?.ok ? (
        <section aria-label="导入预览" className="space-y-3" data-testid="import-preview">
          <p className="text-sm text-stone-700" data-testid="import-summary">
            导入到《{preview.course.title}》{preview.module ? `的“${preview.module.title}”` : ""}：可导入 {preview.valid.length} 道，有误 {preview.rejected.length} {preview.format === "text" ? "道" : "行"}，重复 {preview.duplicates.length} 道（不会重复导入）。
          </p>
          <QuestionImportPreviewTable preview={preview} />
          <SkippedTextList skipped={preview.skipped} />
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
          <fieldset className="space-y-1 rounded-lg border border-stone-200 p-3">
            <legend className="px-1 text-sm font-medium text-stone-800">导入后的状态</legend>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="importStatus" checked={status === "ACTIVE"} onChange={() => setStatus("ACTIVE")} />
              直接启用
            </label>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="importStatus" checked={status === "DRAFT"} onChange={() => setStatus("DRAFT")} />
              作为待审核的草稿，逐题审核后启用
            </label>
          </fieldset>
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
            {committed.rejected.length > 0 ? `，跳过有误的 ${committed.rejected.length} ${committed.rejected[0]!.lines ? "道" : "行"}` : ""}
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
