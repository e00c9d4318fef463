import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../chromium";

/**
 * Screen sizes, launching Chromium and signing in, free of Vitest so that scripts
 * (scripts/docs-screenshots.ts) drive the app exactly as the browser tests do.
 */

/** The primary screen is a phone. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in with an account that lands on the home page (no password change pending), and waits for it. */
export async function signInHome(page: Page, account: { email: string; password: string }): Promise<void> {
  await signIn(page, account.email, account.password);
  await page.waitForURL((url) => url.pathname === "/");
}
