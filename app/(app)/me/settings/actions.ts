"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/admin/action-state";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { updateLearnerSettings } from "@/lib/server/settings/update-learner-settings";
import { optimizeLearnerParameters, OPTIMISE_MIN_REVIEWS } from "@/lib/server/srs/optimize-learner-parameters";

export async function saveSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const result = await updateLearnerSettings(await getDb(), { actor, input: Object.fromEntries(formData) });
  if (!result.ok) return { error: result.error, errors: result.errors };
  revalidatePath("/me/settings");
  revalidatePath("/");
  return { ok: true, message: "学习设置已保存" };
}

export async function optimizeParametersAction(_previous: ActionState): Promise<ActionState> {
  const actor = await requireActor();
  const result = await optimizeLearnerParameters(await getDb(), actor);
  if (!result.ok) {
    return result.reason === "NOT_ENOUGH_REVIEWS"
      ? { error: `复习记录不足：需要至少 ${OPTIMISE_MIN_REVIEWS} 条，目前 ${result.reviewCount} 条。` }
      : { error: "参数优化失败，请稍后再试。" };
  }
  revalidatePath("/me/settings");
  const loss = `（对数损失 ${result.currentLogLoss.toFixed(4)} → ${result.candidateLogLoss.toFixed(4)}）`;
  return {
    ok: true,
    message: result.kept === "candidate" ? `已采用新的记忆参数${loss}` : `新参数没有更好地预测您的复习记录，保留原参数${loss}`,
  };
}
