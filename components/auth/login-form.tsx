"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { loginErrorMessage } from "@/lib/auth/login-errors";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Notice } from "@/components/ui/notice";

export function LoginForm({ notice }: { notice?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("请输入邮箱和密码");
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setError(loginErrorMessage(result?.error));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {notice ? (
        <Notice>
          {notice}
        </Notice>
      ) : null}
      <TextField label="邮箱" name="email" type="email" autoComplete="username" required />
      <TextField label="密码" name="password" type="password" autoComplete="current-password" required />
      <ErrorAlert message={error} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
