import Link from "next/link";
import type { Metadata } from "next";
import { CreateAccountForm } from "@/components/admin/create-account-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/guard";
import { createAccountAction } from "../actions";

export const metadata: Metadata = { title: "新建账号" };

export default async function NewUserPage() {
  await requireRole("ADMIN");
  return (
    <div className="space-y-4">
      <PageHeader title="新建账号" description="为教员、管理员或学员建立账号。系统生成初始密码，只显示一次，本人首次登录后须修改。" />
      <Card>
        <CreateAccountForm action={createAccountAction} />
      </Card>
      <Link href="/admin/users" className="inline-block text-brand-700 underline underline-offset-4">
        返回用户列表
      </Link>
    </div>
  );
}
