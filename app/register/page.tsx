import Link from "next/link";
import type { Metadata } from "next";
import { AuthFrame } from "@/components/auth/auth-frame";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "注册" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  return (
    <AuthFrame title="学员注册">
      <RegisterForm inviteCode={typeof code === "string" ? code : undefined} />
      <p className="mt-4 text-center text-sm text-stone-600">
        已有账号？
        <Link href="/login" className="font-medium text-brand-700 underline underline-offset-4">
          登录
        </Link>
      </p>
    </AuthFrame>
  );
}
