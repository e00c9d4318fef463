import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signIn, signInHome } from "./browser";

const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("user management and the audit log in the browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    page.on("dialog", (dialog) => void dialog.accept());
    await signInHome(page, admin);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function createAccount(name: string, email: string, role: string): Promise<string> {
    await page.goto("/admin/users/new");
    await page.getByLabel("姓名").fill(name);
    await page.getByLabel("邮箱").fill(email);
    await page.getByLabel("角色").selectOption({ label: role });
    await page.getByRole("button", { name: "创建账号" }).click();
    await page.getByText(`已创建${role}账号`).waitFor();
    return (await page.getByTestId("one-time-password").textContent())!.trim();
  }

  test("an administrator creates an instructor who signs in with the one-time password and sees 班级", async () => {
    const password = await createAccount("周教员", "zhou-instructor@example.com", "教员");
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const other = await newPhonePage(browser);
    await signIn(other, "zhou-instructor@example.com", password);
    // A one-time password must be replaced first (tests/e2e/change-password.test.ts).
    await other.waitForURL((url) => url.pathname === "/change-password");
    await other.getByLabel("当前密码").fill(password);
    await other.getByLabel("新密码", { exact: true }).fill("zhou-new-password");
    await other.getByLabel("确认新密码").fill("zhou-new-password");
    await other.getByRole("button", { name: "保存新密码" }).click();
    await other.waitForURL((url) => url.pathname === "/");
    await other.getByRole("heading", { name: "教学工作台" }).waitFor();
    await other.context().close();
  });

  test("a taken email is refused with a Chinese message", async () => {
    await page.goto("/admin/users/new");
    await page.getByLabel("姓名").fill("重复");
    await page.getByLabel("邮箱").fill(learner.email);
    await page.getByRole("button", { name: "创建账号" }).click();
    await page.getByText("该邮箱已有账号").waitFor();
    expect(await page.getByTestId("one-time-password").count()).toBe(0);
  });

  test("an administrator deactivates a user, who can then no longer sign in", async () => {
    const password = await createAccount("冯学员", "feng-learner@example.com", "学员");
    await page.goto("/admin/users?q=feng-learner");
    await page.getByRole("link", { name: "冯学员" }).click();
    await page.getByRole("button", { name: "停用账号" }).click();
    await page.getByText("已停用 冯学员 的账号").waitFor();
    await page.goto("/admin/users?q=feng-learner");
    await page.getByRole("cell", { name: "已停用" }).waitFor();

    const other = await newPhonePage(browser);
    await signIn(other, "feng-learner@example.com", password);
    await other.getByRole("alert").waitFor();
    expect(new URL(other.url()).pathname).toBe("/login");
    await other.context().close();
  });

  test("an administrator sees no way to deactivate themself", async () => {
    await page.goto(`/admin/users?q=${encodeURIComponent(admin.email)}`);
    await page.getByRole("link", { name: admin.name }).click();
    await page.getByText("不能停用自己的账号。").waitFor();
    expect(await page.getByRole("button", { name: "停用账号" }).count()).toBe(0);
  });

  test("the audit log shows the deactivation and filters by action", async () => {
    const entries = page.getByRole("list", { name: "审计记录" });
    await page.goto("/admin/audit?action=user.deactivate");
    await entries.getByText("停用账号").first().waitFor();
    // A sentence naming the user; the raw record only behind 详细记录.
    const entry = entries.getByRole("listitem").filter({ hasText: "停用账号「冯学员」" }).first();
    expect(await entry.getByTestId("audit-sentence").textContent()).toMatch(/停用账号「冯学员」：账号启用：是 → 否。$/);
    const raw = entry.getByText('"active": false');
    expect(await raw.isVisible()).toBe(false);
    await entry.getByText("详细记录").click();
    await raw.waitFor();
    expect(await entry.getByText("user.deactivate").isVisible()).toBe(true);
    expect(await entries.getByText("user.create").count()).toBe(0);
    await page.getByLabel("操作", { exact: true }).selectOption("user.create");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "user.create");
    await entries.getByText("创建账号").first().waitFor();
    expect(await entries.getByText("user.deactivate").count()).toBe(0);
  });

  test("a learner is refused the user and audit pages with 403", async () => {
    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    for (const path of ["/admin/users", "/admin/users/new", "/admin/audit"]) {
      expect((await reader.goto(path))?.status(), path).toBe(403);
    }
    await reader.context().close();
  });
});
