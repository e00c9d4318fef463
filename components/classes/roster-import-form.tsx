"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ImportRosterResult } from "@/lib/server/classes/import-roster";

const MAX_MB = 2;

type Outcome = ImportRosterResult | { ok: false; error: string; rowErrors: [] };

async function send(classId: string, form: FormData): Promise<Outcome> {
  try {
    const response = await fetch(`/classes/${encodeURIComponent(classId)}/roster`, { method: "POST", body: form });
    if (response.status === 403) return { ok: false, error: "您无权向该班级导入名单。", rowErrors: [] };
    return (await response.json()) as Outcome;
  } catch {
    return { ok: false, error: "网络连接中断，名单没有导入，请重试。", rowErrors: [] };
  }
}

/** Uploads a roster; shows each wrong row, or the new accounts' one-time passwords this once. */
export function RosterImportForm({ classId }: { classId: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const file = form.get("file");
    if (!(file instanceof File) || !file.name) {
      setOutcome({ ok: false, error: "请选择名单文件。", rowErrors: [] });
      return;
    }
    if (file.size > MAX_MB * 1024 * 1024) {
      setOutcome({ ok: false, error: `文件超过 ${MAX_MB} MB 的上限，请分批导入。`, rowErrors: [] });
      return;
    }
    setPending(true);
    setOutcome(null);
    const result = await send(classId, form);
    setPending(false);
    setOutcome(result);
    if (result.ok) {
      element.reset();
      router.refresh();
    }
  }

  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <div className="space-y-1">
          <label htmlFor="roster-file" className="block text-sm font-medium text-stone-800">
            名单文件
          </label>
          <input
            id="roster-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="roster-file-hint"
            className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:text-brand-700"
          />
          <p id="roster-file-hint" className="text-sm text-stone-500">
            CSV（UTF-8 或 GBK）或 Excel .xlsx，两列：姓名、邮箱；最多 2000 行，不超过 {MAX_MB} MB。有一行出错则整份不导入。
          </p>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在导入…" : "导入名单"}
        </Button>
      </form>
      {outcome ? <RosterOutcome outcome={outcome} onDone={() => setOutcome(null)} /> : null}
    </div>
  );
}

function RosterOutcome({ outcome, onDone }: { outcome: Outcome; onDone: () => void }) {
  if (!outcome.ok) {
    return (
      <div className="space-y-2" role="alert">
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700">{outcome.error}</p>
        {outcome.rowErrors.length > 0 ? (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 text-sm" aria-label="有误的行">
            {outcome.rowErrors.map((error) => (
              <li key={error.row} className="px-3 py-2">
                <span className="font-medium">第 {error.row} 行：</span>
                {error.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  const { created, added, alreadyMembers } = outcome;
  return (
    <div className="space-y-3" role="status">
      <p className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
        导入完成：新建账号 {created.length} 个，已有账号加入本班 {added.length} 个，已在本班 {alreadyMembers.length} 个。
      </p>
      {created.length > 0 ? (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-900">
            以下是新账号的初始密码，只显示这一次，离开本页后无法再次查看。请立即抄下或转交本人；学员首次登录后须修改密码。
          </p>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[20rem] text-left text-sm">
              <caption className="sr-only">新账号的初始密码</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-2">姓名</th>
                  <th scope="col" className="py-1 pr-2">邮箱</th>
                  <th scope="col" className="py-1">初始密码</th>
                </tr>
              </thead>
              <tbody>
                {created.map((account) => (
                  <tr key={account.email}>
                    <td className="py-1 pr-2">{account.name}</td>
                    <td className="py-1 pr-2 break-all">{account.email}</td>
                    <td className="py-1 font-mono select-all" data-testid="one-time-password">
                      {account.password}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button type="button" variant="secondary" onClick={onDone}>
            我已记下，隐藏密码
          </Button>
        </div>
      ) : null}
    </div>
  );
}
