import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { displayPreferencesSchema, type DisplayPreferences } from "@/lib/validation/display-preferences";
import { refuseInvalid, type Refusal } from "@/lib/validation/refusal";

/**
 * Saves the actor's own 显示设置 beside their 学习设置 (one row per user). An invalid form is
 * refused with a Chinese message and nothing is written.
 */
export async function updateDisplayPreferences(db: Db, options: { actor: Actor; input: unknown }): Promise<{ ok: true; preferences: DisplayPreferences } | Refusal> {
  const parsed = displayPreferencesSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const preferences = parsed.data;
  await db.learnerSettings.upsert({
    where: { userId: options.actor.id },
    create: { userId: options.actor.id, ...preferences },
    update: preferences,
  });
  return { ok: true, preferences };
}
