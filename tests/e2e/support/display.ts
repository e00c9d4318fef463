import type { Page } from "playwright-core";
import { COLOR_SCHEME_LABELS, type ColorSchemeChoice } from "@/lib/validation/display-preferences";

/** 显示设置 as a user sets them in 我的, for the browser tests and the documentation screenshots. */

export interface DisplayChoice {
  colorScheme: ColorSchemeChoice;
  largeText: boolean;
}

/** Chooses the display settings in 我的 and waits until the page itself shows them. */
export async function chooseDisplay(page: Page, choice: DisplayChoice): Promise<void> {
  await page.goto("/me");
  const form = page.getByTestId("display-settings-form");
  await form.getByRole("radio", { name: COLOR_SCHEME_LABELS[choice.colorScheme] }).check();
  await form.getByRole("checkbox", { name: "大字模式" }).setChecked(choice.largeText);
  await form.getByRole("button", { name: "保存显示设置" }).click();
  await form.getByRole("status").filter({ hasText: "显示设置已保存" }).waitFor();
  await page.waitForFunction(
    ({ scheme, large }) => document.documentElement.dataset.colorScheme === scheme && (document.documentElement.dataset.textSize === "large") === large,
    { scheme: choice.colorScheme === "SYSTEM" ? undefined : choice.colorScheme.toLowerCase(), large: choice.largeText },
  );
}

/** The background the page shows: light (relative luminance above 0.5) or dark. */
export function shownTheme(page: Page): Promise<"light" | "dark"> {
  return page.evaluate(() => {
    const probe = document.createElement("canvas").getContext("2d")!;
    probe.fillStyle = getComputedStyle(document.body).backgroundColor;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(probe.getImageData(0, 0, 1, 1).data).map((value) => value / 255);
    const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!) > 0.5 ? "light" : "dark";
  });
}
