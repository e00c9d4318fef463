import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("managing the question bank in the browser", () => {
  let browser: Browser;
  let page: Page;
  let firstQuestionPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await signInHome(page, instructor);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const rows = () => page.getByTestId("bank-list").getByRole("link");
  const total = async () => Number(/共 (\d+) 道/.exec((await page.getByTestId("bank-total").textContent()) ?? "")?.[1]);

  test("an instructor filters the bank by type and searches the stems", async () => {
    await page.goto("/bank");
    await page.getByRole("link", { name: "上传学习材料" }).waitFor();
    expect(await page.getByTestId("status-counts").textContent()).toMatch(/已启用 \d+/);
    expect(await rows().count()).toBe(50);

    await page.getByText("更多筛选条件").click();
    await page.getByLabel("题型").selectOption({ label: "填空题" });
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL((url) => url.searchParams.get("type") === "FILL_BLANK");
    const types = await rows().evaluateAll((links) => links.map((link) => link.textContent ?? ""));
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((text) => text.includes("填空题"))).toBe(true);
    const fillBlanks = await total();

    await page.getByLabel("搜索题干").fill("群众");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "群众" && url.searchParams.get("type") === "FILL_BLANK");
    const found = await rows().evaluateAll((links) => links.map((link) => link.textContent ?? ""));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((text) => text.includes("填空题"))).toBe(true);
    // Rows show the stem's first 60 characters; the match may lie beyond them.
    expect(found.some((text) => text.includes("群众"))).toBe(true);
    expect(await total()).toBeLessThan(fillBlanks);
  });

  test("opening a question shows it as a learner sees it, its answer, its source and its history; editing its stem is recorded", async () => {
    await rows().first().click();
    await page.waitForURL((url) => /^\/bank\/q_[0-9a-f]+$/.test(url.pathname));
    firstQuestionPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: "学员看到的题目" }).waitFor();
    expect(await page.getByTestId("preview-stem").textContent()).toContain("群众");
    expect(await page.getByTestId("answer").textContent()).toContain("第 1 空");
    expect(await page.getByTestId("source-passage").locator("mark").count()).toBe(1);
    expect(await page.getByText("还没有学员作答这道题。").count()).toBe(1);

    await page.getByRole("link", { name: "编辑" }).click();
    await page.waitForURL((url) => url.pathname === `${firstQuestionPath}/edit`);
    const stem = page.getByLabel("题干");
    const edited = `${await stem.inputValue()}（教员修订）`;
    await stem.fill(edited);
    await page.getByRole("button", { name: "保存修改" }).click();
    await page.waitForURL((url) => url.pathname === firstQuestionPath);
    await page.getByText("修改已保存。").waitFor();
    expect(await page.getByTestId("preview-stem").textContent()).toBe(edited);
    const history = (await page.getByTestId("question-history").textContent()) ?? "";
    expect(history).toContain("编辑");
    expect(history).toContain(instructor.name);
    expect(history).toContain("（教员修订）");
  });

  test("a refused edit keeps what was typed and says why in Chinese", async () => {
    await page.goto(`${firstQuestionPath}/edit`);
    await page.getByLabel("难度（0 最易 – 1 最难）").fill("1.5");
    await page.getByRole("button", { name: "保存修改" }).click();
    await page.getByRole("alert").filter({ hasText: "难度不能大于 1" }).waitFor();
    expect(await page.getByLabel("难度（0 最易 – 1 最难）").inputValue()).toBe("1.5");
  });

  test("an instructor retires another question", async () => {
    await page.goto("/bank?status=ACTIVE&type=SINGLE_CHOICE");
    await rows().nth(1).click();
    await page.waitForURL((url) => /^\/bank\/q_[0-9a-f]+$/.test(url.pathname));
    await page.getByRole("button", { name: "停用" }).click();
    await page.getByText("已停用，学员不会再抽到这道题。").waitFor();
    await page.getByRole("button", { name: "恢复启用" }).waitFor();
    expect(await page.getByTestId("question-history").textContent()).toContain("停用");
  });

  test("bulk approval asks for confirmation with the number of questions", async () => {
    await page.goto("/bank?status=RETIRED");
    await page.getByRole("link", { name: "批量审核通过…" }).click();
    await page.getByText("当前筛选条件下没有待审核的题目。").waitFor();
    await page.getByRole("link", { name: "取消" }).click();
    await page.goto("/bank?type=SINGLE_CHOICE&status=ACTIVE&confirm=retire");
    expect(await page.getByTestId("bulk-count").textContent()).toMatch(/将停用当前筛选条件下未停用的 \d+ 道题目/);
  });

  test("a search by words: 群众 路线 typed apart finds what 群众路线 finds, and an over-long search is cut with a notice", async () => {
    const search = async (q: string) => {
      await page.goto("/bank");
      await page.getByLabel("搜索题干").fill(q);
      await page.getByRole("button", { name: "筛选" }).click();
      await page.waitForURL((url) => url.searchParams.get("q") === q);
      return total();
    };
    const spaced = await search("群众 路线");
    expect(spaced).toBeGreaterThan(0);
    expect(await search("群众路线")).toBe(spaced);
    // The box takes 100 characters; a longer address (a pasted link) is cut, and the page says so.
    await page.goto(`/bank?q=${encodeURIComponent(`群众 路线${"的".repeat(200)}`)}`);
    await page.getByText("搜索词过长，只按前 100 个字检索。").waitFor();
    expect(await total()).toBeLessThanOrEqual(spaced);
  });

  test("an instructor writes a true/false question by hand, and the same question again is refused", async () => {
    for (const attempt of ["first", "again"]) {
      await page.goto("/bank/new");
      await page.getByLabel("题型").selectOption({ label: "判断题" });
      await page.getByLabel("所属单元").selectOption({ index: 1 });
      await page.getByLabel("题干").fill("密切联系群众是党的优良作风。（浏览器测试）");
      await page.getByRole("radio", { name: "正确" }).check();
      await page.getByLabel("解析（可不填）").fill("手工编写的题目。");
      await page.getByRole("button", { name: "保存题目" }).click();
      if (attempt === "first") {
        await page.waitForURL((url) => /^\/bank\/q_[0-9a-f]+$/.test(url.pathname));
        await page.getByText("题目已保存并启用。").waitFor();
        expect(await page.getByTestId("answer").textContent()).toBe("正确");
      } else {
        await page.getByRole("alert").filter({ hasText: "题库中已有相同的题目" }).waitFor();
      }
    }
  });

  test("a learner gets 403 on every bank page", async () => {
    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    for (const path of ["/bank", "/bank/new", firstQuestionPath, `${firstQuestionPath}/edit`, "/bank?confirm=retire"]) {
      expect((await reader.goto(path))?.status(), path).toBe(403);
    }
    await reader.context().close();
  });
});
