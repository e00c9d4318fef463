import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { readQuestionFile } from "@/lib/questions/interchange";
import { DEMO_ACCOUNTS, DEMO_CLASS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const QUIZ_TITLE = "浏览器规则测验";

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("quiz composition and assignment in the browser", () => {
  let browser: Browser;
  let page: Page;
  let quizPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await signInHome(page, instructor);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the demo instructor creates a rule-based quiz; an impossible rule is refused and nothing saved", async () => {
    await page.goto("/quizzes/new");
    await page.getByLabel("测验名称").fill(QUIZ_TITLE);
    await page.getByLabel("按规则抽题", { exact: true }).check();
    await page.getByLabel("时间限制（分钟，留空不限时）").fill("20");
    await page.getByRole("button", { name: "创建测验" }).click();
    await page.getByRole("heading", { name: QUIZ_TITLE }).waitFor();
    quizPath = new URL(page.url()).pathname;
    expect(quizPath).toMatch(/^\/quizzes\/[^/]+$/);

    // One module, short answers only, difficulty 0.95–1: far fewer than 200 in any bank.
    const firstModule = await page.locator("#rule_0_moduleId option").nth(1).getAttribute("value");
    await page.locator("#rule_0_moduleId").selectOption(firstModule!);
    await page.locator("#rule_0_type").selectOption("SHORT_ANSWER");
    await page.locator("#rule_0_difficultyMin").fill("0.95");
    await page.locator("#rule_0_count").fill("200");
    await page.getByRole("button", { name: "保存抽题规则" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "第 1 条规则" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("符合条件的启用题目只有");
    await page.reload();
    expect(await page.locator("#rule_0_count").inputValue()).toBe("");
    expect(await page.locator("#rule_0_type").inputValue()).toBe("");

    await page.locator("#rule_0_type").selectOption("SINGLE_CHOICE");
    await page.locator("#rule_0_count").fill("5");
    await page.getByRole("button", { name: "保存抽题规则" }).click();
    await page.getByText("抽题规则已保存：1 条规则，共 5 题").waitFor();
  });

  test("the preview shows the quiz as a learner sees it, answers only on request", async () => {
    await page.goto(quizPath);
    await page.getByRole("link", { name: "预览" }).click();
    await page.getByTestId("preview-settings").waitFor();
    const settings = await page.getByTestId("preview-settings").textContent();
    expect(settings).toContain("共 5 题");
    expect(settings).toContain("时间限制：20 分钟");
    expect(await page.getByTestId("preview-stem").count()).toBe(5);
    expect(await page.getByTestId("answer").count()).toBe(0);
    await page.getByRole("link", { name: "显示答案" }).click();
    await page.getByRole("link", { name: "隐藏答案" }).waitFor();
    expect(await page.getByTestId("answer").count()).toBe(5);
  });

  test("the quiz page downloads its paper: the Word paper B imports back as its 5 questions, the PDF key holds the branch and the answers", async () => {
    await page.goto(quizPath);
    const download = async (document: string, format: string) => {
      await page.getByLabel("文件").selectOption({ label: document });
      await page.getByLabel("卷别").selectOption("B");
      await page.getByLabel("单位（印在标题下）").fill("示范党支部");
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `下载 ${format}` }).click()]);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { name: file.suggestedFilename(), bytes: new Uint8Array(Buffer.concat(chunks)) };
    };
    const word = await download("试卷", "Word");
    expect(word.name).toBe(`${QUIZ_TITLE}（B卷）.docx`);
    const read = await readQuestionFile(word.name, word.bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.rows.map((row) => [row.cells.题型, row.refusals ?? []])).toEqual(Array.from({ length: 5 }, () => ["单选题", []]));
    const key = await download("答案与解析", "PDF");
    expect(key.name).toBe(`${QUIZ_TITLE}-答案与解析（B卷）.pdf`);
    const text = (await extractText(await getDocumentProxy(key.bytes), { mergePages: true })).text.replace(/\s+/g, "");
    expect(text).toContain("示范党支部");
    expect(text.match(/答案：[A-F]/g)).toHaveLength(5);
  });

  test("assigning without a class is refused; assigned to the demo class, it is listed", async () => {
    await page.goto(`${quizPath}/assign`);
    await page.getByRole("button", { name: "布置测验" }).click();
    await page.getByRole("alert").filter({ hasText: "请至少选择一个班级" }).waitFor();

    await page.getByLabel(DEMO_CLASS.name).check();
    await page.getByRole("button", { name: "布置测验" }).click();
    await page.waitForURL(/\/quizzes\/assignments\/[^/]+$/);
    expect(await page.getByTestId("assignment-classes").textContent()).toBe(DEMO_CLASS.name);
    expect(await page.getByRole("link", { name: "查看成绩与分析" }).getAttribute("href")).toMatch(/\/results$/);

    await page.goto("/quizzes");
    const quizzes = page.getByRole("list", { name: "测验列表" });
    expect(await quizzes.getByText(QUIZ_TITLE).count()).toBe(1);
    expect(await quizzes.textContent()).toContain("按规则抽题 · 5 题 · 布置 1 次");
    const assignments = page.getByRole("list", { name: "布置列表" });
    expect(await assignments.textContent()).toContain(DEMO_CLASS.name);
    expect(await assignments.textContent()).toContain("进行中");
  });
  test("an unassigned quiz is deleted from its page after a confirmation; an assigned one offers no delete", async () => {
    await page.goto(quizPath);
    expect(await page.getByRole("button", { name: "删除测验" }).count()).toBe(0);
    await page.goto("/quizzes/new");
    await page.getByLabel("测验名称").fill("待删除的测验");
    await page.getByRole("button", { name: "创建测验" }).click();
    await page.getByRole("heading", { name: "待删除的测验" }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "删除测验" }).click();
    await page.waitForURL((url) => url.pathname === "/quizzes");
    await page.getByRole("status").filter({ hasText: "已删除测验“待删除的测验”" }).waitFor();
    expect(await page.getByRole("list", { name: "测验列表" }).getByText("待删除的测验").count()).toBe(0);
  });
});
