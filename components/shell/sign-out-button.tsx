"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="min-h-11 rounded-lg px-3 py-2 text-sm text-stone-600 hover:bg-stone-100"
    >
      退出
    </button>
  );
}
