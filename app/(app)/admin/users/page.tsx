import Link from "next/link";
import type { Metadata } from "next";
import { UserFilterForm } from "@/components/admin/user-filter-form";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { requireRole } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/prisma";
import { listUsers } from "@/lib/server/accounts/list-users";
import { userFilterSchema } from "@/lib/validation/user-admin";

export const metadata: Metadata = { title: "用户" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("ADMIN");
  const filter = userFilterSchema.parse(await searchParams);
  const { users, total } = await listUsers(await getDb(), actor, { query: filter.q, role: filter.role });
  return (
    <div className="space-y-4">
      <PageHeader title="用户" description={users.length < total ? `共 ${total} 个账号，显示最新的 ${users.length} 个` : `共 ${total} 个账号`} />
      <Link href="/admin/users/new" className={buttonClasses("primary")}>
        新建账号
      </Link>
      <UserFilterForm query={filter.q} role={filter.role} />
      {users.length === 0 ? (
        <EmptyState title="没有符合条件的账号">换个关键词或角色再试。</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                <th scope="col" className="px-3 py-2">姓名</th>
                <th scope="col" className="px-3 py-2">邮箱</th>
                <th scope="col" className="px-3 py-2">角色</th>
                <th scope="col" className="px-3 py-2">状态</th>
                <th scope="col" className="px-3 py-2">上次登录</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {users.map((user) => (
                <tr key={user.id}>
                  <td className="px-3 py-2">
                    <Link href={`/admin/users/${user.id}`} className="text-brand-700 underline underline-offset-4">
                      {user.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2 break-all">{user.email}</td>
                  <td className="px-3 py-2">{ROLE_LABELS[user.role]}</td>
                  <td className="px-3 py-2">{user.active ? "正常" : "已停用"}</td>
                  <td className="px-3 py-2">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
