"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/admin/action-state";
import { requireRole } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { updateOrganisationSettings } from "@/lib/server/organisation/update-organisation-settings";

export async function saveOrganisationSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  const result = await updateOrganisationSettings(await getDb(), { actor, input: Object.fromEntries(formData) });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/", "layout");
  return { ok: true, message: result.settings.pointsEnabled ? "单位设置已保存：学员可以看到学习积分" : "单位设置已保存：学习积分已对学员隐藏" };
}
