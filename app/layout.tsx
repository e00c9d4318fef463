import type { Metadata, Viewport } from "next";
import { currentActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getDisplayPreferences } from "@/lib/server/settings/get-display-preferences";
import { DISPLAY_PREFERENCES_DEFAULTS } from "@/lib/validation/display-preferences";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "党课学堂", template: "%s · 党课学堂" },
  description: "党建课程学习、练习与测验",
};

// viewport-fit=cover lets the phone's tab bar reach the bottom edge, padded by the safe-area insets.
export const viewport: Viewport = { width: "device-width", initialScale: 1, viewportFit: "cover", themeColor: "#c81e1e" };

const COLOR_SCHEME_ATTRIBUTE = { SYSTEM: undefined, LIGHT: "light", DARK: "dark" } as const;

/**
 * The signed-in user's 显示设置 are written on <html> with the first HTML, so the first paint has
 * the right theme and text size (app/globals.css); anyone else follows the device.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const display = actor ? await getDisplayPreferences(await getDb(), actor) : DISPLAY_PREFERENCES_DEFAULTS;
  return (
    <html lang="zh-CN" data-color-scheme={COLOR_SCHEME_ATTRIBUTE[display.colorScheme]} data-text-size={display.largeText ? "large" : undefined}>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
