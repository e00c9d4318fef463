import type { Metadata } from "next";
import { AuthFrame } from "@/components/auth/auth-frame";
import { requireActorAllowingPasswordChange } from "@/lib/auth/guard";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "修改密码" };

/** Outside the (app) layout: its guard sends users with a one-time password here. */
export default async function ChangePasswordPage() {
  const actor = await requireActorAllowingPasswordChange();
  return (
    <AuthFrame title="修改密码">
      <p className="mb-4 text-sm text-stone-600">
        {actor.name}，您正在使用临时密码。请设置新密码后继续使用。
      </p>
      <ChangePasswordForm />
    </AuthFrame>
  );
}
