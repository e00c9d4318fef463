import { InlineActionForm } from "@/components/admin/inline-action-form";
import type { ActionState } from "@/components/admin/action-state";

/** The class's invite code and registration link, and a way to replace them. */
export function InvitePanel({
  classId,
  inviteCode,
  origin,
  regenerateAction,
}: {
  classId: string;
  inviteCode: string;
  origin: string;
  regenerateAction: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const link = `${origin}/register?code=${encodeURIComponent(inviteCode)}`;
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[5rem_1fr] gap-y-2 text-stone-800">
        <dt className="text-stone-600">邀请码</dt>
        <dd>
          <code className="font-mono text-lg tracking-widest" data-testid="invite-code">
            {inviteCode}
          </code>
        </dd>
        <dt className="text-stone-600">注册链接</dt>
        <dd className="break-all">
          <a href={link} className="text-brand-700 underline underline-offset-4" data-testid="invite-link">
            {link}
          </a>
        </dd>
      </dl>
      <p className="text-sm text-stone-600">学员用邀请码注册，或已登录后在“我的”页面输入邀请码，即加入本班。</p>
      <InlineActionForm
        action={regenerateAction}
        fields={{ classId }}
        label="重新生成邀请码"
        pendingLabel="正在生成…"
        confirmText="重新生成后，旧邀请码和旧链接将立即失效。确定吗？"
      />
    </div>
  );
}
