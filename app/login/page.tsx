import Link from "next/link";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { AuthFrame } from "@/components/auth/auth-frame";
import { LoginForm } from "@/components/auth/login-form";
import { currentActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "登录" };

/**
 * After registering: the same words whether or not the e-mail already had an account
 * (registerLearner does not tell), saying what to do in either case.
 */
const REGISTERED_NOTICE = "注册已提交。如果该邮箱尚未注册，账号已创建，请用刚设的密码登录；如果该邮箱此前已注册，请用原来的密码登录，忘记密码请联系教员重置。";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ registered?: string; signedOut?: string }> }) {
  if (await currentActor()) redirect("/");
  const { registered, signedOut } = await searchParams;
  return (
    <AuthFrame title="登录">
      <LoginForm notice={registered ? REGISTERED_NOTICE : signedOut === "everywhere" ? "已退出所有设备，请重新登录" : undefined} />
      <p className="mt-4 text-center text-sm text-stone-600">
        学员首次使用？
        <Link href="/register" className="font-medium text-brand-700 underline underline-offset-4">
          用班级邀请码注册
        </Link>
      </p>
    </AuthFrame>
  );
}
