import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { learnerSettingsSchema, type LearnerSettingsInput } from "@/lib/validation/learner-settings";
import { refuseInvalid, type Refusal } from "@/lib/validation/refusal";

/**
 * Saves the actor's own 学习设置. Input is validated whole: any invalid field refuses the
 * change with Chinese messages and nothing is written.
 */
export async function updateLearnerSettings(db: Db, options: { actor: Actor; input: unknown }): Promise<{ ok: true; settings: LearnerSettingsInput } | Refusal> {
  const parsed = learnerSettingsSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const settings = parsed.data;
  await db.learnerSettings.upsert({
    where: { userId: options.actor.id },
    create: { userId: options.actor.id, ...settings },
    update: settings,
  });
  return { ok: true, settings };
}
