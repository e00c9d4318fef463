import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

const ESSAY = [
  "# 新时代的群众工作方法",
  "",
  "## 一、走好网上群众路线",
  "",
  "网上群众路线是新时代群众工作的重要方式。各级党组织要善于通过互联网了解民情、汇聚民智。",
  "",
  "## 二、健全联系群众的制度",
  "",
  "党员干部要坚持直接联系群众制度，做到问政于民、问需于民、问计于民。",
].join("\n");

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("uploading a document as an instructor", () => {
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

  async function upload(name: string, mimeType: string, buffer: Buffer) {
    await page.goto("/bank/upload");
    await page.getByLabel("学习材料文件").setInputFiles({ name, mimeType, buffer });
    await page.getByRole("button", { name: "上传并预览" }).click();
  }

  async function pendingCount() {
    await page.goto("/bank/upload");
    return page.getByRole("heading", { name: "待发布的材料" }).count();
  }

  test.each([
    ["an empty file", "empty.txt", "text/plain", Buffer.alloc(0), "是空的"],
    ["a binary file", "image.txt", "text/plain", Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 31) % 256)), "不是文本文件"],
    ["a spreadsheet", "bank.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer.from(ESSAY), "不支持"],
    ["a file over 20 MB", "huge.txt", "text/plain", Buffer.alloc(21 * 1024 * 1024, 0x41), "超过 20 MB"],
  ])("%s gets a Chinese message and leaves nothing to publish", async (_case, name, mimeType, buffer, message) => {
    await upload(name, mimeType, buffer);
    await page.getByRole("alert").filter({ hasText: message }).waitFor();
    expect(await pendingCount()).toBe(0);
  });

  test("the upload endpoint itself refuses a file over 20 MB, a missing file and a forged course", async () => {
    const big = await page.request.post("/api/uploads", {
      multipart: { courseId: "x", file: { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) } },
    });
    expect(big.status()).toBe(413);
    expect((await big.json()).error).toContain("超过 20 MB");
    const missing = await page.request.post("/api/uploads", { multipart: { courseId: "x" } });
    expect((await missing.json()).error).toBe("请选择要上传的文件。");
    const forged = await page.request.post("/api/uploads", {
      multipart: { courseId: "no-such-course", file: { name: "a.md", mimeType: "text/markdown", buffer: Buffer.from(ESSAY) } },
    });
    expect(forged.status()).toBe(400);
    expect((await forged.json()).error).toBe("请选择要发布到的课程");
    expect(await pendingCount()).toBe(0);
  });

  test("a Markdown document is previewed, published, and then read by a learner", async () => {
    await upload("群众工作方法.md", "text/markdown", Buffer.from(ESSAY));
    await page.waitForURL((url) => url.pathname.startsWith("/bank/uploads/"));
    await page.getByRole("heading", { name: "新时代的群众工作方法" }).waitFor();
    expect(await page.getByTestId("upload-summary").textContent()).toMatch(/^1 个单元/);
    await page.getByRole("button", { name: "发布为课程单元" }).click();
    await page.waitForURL((url) => url.pathname === "/bank/upload");
    await page.getByText("已发布为课程单元").waitFor();

    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    await reader.goto("/study");
    await reader.getByRole("link", { name: /新时代的群众工作方法/ }).click();
    await reader.getByText("网上群众路线是新时代群众工作的重要方式").waitFor();
    await reader.context().close();
  });

  // Real documents of other layouts (tests/fixtures/corpus, sources in SOURCES.md): each is previewed
  // under the title it prints, not its file name.
  test.each([
    ["a GBK text regulation", "zuzhi-chuli-guiding-gbk.txt", "text/plain", "中国共产党组织处理规定（试行）", "党内法规、规章制度"],
    ["a Word document", "dangjian-zhishiku.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "党建知识库", "学习笔记、复习资料"],
    ["a PDF regulation", "nongcun-ganbu-lianjie.pdf", "application/pdf", "农村基层干部廉洁履行职责若干规定（试行）", "党内法规、规章制度"],
  ])("%s from the corpus is previewed under its own title and kind", async (_case, file, mimeType, title, kind) => {
    await upload(file, mimeType, readFileSync(path.join("tests/fixtures/corpus", file)));
    await page.waitForURL((url) => url.pathname.startsWith("/bank/uploads/"));
    await page.getByRole("heading", { name: title }).waitFor();
    expect(await page.getByTestId("upload-summary").textContent()).toMatch(/^\d+ 个单元/);
    expect(await page.getByTestId("upload-kind").textContent()).toContain(`文件类别：${kind}`);
    await page.getByRole("button", { name: "放弃" }).click();
    await page.waitForURL((url) => url.pathname === "/bank/upload");
  });

  test("an upload that prints no title says so at phone width, and the instructor names it before publishing", async () => {
    await upload("wei-qinyou-feifa-mouli.md", "text/markdown", readFileSync("tests/fixtures/corpus/wei-qinyou-feifa-mouli.md"));
    await page.waitForURL((url) => url.pathname.startsWith("/bank/uploads/"));
    const notice = page.getByTestId("untitled-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("没有识别到文档标题");
    const field = page.getByLabel("文档标题");
    expect(await field.inputValue()).toBe("");
    expect(await field.getAttribute("placeholder")).toBe("刑法第一百六十六条对为亲友非法牟利罪作出规定");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // An empty title is refused in Chinese; nothing changes.
    await field.fill("   ");
    await page.getByRole("button", { name: "保存标题" }).click();
    await page.getByText("请填写文档标题。").waitFor();
    expect(await page.getByTestId("untitled-notice").count()).toBe(1);
    await field.fill("《为亲友非法牟利罪的理解与适用》");
    await page.getByRole("button", { name: "保存标题" }).click();
    await page.getByRole("heading", { name: "为亲友非法牟利罪的理解与适用", level: 1 }).waitFor();
    expect(await page.getByTestId("untitled-notice").count()).toBe(0);
    expect(await page.getByLabel("文档标题").inputValue()).toBe("为亲友非法牟利罪的理解与适用");
    await page.getByRole("button", { name: "放弃" }).click();
    await page.waitForURL((url) => url.pathname === "/bank/upload");
  });

  test("publishing an upload says how many of its questions wait for review and links to them", async () => {
    await upload("zuzhi-chuli-guiding-gbk.txt", "text/plain", readFileSync("tests/fixtures/corpus/zuzhi-chuli-guiding-gbk.txt"));
    await page.waitForURL((url) => url.pathname.startsWith("/bank/uploads/"));
    await page.getByRole("button", { name: "发布为课程单元" }).click();
    await page.waitForURL((url) => url.pathname === "/bank/upload");
    const notice = page.getByRole("status").filter({ hasText: "已发布为课程单元" });
    await notice.waitFor();
    const drafts = Number(/由它生成的 (\d+) 道题都是草稿/.exec((await notice.textContent()) ?? "")?.[1]);
    expect(drafts).toBeGreaterThan(0);
    await notice.getByRole("link", { name: "去审核这些题目" }).click();
    await page.waitForURL((url) => url.pathname === "/bank" && url.searchParams.get("status") === "DRAFT");
    await page.getByText(`共 ${drafts} 道题目`).waitFor();
  });

  test("a publish that wrote nothing says why on the preview at phone width, with the long file name wrapped; a forged reason shows nothing", async () => {
    const name = "关于进一步加强和改进新时代基层党组织建设工作的实施意见（征求意见稿）第二次修订版.md";
    // Not ESSAY's bytes: that file is published to the course above, and the same file again is refused.
    await upload(name, "text/markdown", Buffer.from(ESSAY.replace("# 新时代的群众工作方法", "# 基层党组织建设的实施意见")));
    await page.waitForURL((url) => url.pathname.startsWith("/bank/uploads/"));
    const preview = new URL(page.url());
    // The redirect publishUploadAction makes when the worker's time limit stops the generation.
    await page.goto(`${preview.pathname}?failed=TIMEOUT`);
    const alert = page.getByRole("alert").filter({ hasText: "题目生成超时" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(name);
    expect(await alert.textContent()).toContain("没有发布任何内容");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await alert.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.getByRole("button", { name: "发布为课程单元" }).waitFor();

    await page.goto(`${preview.pathname}?failed=${encodeURIComponent("<script>alert(1)</script>")}`);
    await page.getByTestId("upload-summary").waitFor();
    expect(await page.getByRole("alert").filter({ hasText: "没有发布任何内容" }).count()).toBe(0);
    await page.getByRole("button", { name: "放弃" }).click();
    await page.waitForURL((url) => url.pathname === "/bank/upload");
  });

  test("a learner cannot upload: the upload page and the upload endpoint refuse with 403", async () => {
    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    expect((await reader.goto("/bank/upload"))?.status()).toBe(403);
    const response = await reader.request.post("/api/uploads", {
      multipart: { courseId: "x", file: { name: "a.md", mimeType: "text/markdown", buffer: Buffer.from(ESSAY) } },
    });
    expect(response.status()).toBe(403);
    await reader.context().close();
  });
});
