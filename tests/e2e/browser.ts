import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DESKTOP, PHONE, launchChromium } from "./support/session";

export { DESKTOP, PHONE, signIn, signInHome } from "./support/session";

export const baseURL = inject("baseURL");
export const chromiumPath = inject("chromiumPath");

export function launchBrowser(): Promise<Browser> {
  return launchChromium(chromiumPath);
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
