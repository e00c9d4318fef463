import "server-only";
import type { Db } from "@/lib/db/prisma";
import { DISPLAY_PREFERENCES_DEFAULTS, type DisplayPreferences } from "@/lib/validation/display-preferences";

/** The user's own 显示设置 (defaults until changed). */
export async function getDisplayPreferences(db: Db, input: { userId: string }): Promise<DisplayPreferences> {
  const row = await db.learnerSettings.findUnique({ where: { userId: input.userId }, select: { colorScheme: true, largeText: true } });
  return row ?? DISPLAY_PREFERENCES_DEFAULTS;
}
