import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { DISPLAY_PREFERENCES_DEFAULTS, type DisplayPreferences } from "@/lib/validation/display-preferences";

/** The user's own 显示设置 (defaults until changed). */
export async function getDisplayPreferences(db: Db, actor: Actor): Promise<DisplayPreferences> {
  const row = await db.learnerSettings.findUnique({ where: { userId: actor.id }, select: { colorScheme: true, largeText: true } });
  return row ?? DISPLAY_PREFERENCES_DEFAULTS;
}
