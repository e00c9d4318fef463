"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/components/admin/action-state";
import { requireActor } from "@/lib/auth/guard";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { endAllSessions } from "@/lib/auth/session-version";
import { getDb } from "@/lib/db/prisma";
import { joinClassByCode } from "@/lib/server/classes/join-class-by-code";
import { updateDisplayPreferences } from "@/lib/server/settings/update-display-preferences";

export async function joinClassAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const result = await joinClassByCode(await getDb(), { actor, input: { inviteCode: formData.get("inviteCode") } });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/me");
  return { ok: true, message: `已加入“${result.className}”` };
}

/** 显示设置: every page's root layout reads them, so the whole layout tree is revalidated. */
export async function saveDisplayPreferencesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const result = await updateDisplayPreferences(await getDb(), { actor, input: Object.fromEntries(formData) });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/", "layout");
  return { ok: true, message: "显示设置已保存" };
}

/** 退出所有设备: ends every session of the signed-in user, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await requireActor();
  await endAllSessions(await getDb(), actor.id);
  await clearSessionCookie();
  redirect("/login?signedOut=everywhere");
}
