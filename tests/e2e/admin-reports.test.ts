import fs from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newDesktopPage, newPhonePage, signInHome } from "./browser";

const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

describe.skipIf(!chromiumPath)("organisation reports in the browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await signInHome(page, admin);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("on a phone the administrator opens 报表 and sees the overview, the trends, the heatmap and the at-risk list", async () => {
    await page.goto("/");
    await page.getByTestId("admin-links").getByRole("link", { name: "报表", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin/reports");
    for (const heading of ["总览", "进行中的测验", "掌握热力图", "需关注的学员"]) {
      await page.getByRole("heading", { name: heading }).waitFor();
    }
    await page.getByRole("heading", { name: /近 12 周趋势/ }).waitFor();
    expect(await page.getByText("近 7 天活跃").count()).toBeGreaterThan(0);
    const heatmap = page.getByRole("region", { name: /班级 × 单元/ });
    await heatmap.getByRole("rowheader", { name: "示范党支部" }).waitFor();
    await page.getByRole("list", { name: "颜色图例" }).waitFor();
    // The page itself never scrolls sideways on a phone; the heatmap scrolls inside its box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    await page.getByRole("link", { name: "答题正确率" }).click();
    await page.waitForURL((url) => url.searchParams.get("metric") === "accuracy");
    await page.getByRole("region", { name: /答题正确率/ }).waitFor();
  });

  test("the Excel export downloads a workbook with the report's sheets, and a CSV with a BOM", async () => {
    await page.goto("/admin/reports");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 Excel（全部）" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^报表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await download.path())!) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["总览", "进行中的测验", "每周趋势", "掌握热力图", "需关注学员"]);
    expect(workbook.getWorksheet("总览")!.getRow(2).getCell(1).value).toBe("学员数");

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "热力图 CSV" }).click()]);
    const text = fs.readFileSync((await csv.path())!, "utf8");
    expect(text.startsWith("\ufeff班级,学员数,")).toBe(true);
    expect(text).toContain("示范党支部");
  });

  test("on a desktop the class drill-down shows learners × modules, and a module's drill-down its classes", async () => {
    const desktop = await newDesktopPage(browser);
    await signInHome(desktop, admin);
    await desktop.goto("/admin/reports");
    await desktop.getByRole("region", { name: /班级 × 单元/ }).getByRole("link", { name: "示范党支部" }).click();
    await desktop.getByRole("heading", { name: "示范党支部 · 掌握情况" }).waitFor();
    await desktop.getByRole("heading", { name: "本班最易错的题目" }).waitFor();
    // A module's header leads to that module across classes.
    const firstModule = desktop.getByRole("region", { name: /学员 × 单元/ }).getByRole("columnheader").nth(1).getByRole("link");
    const moduleTitle = (await firstModule.textContent())!.trim();
    await firstModule.click();
    await desktop.getByRole("heading", { name: `${moduleTitle} · 掌握情况` }).waitFor();
    await desktop.getByRole("region", { name: "各班级在本单元的掌握情况" }).getByRole("rowheader", { name: "示范党支部" }).waitFor();
    await desktop.getByRole("heading", { name: "本单元最易错的题目" }).waitFor();
    if (process.env.E2E_SCREENSHOTS) await desktop.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/module-report.png`, fullPage: true });
    await desktop.context().close();
  });

  test("a learner is refused the reports and their export", async () => {
    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    const response = await reader.goto("/admin/reports");
    expect(response?.status()).toBe(403);
    const download = await reader.request.get("/admin/reports/export?format=csv&table=heatmap");
    expect(download.status()).toBe(403);
    const bad = await page.request.get("/admin/reports/export?format=pdf");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toBe("导出格式只能是 xlsx 或 csv");
    await reader.context().close();
  });
});
