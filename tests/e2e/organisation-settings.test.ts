import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("单位设置 in the browser", () => {
  let browser: Browser;
  let adminPage: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    adminPage = await newPhonePage(browser);
    await signInHome(adminPage, admin);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function setPoints(enabled: boolean): Promise<void> {
    await adminPage.goto("/admin/settings");
    const box = adminPage.getByLabel("启用学习积分");
    if ((await box.isChecked()) !== enabled) await box.click();
    await adminPage.getByRole("button", { name: "保存设置" }).click();
    await adminPage.getByRole("status").filter({ hasText: enabled ? "学员可以看到学习积分" : "学习积分已对学员隐藏" }).waitFor();
  }

  test("an administrator turns 学习积分 off: learners see no points, streak or ledger until it is on again", async () => {
    // On a phone the 管理 pages are reached from the administrator's 工作台.
    await adminPage.getByTestId("admin-links").getByRole("link", { name: "设置", exact: true }).click();
    await adminPage.waitForURL((url) => url.pathname === "/admin/settings");
    expect(await adminPage.getByLabel("启用学习积分").isChecked()).toBe(true);

    const page = await newPhonePage(browser);
    try {
      await setPoints(false);
      await adminPage.reload();
      expect(await adminPage.getByLabel("启用学习积分").isChecked()).toBe(false);

      await signInHome(page, learner);
      await page.getByTestId("today-reviews").waitFor();
      expect(await page.getByTestId("today-points").count()).toBe(0);
      expect(await page.getByRole("link", { name: "积分明细" }).count()).toBe(0);
      await page.goto("/me");
      expect(await page.getByTestId("me-learning-links").getByRole("link", { name: "学习积分" }).count()).toBe(0);
      await page.goto("/me/points");
      await page.getByText("本单位未启用学习积分").waitFor();
    } finally {
      await setPoints(true);
    }
    await page.goto("/");
    await page.getByTestId("today-points").waitFor();
    await page.goto("/me/points");
    await page.getByTestId("points-today").waitFor();
    await page.context().close();

    await adminPage.goto("/admin/audit");
    expect(await adminPage.getByText("修改单位设置").count()).toBeGreaterThan(0);
  });
});
