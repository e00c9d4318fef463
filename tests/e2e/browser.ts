import { inject } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "./chromium";

export const baseURL = inject("baseURL");
export const chromiumPath = inject("chromiumPath");

/** The primary screen is a phone. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}

export async function newPhonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, baseURL, locale: "zh-CN" });
  return context.newPage();
}

export async function newDesktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, baseURL, locale: "zh-CN" });
  return context.newPage();
}

/** Resolves when the server action that saves an exam answer has come back. */
export function examAnswerSaved(page: Page): Promise<unknown> {
  return page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/exam/"));
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
