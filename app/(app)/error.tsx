"use client";

import { Button } from "@/components/ui/button";

/**
 * A page that failed on the server: a plain message in Chinese, not a stack. Next.js hides the
 * error's text in production, so the page names the server log entry by its digest (a stored
 * question that does not fit its type is logged there with its id, lib/questions/types).
 */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md space-y-3 py-12 text-center" role="alert">
      <h1 className="text-xl font-semibold">页面出错了</h1>
      <p className="text-stone-600">这一页的内容没能读出来，可能是数据有误（例如题库中某道题的答案与题型不符）。请稍后重试，或把下面的编号告诉管理员。</p>
      {error.digest ? <p className="font-mono text-sm text-stone-500">错误编号：{error.digest}</p> : null}
      <Button type="button" onClick={reset}>
        重试
      </Button>
    </div>
  );
}
