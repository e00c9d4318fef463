"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";

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
      <div className="space-y-1">
        <label htmlFor="upload-course" className="block text-sm font-medium text-stone-800">
          发布到课程
        </label>
        <select id="upload-course" name="courseId" className="block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2">
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.title}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="upload-file" className="block text-sm font-medium text-stone-800">
          学习材料文件
        </label>
        <input
          id="upload-file"
          name="file"
          type="file"
          accept=".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby="upload-file-hint"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:text-brand-700"
        />
        <p id="upload-file-hint" className="text-sm text-stone-500">
          支持 TXT（UTF-8 或 GBK）、Markdown、Word（.docx）和带文字层的 PDF，不超过 {MAX_MB} MB。
        </p>
      </div>
      {progress !== null ? (
        <div className="space-y-1 text-sm text-stone-600" role="status">
          <ProgressBar value={Math.round(progress * 100)} max={100} label="上传进度" />
          <p>{progress < 1 ? `正在上传 ${Math.round(progress * 100)}%…` : "正在分析文档结构…"}</p>
        </div>
      ) : null}
      {error ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={progress !== null}>
        上传并预览
      </Button>
    </form>
  );
}
