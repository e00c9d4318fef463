import { z } from "zod";

/** How the app looks for one user: SYSTEM follows the device's prefers-color-scheme. */
export const COLOR_SCHEMES = ["SYSTEM", "LIGHT", "DARK"] as const;
export type ColorSchemeChoice = (typeof COLOR_SCHEMES)[number];

export const COLOR_SCHEME_LABELS: Record<ColorSchemeChoice, string> = { SYSTEM: "跟随系统", LIGHT: "浅色", DARK: "深色" };

/**
 * The 显示设置 form: one of three colour schemes, and a checkbox that sends "on" when ticked and
 * nothing when not. Any other value is a forged field and is refused.
 */
export const displayPreferencesSchema = z
  .object({
    colorScheme: z.enum(COLOR_SCHEMES, { error: "请选择显示主题：跟随系统、浅色或深色" }),
    largeText: z.enum(["on"], { error: "大字模式的取值无效" }).optional(),
  })
  .transform((form) => ({ colorScheme: form.colorScheme, largeText: form.largeText === "on" }));

export type DisplayPreferences = z.output<typeof displayPreferencesSchema>;

export const DISPLAY_PREFERENCES_DEFAULTS: DisplayPreferences = { colorScheme: "SYSTEM", largeText: false };
