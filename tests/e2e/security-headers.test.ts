import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { baseURL, chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("security headers in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("pages carry a nonce policy that the app's own scripts satisfy, and an injected inline handler does not run", async () => {
    const page = await newPhonePage(browser);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/login");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "strict-origin-when-cross-origin" });

    // Signing in needs the hydrated app: every framework script ran under the policy.
    await signInHome(page, learner);
    await page.goto("/practice");
    expect(violations).toEqual([]);

    // Markup injected into the page (the XSS that escaping would have to miss): its inline
    // handler is not run.
    const injected = await page.evaluate(async () => {
      const holder = document.createElement("div");
      const failed = new Promise((resolve) => holder.addEventListener("error", resolve, { capture: true, once: true }));
      holder.innerHTML = `<img src="/no-such-image.png" onerror="window.__injected = true">`;
      document.body.append(holder);
      await failed;
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(injected).toBe(false);
    await page.context().close();
  });

  test("an API response carries the headers too, and the policy changes with every response", async () => {
    const [first, second] = [await fetch(`${baseURL}/login`), await fetch(`${baseURL}/login`)];
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("content-security-policy")).not.toBe(second.headers.get("content-security-policy"));
    const api = await fetch(`${baseURL}/api/practice/answers`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(api.headers.get("x-frame-options")).toBe("DENY");
  });

  test("a state-changing request from another site is refused before any route reads it: uploads, imports, sign-in", async () => {
    for (const path of ["/api/uploads", "/bank/import/file", "/api/auth/callback/credentials"]) {
      const form = new FormData();
      form.set("courseId", "x");
      const refused = await fetch(`${baseURL}${path}`, { method: "POST", headers: { origin: "https://evil.example" }, body: form, redirect: "manual" });
      expect(refused.status, path).toBe(403);
      expect(await refused.text(), path).toContain("请求来自其他网站");
    }
  });

  test("a request target with NUL or bytes that are not UTF-8 gets a 400 in Chinese, not a 500", async () => {
    for (const [path, message] of [["/bank?q=%00", "空字符"], ["/bank?q=%FF", "编码无效"], ["/history/%E4%B8", "编码无效"]] as const) {
      const response = await fetch(`${baseURL}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain(message);
    }
  });
});
