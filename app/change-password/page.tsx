import type { Metadata } from "next";
import { AuthFrame } from "@/components/auth/auth-frame";
import Link from "next/link";
import { requireUserAllowingPasswordChange } from "@/lib/auth/guard";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "修改密码" };

/** Outside the (app) layout: its guard sends users with a one-time password here; others come from 我的. */
export default async function ChangePasswordPage() {
  const { actor, mustChangePassword } = await requireUserAllowingPasswordChange();
  return (
    <AuthFrame title="修改密码">
      <p className="mb-4 text-sm text-stone-600">
        {mustChangePassword ? `${actor.name}，您正在使用临时密码。请设置新密码后继续使用。` : `${actor.name}，请输入当前密码并设置新密码。`}
      </p>
      <ChangePasswordForm oneTimePassword={mustChangePassword} />
      {mustChangePassword ? null : (
        <p className="mt-4 text-center text-sm">
          <Link href="/me" className="text-brand-700 underline underline-offset-4">
            返回“我的”
          </Link>
        </p>
      )}
    </AuthFrame>
  );
}
