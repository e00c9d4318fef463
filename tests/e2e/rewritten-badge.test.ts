import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
// The first served world is the one baseURL names (global-setup.ts).
const world = inject("servedWorlds")[0]?.world;

// The question was rewritten through the app's own path, against a stub model, while the world was
// seeded (support/seed-rewritten-question.ts); the served app itself has no model.
describe.skipIf(!chromiumPath || !world)("a machine-rewritten question in the bank", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await signInHome(page, instructor);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const row = (questionId: string) => page.getByTestId("bank-list").locator(`a[href="/bank/${questionId}"]`);

  test("waits in the review queue marked 机器改写 with the model's name, beside questions the model did not touch", async () => {
    const { rewritten } = world!;
    await page.goto(`/bank?moduleId=${rewritten.moduleId}`);
    await page.getByTestId("status-counts").getByRole("link", { name: /^待审核/ }).click();
    await page.waitForURL((url) => url.searchParams.get("status") === "DRAFT" && url.searchParams.get("moduleId") === rewritten.moduleId);

    const badge = row(rewritten.questionId).getByText("机器改写", { exact: true });
    await badge.waitFor();
    expect(await badge.getAttribute("title")).toBe(`题干、干扰项或解析由模型 ${rewritten.model} 改写`);
    expect(await row(rewritten.questionId).textContent()).toContain("已标记");
    await row(rewritten.plainQuestionId).waitFor();
    expect(await row(rewritten.plainQuestionId).getByText("机器改写").count()).toBe(0);
  });

  test("shows the badge and the review reason on the question's own page", async () => {
    const { rewritten } = world!;
    await row(rewritten.questionId).click();
    await page.waitForURL((url) => url.pathname === `/bank/${rewritten.questionId}`);
    await page.getByRole("heading", { name: "题目详情" }).waitFor();
    expect(await page.getByText("机器改写", { exact: true }).getAttribute("title")).toContain(rewritten.model);
    expect(await page.getByText(/^已标记：待审核：机器改写：/).textContent()).toContain("由模型写成");
  });
});
