import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("reading the course", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("npm start loaded the course: a learner opens a module, reads it and marks a section as studied", async () => {
    const page = await newPhonePage(browser);
    await signInHome(page, learner);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "学习", exact: true }).click();
    await page.getByRole("heading", { name: "密切党群关系" }).waitFor();
    const moduleLinks = page.getByRole("main").getByRole("listitem").getByRole("link");
    expect(await moduleLinks.count()).toBeGreaterThanOrEqual(10);

    await moduleLinks.first().click();
    await page.waitForURL((url) => url.pathname.startsWith("/study/"));
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    expect(title?.length).toBeGreaterThan(2);
    const paragraphs = page.locator("article p.indent-\\[2em\\]");
    expect(await paragraphs.count()).toBeGreaterThan(3);
    expect((await paragraphs.first().textContent())?.length).toBeGreaterThan(20);

    await page.getByRole("button", { name: "标记为已学" }).first().click();
    await page.getByRole("button", { name: /已学（点此取消）/ }).first().waitFor();
    await page.goto("/study");
    await page.getByText(/已学 1\/\d+ 节/).first().waitFor();

    // A document that states its author, date and source shows them under the module title.
    await page.getByRole("main").getByRole("link", { name: /党群关系的分析与对策/ }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith("/study/"));
    const metadata = page.getByTestId("document-metadata");
    await metadata.waitFor();
    expect(await metadata.textContent()).toContain("来源：网络");
    await page.context().close();
  });
});
