import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_CLASS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signIn } from "./browser";
import { signInRole } from "./support/practice-start";

const demo = Object.fromEntries(DEMO_ACCOUNTS.map((account) => [account.role, account])) as Record<
  "LEARNER" | "INSTRUCTOR" | "ADMIN",
  (typeof DEMO_ACCOUNTS)[number]
>;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("accounts and roles in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signedInPage(role: keyof typeof demo): Promise<Page> {
    const page = await newPhonePage(browser);
    await signInRole(page, role);
    return page;
  }

  test("an anonymous visitor is sent to the login page", async () => {
    const page = await newPhonePage(browser);
    await page.goto("/admin/users");
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.getByRole("heading", { name: "登录" }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test.each([
    ["LEARNER", "今日学习", ["首页", "学习", "练习", "复习", "我的"], ["工作台", "班级", "题库"]],
    ["INSTRUCTOR", "教学工作台", ["工作台", "班级", "题库", "学习", "我的"], ["首页"]],
    ["ADMIN", "管理概览", ["工作台", "班级", "题库", "学习", "我的"], ["首页"]],
  ] as const)("the demo %s signs in and lands on their home with their phone tab bar", async (role, heading, shown, hidden) => {
    const page = await signedInPage(role);
    await page.getByRole("heading", { name: heading }).waitFor();
    const nav = page.getByRole("navigation", { name: "主导航" });
    for (const label of shown) expect(await nav.getByRole("link", { name: label, exact: true }).count()).toBe(1);
    for (const label of hidden) expect(await nav.getByRole("link", { name: label, exact: true }).count()).toBe(0);
    expect(await page.getByTestId("current-user").textContent()).toContain(demo[role].name);
    await page.context().close();
  });

  test("a learner is refused instructor and administrator pages with 403", async () => {
    const page = await signedInPage("LEARNER");
    for (const path of ["/classes", "/bank", "/admin/users", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await page.getByRole("heading", { name: "无权访问" }).waitFor();
      expect(await page.getByText("示范党支部").count()).toBe(0);
    }
    await page.context().close();
  });

  test("an instructor sees their class but is refused administrator pages", async () => {
    const page = await signedInPage("INSTRUCTOR");
    const classes = await page.goto("/classes");
    expect(classes?.status()).toBe(200);
    await page.getByRole("link", { name: DEMO_CLASS.name }).click();
    await page.getByRole("heading", { name: DEMO_CLASS.name }).waitFor();
    expect(await page.getByRole("link", { name: demo.LEARNER.name }).count()).toBe(1);
    expect((await page.goto("/admin/users"))?.status()).toBe(403);
    await page.context().close();
  });

  test("a wrong password shows a Chinese message and stays on the login page", async () => {
    const page = await newPhonePage(browser);
    await signIn(page, demo.ADMIN.email, "not-the-password");
    await page.getByRole("alert").filter({ hasText: "邮箱或密码错误" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.context().close();
  });

  test("registration with a bad invite code is refused and creates no account", async () => {
    const page = await newPhonePage(browser);
    await page.goto("/register");
    await fillRegistration(page, { email: "bad-code@example.com", inviteCode: "WRONG-CODE" });
    await page.getByText("邀请码无效，请向教员确认").waitFor();
    expect(new URL(page.url()).pathname).toBe("/register");
    expect(await page.getByLabel("邮箱").inputValue()).toBe("bad-code@example.com");
    await signIn(page, "bad-code@example.com", "a-good-password");
    await page.getByRole("alert").filter({ hasText: "邮箱或密码错误" }).waitFor();
    const admin = await signedInPage("ADMIN");
    await admin.goto("/admin/users");
    expect(await admin.getByText("bad-code@example.com").count()).toBe(0);
    await page.context().close();
    await admin.context().close();
  });

  test("a learner registers with the class code, signs in, and the sixth rapid wrong password is refused by the rate limit", async () => {
    const page = await newPhonePage(browser);
    await page.goto(`/register?code=${DEMO_CLASS.inviteCode}`);
    await fillRegistration(page, { email: "new-learner@example.com" });
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByText("如果该邮箱尚未注册，账号已创建").waitFor();

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn(page, "new-learner@example.com", `wrong-${attempt}`);
      await page.getByRole("alert").filter({ hasText: "邮箱或密码错误" }).waitFor();
    }
    await signIn(page, "new-learner@example.com", "wrong-6");
    await page.getByRole("alert").filter({ hasText: "登录尝试过于频繁" }).waitFor();
    await signIn(page, "new-learner@example.com", "a-good-password");
    await page.getByRole("alert").filter({ hasText: "登录尝试过于频繁" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.context().close();
  });

  test("registering an e-mail that already has an account looks like a new registration and leaves the account as it was", async () => {
    const page = await newPhonePage(browser);
    await page.goto(`/register?code=${DEMO_CLASS.inviteCode}`);
    await fillRegistration(page, { email: demo.LEARNER.email });
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByText("如果该邮箱尚未注册，账号已创建").waitFor();
    await signIn(page, demo.LEARNER.email, demo.LEARNER.password);
    await page.waitForURL((url) => url.pathname === "/");
    await page.context().close();
  });

  test("the login form works from the keyboard alone, and 退出 signs out", async () => {
    const page = await newPhonePage(browser);
    await page.goto("/login");
    await page.keyboard.press("Tab");
    await page.keyboard.type(demo.LEARNER.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(demo.LEARNER.password);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("heading", { name: "今日学习" }).waitFor();
    await page.getByRole("button", { name: "退出" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await page.goto("/me");
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.context().close();
  });
});

async function fillRegistration(page: Page, values: { email: string; inviteCode?: string }) {
  await page.getByLabel("姓名").fill("赵新学员");
  await page.getByLabel("邮箱").fill(values.email);
  await page.getByLabel("密码", { exact: true }).fill("a-good-password");
  await page.getByLabel("确认密码").fill("a-good-password");
  if (values.inviteCode !== undefined) await page.getByLabel("班级邀请码").fill(values.inviteCode);
  await page.getByRole("button", { name: "注册" }).click();
}
