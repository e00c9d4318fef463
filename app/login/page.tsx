import Link from "next/link";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { AuthFrame } from "@/components/auth/auth-frame";
import { LoginForm } from "@/components/auth/login-form";
import { currentActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ registered?: string; signedOut?: string }> }) {
  if (await currentActor()) redirect("/");
  const { registered, signedOut } = await searchParams;
  return (
    <AuthFrame title="登录">
      <LoginForm notice={registered ? "注册成功，请登录" : signedOut === "everywhere" ? "已退出所有设备，请重新登录" : undefined} />
      <p className="mt-4 text-center text-sm text-stone-600">
        学员首次使用？
        <Link href="/register" className="font-medium text-brand-700 underline underline-offset-4">
          用班级邀请码注册
        </Link>
      </p>
    </AuthFrame>
  );
}
