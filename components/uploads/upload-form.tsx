"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SelectField } from "@/components/ui/select-field";
import { ErrorAlert } from "@/components/ui/error-alert";

const MAX_MB = 20;

/** Sends the file with XMLHttpRequest, whose upload events give a progress bar for large files. */
function send(form: FormData, onProgress: (fraction: number) => void): Promise<{ status: number; body: { id?: string; error?: string } }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/uploads");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { id?: string; error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        body = { error: "服务器返回了无法识别的结果，请稍后再试。" };
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error("network"));
    request.send(form);
  });
}

export function UploadForm({ courses }: { courses: { id: string; title: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || !file.name) {
      setError("请选择要上传的文件。");
      return;
    }
    if (file.size > MAX_MB * 1024 * 1024) {
      setError(`文件超过 ${MAX_MB} MB 的上限，请拆分后再上传。`);
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const { status, body } = await send(form, setProgress);
      if (status === 200 && body.id) {
        setProgress(1);
        router.push(`/bank/uploads/${body.id}`);
        return;
      }
      setError(body.error ?? "上传失败，请稍后再试。");
    } catch {
      setError("网络连接中断，上传没有完成，请重试。");
    }
    setProgress(null);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <SelectField label="发布到课程" name="courseId" options={courses.map((course) => ({ value: course.id, label: course.title }))} />
      <FileField
        label="学习材料文件"
        name="file"
        accept=".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hint={`支持 TXT（UTF-8 或 GBK）、Markdown、Word（.docx）和带文字层的 PDF，不超过 ${MAX_MB} MB。`}
      />
      {progress !== null ? (
        <div className="space-y-1 text-sm text-stone-600" role="status">
          <ProgressBar value={Math.round(progress * 100)} max={100} label="上传进度" />
          <p>{progress < 1 ? `正在上传 ${Math.round(progress * 100)}%…` : "正在分析文档结构…"}</p>
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <Button type="submit" disabled={progress !== null}>
        上传并预览
      </Button>
    </form>
  );
}
