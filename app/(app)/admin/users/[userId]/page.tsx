import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { ChangeRoleForm } from "@/components/admin/change-role-form";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { requireRole } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/prisma";
import { getAccount } from "@/lib/server/accounts/get-account";
import { changeRoleAction, resetPasswordAction, setActiveAction } from "../actions";

export const metadata: Metadata = { title: "用户" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireRole("ADMIN");
  const { userId } = await params;
  const user = await getAccount(await getDb(), actor, { userId });
  if (!user) notFound();
  const isSelf = user.id === actor.id;
  return (
    <div className="space-y-4">
      <PageHeader title={user.name} description={`${ROLE_LABELS[user.role]} · ${user.active ? "正常" : "已停用"}`} />
      <Card title="账号">
        <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-stone-800">
          <dt className="text-stone-600">邮箱</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-stone-600">创建于</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
          <dt className="text-stone-600">上次登录</dt>
          <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "—"}</dd>
          <dt className="text-stone-600">班级</dt>
          <dd>
            {user.classMemberships.length === 0
              ? "—"
              : user.classMemberships.map((membership) => `${membership.class.name}${membership.role === "INSTRUCTOR" ? "（教员）" : ""}`).join("、")}
          </dd>
          {user.mustChangePassword ? (
            <>
              <dt className="text-stone-600">密码</dt>
              <dd>初始密码，待本人修改</dd>
            </>
          ) : null}
        </dl>
        <Link href={`/learners/${user.id}`} className="mt-2 inline-block text-brand-700 underline underline-offset-4">
          查看学习记录
        </Link>
      </Card>
      <Card title="角色">
        {isSelf ? <p className="mb-2 text-sm text-stone-600">不能取消自己的管理员角色。</p> : null}
        <ChangeRoleForm userId={user.id} role={user.role} action={changeRoleAction} />
      </Card>
      <Card title="密码">
        <ResetPasswordForm userId={user.id} action={resetPasswordAction} />
      </Card>
      <Card title="账号状态">
        {isSelf ? (
          <p className="text-sm text-stone-600">不能停用自己的账号。</p>
        ) : (
          <InlineActionForm
            action={setActiveAction}
            fields={{ userId: user.id, active: user.active ? "false" : "true" }}
            label={user.active ? "停用账号" : "启用账号"}
            pendingLabel="正在保存…"
            confirmText={user.active ? `停用后 ${user.name} 将无法登录（学习记录保留）。确定吗？` : undefined}
          />
        )}
      </Card>
      <Link href="/admin/users" className="inline-block text-brand-700 underline underline-offset-4">
        返回用户列表
      </Link>
    </div>
  );
}
