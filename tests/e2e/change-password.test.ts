import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/account";
import { chromiumPath, launchBrowser, newPhonePage, signIn, signInHome } from "./browser";

const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;

/**
 * Fills and submits the password form once it is idle (a refused form keeps what was typed,
 * README "Forms", so each field is simply filled with the next value).
 */
async function submitPasswordChange(page: Page, current: string, next: string, confirm: string): Promise<void> {
  await page.getByRole("button", { name: "保存新密码" }).and(page.locator(":enabled")).waitFor();
  await page.getByLabel("当前密码").fill(current);
  await page.getByLabel("新密码", { exact: true }).fill(next);
  await page.getByLabel("确认新密码").fill(confirm);
  await page.getByRole("button", { name: "保存新密码" }).click();
}

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("changing a password in the browser", () => {
  let browser: Browser;
  let oneTimePassword: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await newPhonePage(browser);
    await signInHome(page, admin);
    await page.goto("/admin/users/new");
    await page.getByLabel("姓名").fill("韩学员");
    await page.getByLabel("邮箱").fill("han-learner@example.com");
    await page.getByLabel("角色").selectOption({ label: "学员" });
    await page.getByRole("button", { name: "创建账号" }).click();
    await page.getByText("已创建学员账号").waitFor();
    oneTimePassword = (await page.getByTestId("one-time-password").textContent())!.trim();
    await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("an account created by an administrator must change its password before anything else", async () => {
    const page: Page = await newPhonePage(browser);
    await signIn(page, "han-learner@example.com", oneTimePassword);
    await page.waitForURL((url) => url.pathname === "/change-password");
    await page.getByRole("heading", { name: "修改密码" }).waitFor();

    // Every page of the signed-in app sends the account back here.
    for (const path of ["/", "/practice", "/review", "/me"]) {
      await page.goto(path);
      expect(new URL(page.url()).pathname, path).toBe("/change-password");
    }

    // Mismatched new passwords: refused in Chinese, nothing changed.
    await submitPasswordChange(page, oneTimePassword, "han-new-password", "han-other-password");
    await page.getByText("两次输入的密码不一致").waitFor();
    expect(new URL(page.url()).pathname).toBe("/change-password");
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/change-password");

    // A wrong current password is refused too.
    await submitPasswordChange(page, "not-the-password", "han-new-password", "han-new-password");
    await page.getByText("当前密码不正确").waitFor();

    await submitPasswordChange(page, oneTimePassword, "han-new-password", "han-new-password");
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("heading", { name: "今日学习" }).waitFor();
    await page.goto("/practice");
    expect(new URL(page.url()).pathname).toBe("/practice");
    await page.context().close();

    // The new password signs in straight to the home page.
    const again = await newPhonePage(browser);
    await signIn(again, "han-learner@example.com", "han-new-password");
    await again.waitForURL((url) => url.pathname === "/");
    await again.getByRole("heading", { name: "今日学习" }).waitFor();
    await again.context().close();
  });

  test("a signed-in user changes their own password from 我的; a wrong current password changes nothing", async () => {
    const otherDevice = await newPhonePage(browser);
    await signInHome(otherDevice, { email: "han-learner@example.com", password: "han-new-password" });
    const page: Page = await newPhonePage(browser);
    await signInHome(page, { email: "han-learner@example.com", password: "han-new-password" });
    await page.goto("/me");
    await page.getByTestId("me-learning-links").getByRole("link", { name: "修改密码" }).click();
    await page.waitForURL((url) => url.pathname === "/change-password");
    expect(await page.locator("main").textContent()).not.toContain("临时密码");

    await submitPasswordChange(page, "not-the-password", "han-third-password", "han-third-password");
    await page.getByText("当前密码不正确").waitFor();

    await submitPasswordChange(page, "han-new-password", "short", "short");
    await page.getByText(`密码至少 ${PASSWORD_MIN_LENGTH} 位`).first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/change-password");

    await submitPasswordChange(page, "han-new-password", "han-third-password", "han-third-password");
    await page.waitForURL((url) => url.pathname === "/me");
    await page.getByRole("status").filter({ hasText: "密码已修改" }).waitFor();
    // This device stays signed in; the session on the other device ended with the change.
    await page.goto("/practice");
    expect(new URL(page.url()).pathname).toBe("/practice");
    await page.context().close();
    await otherDevice.goto("/practice");
    expect(new URL(otherDevice.url()).pathname).toBe("/login");
    await otherDevice.context().close();

    const old = await newPhonePage(browser);
    await signIn(old, "han-learner@example.com", "han-new-password");
    await old.getByRole("alert").filter({ hasText: "邮箱或密码错误" }).waitFor();
    await signIn(old, "han-learner@example.com", "han-third-password");
    await old.waitForURL((url) => url.pathname === "/");
    await old.context().close();
  });

  test("退出所有设备 signs out this device and every other; a copy of an old session cookie is refused too", async () => {
    const account = { email: "han-learner@example.com", password: "han-third-password" };
    const [phone, desktop] = [await newPhonePage(browser), await newPhonePage(browser)];
    await signInHome(phone, account);
    await signInHome(desktop, account);
    const copied = await desktop.context().cookies();

    await phone.goto("/me");
    await phone.getByRole("button", { name: "退出所有设备" }).click();
    await phone.waitForURL((url) => url.pathname === "/login");
    await phone.getByText("已退出所有设备，请重新登录").waitFor();
    await desktop.goto("/me");
    expect(new URL(desktop.url()).pathname).toBe("/login");

    const thief = await newPhonePage(browser);
    await thief.context().addCookies(copied);
    await thief.goto("/me");
    expect(new URL(thief.url()).pathname).toBe("/login");
    for (const page of [phone, desktop, thief]) await page.context().close();
  });

  test("signing out ends the session on the server: a copy of its cookie no longer opens the app", async () => {
    const page = await newPhonePage(browser);
    await signInHome(page, { email: "han-learner@example.com", password: "han-third-password" });
    const copied = await page.context().cookies();
    await page.getByRole("button", { name: "退出", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/login");

    const thief = await newPhonePage(browser);
    await thief.context().addCookies(copied);
    await thief.goto("/me");
    expect(new URL(thief.url()).pathname).toBe("/login");
    for (const opened of [page, thief]) await opened.context().close();
  });
});
