import fs from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

/** The template as downloaded, with the 多选题 row (row 3) given a single correct option. */
async function templateWithOneBadRow(bytes: Buffer): Promise<{ buffer: Buffer; stamp: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0]!;
  const answerColumn = (sheet.getRow(1).values as string[]).indexOf("答案");
  expect(sheet.getCell(3, 1).text).toBe("多选题");
  sheet.getCell(3, answerColumn).value = "A";
  // A stem no other run has imported, so the rows are new questions each time.
  const stamp = Date.now().toString(36);
  for (let row = 2; row <= 6; row++) {
    const stem = sheet.getCell(row, 2).text;
    // A 填空题's blanks stay where they are: the mark goes at the end.
    sheet.getCell(row, 2).value = `${stem}（导入测试 ${stamp}）`;
  }
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), stamp };
}

describe.skipIf(!chromiumPath)("importing and exporting the question bank in the browser", () => {
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

  test("an instructor imports the template with one bad row, sees that row's error in Chinese, imports the valid rows, and exports them", async () => {
    await page.goto("/bank");
    await page.getByRole("link", { name: "导入题目" }).click();
    await page.waitForURL((url) => url.pathname === "/bank/import");
    const courseId = await page.getByLabel("导入到课程").inputValue();
    const template = await page.request.get(`/bank/import/template?courseId=${encodeURIComponent(courseId)}`);
    expect(template.status()).toBe(200);
    const { buffer, stamp } = await templateWithOneBadRow(await template.body());

    // A file that is not a spreadsheet is refused, and says why.
    await page.getByLabel("题目文件").setInputFiles({ name: "题目.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") });
    await page.getByRole("button", { name: "预览" }).click();
    await page.getByText("无法读取这个 Excel 文件").waitFor();

    await page.getByLabel("题目文件").setInputFiles({ name: "题目.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
    await page.getByRole("button", { name: "预览" }).click();
    await page.getByTestId("import-preview").waitFor();
    expect(await page.getByTestId("import-summary").textContent()).toContain("可导入 4 道，有误 1 行");
    const rejected = page.getByTestId("rejected-row");
    expect(await rejected.count()).toBe(1);
    expect(await rejected.textContent()).toContain("第 3 行");
    expect(await rejected.textContent()).toContain("多选题至少要有两个正确选项");
    // The preview fits a phone's width: the table scrolls inside its box, the page does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/bank-import-preview.png`, fullPage: true });

    // All or nothing is the default: the import button waits for a choice.
    const importButton = page.getByRole("button", { name: "导入 4 道题" });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByLabel(/只导入正确的 4 道题/).check();
    await importButton.click();
    await page.getByText("已导入 4 道题目，跳过有误的 1 行").waitFor();

    // The imported questions are in the bank; exporting the filtered list gives exactly them.
    const stem = "中国共产党的根本宗旨是";
    await page.goto(`/bank?q=${encodeURIComponent(`导入测试 ${stamp}`)}`);
    expect(await page.getByTestId("bank-total").textContent()).toContain("共 4 道题目");
    await page.getByText(/导出当前筛选的 4 道题目/).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 CSV" }).click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]!.startsWith("题型,题干,选项A")).toBe(true);
    expect(lines).toHaveLength(1 + 4);
    expect(csv).toContain(stem);
    expect(csv).not.toContain("党的组织原则包括");
  });

  test("an instructor pastes a text-layout bank, sees each question as it will be stored with its lines and the refused one with its reason, and imports the valid one as a draft", async () => {
    const stamp = `文本导入 ${Date.now().toString(36)}`;
    await page.goto("/bank/import");
    await page.getByLabel("或粘贴题目文字").fill(
      [`一、单项选择题`, `1．${stamp}：党的根本宗旨是（ A ）。`, `A．全心全意为人民服务  B．发展经济`, `2、${stamp}：党的最高理想是（ E ）。`, `A.实现小康`, `B.实现共产主义`].join("\n"),
    );
    await page.getByRole("button", { name: "预览" }).click();
    await page.getByTestId("import-preview").waitFor();
    expect(await page.getByTestId("import-summary").textContent()).toContain("可导入 1 道，有误 1 道");
    const valid = page.getByTestId("valid-row");
    expect(await valid.textContent()).toContain("第 2–3 行");
    expect(await valid.textContent()).toContain(`${stamp}：党的根本宗旨是（　）。`);
    expect(await valid.getByText("A. 全心全意为人民服务").getAttribute("class")).toContain("text-green-700");
    const rejected = page.getByTestId("rejected-row");
    expect(await rejected.textContent()).toContain("第 4–6 行");
    expect(await rejected.textContent()).toContain("答案中的 E 没有对应的选项");
    expect(await rejected.textContent()).toContain(`2、${stamp}：党的最高理想是（ E ）。`);
    await page.getByLabel(/只导入正确的 1 道题/).check();
    await page.getByLabel(/作为待审核的草稿/).check();
    await page.getByRole("button", { name: "导入 1 道题" }).click();
    await page.getByText("已导入 1 道题目，跳过有误的 1 道").waitFor();
    await page.goto(`/bank?status=DRAFT&q=${encodeURIComponent(stamp)}`);
    expect(await page.getByTestId("bank-total").textContent()).toContain("共 1 道题目");
  });

  test("a learner is refused the import page, the upload endpoint, the template and the export", async () => {
    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    expect((await reader.goto("/bank/import"))?.status()).toBe(403);
    const forged = await reader.request.post("/bank/import/file", {
      multipart: { courseId: "x", step: "commit", validOnly: "1", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("题型\n") } },
    });
    expect(forged.status()).toBe(403);
    expect((await reader.request.get("/bank/import/template")).status()).toBe(403);
    expect((await reader.request.get("/bank/export?format=csv")).status()).toBe(403);
    await reader.context().close();
  });
});
