import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { chromiumPath, launchBrowser, newPhonePage, PHONE } from "./browser";
import { answerPracticeQuestion, goToNextQuestion } from "./support/practice-answers";
import { answerUntil, registerLearner } from "./support/practice-start";

// A learner of this file only, so no other browser test adds to or clears their 错题本.
const LEARNER = { name: "孙错题", email: "mistake-book-learner@example.com", password: "a-good-password" };

async function expectNoSideways(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** The count a group heading shows ("3 题"). */
async function shownCount(group: Locator): Promise<number> {
  const text = (await group.getByTestId("group-count").first().textContent()) ?? "";
  return Number(/(\d+) 题/.exec(text)?.[1]);
}

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("the grouped 错题本 on a phone", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await registerLearner(page, LEARNER);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Goes through the redo run on screen: the target gets its key, anything else whatever answerPracticeQuestion gives. */
  async function redoRun(target: { stem: string; key: string[] }): Promise<void> {
    await page.waitForURL((url) => /^\/practice\/[^/]+$/.test(url.pathname));
    let metTarget = false;
    for (let index = 0; index < 30; index += 1) {
      await page.getByTestId("question-stem").waitFor();
      if ((await page.getByTestId("question-stem").textContent())?.trim() === target.stem) {
        metTarget = true;
        for (const [blank, text] of target.key.entries()) await page.getByLabel(`第 ${blank + 1} 空`).fill(text);
        await page.getByRole("button", { name: "提交答案" }).click();
        await page.getByTestId("feedback").waitFor();
        expect(await page.getByTestId("verdict").textContent()).toContain("回答正确");
      } else {
        await answerPracticeQuestion(page);
        await page.getByTestId("feedback").waitFor();
      }
      if (!(await goToNextQuestion(page))) break;
    }
    expect(metTarget).toBe(true);
  }

  test("the learner sets N = 2, sees the book grouped with counts, redoes a knowledge point twice and the question leaves", async () => {
    // N is the learner's own setting; a forged value is refused in Chinese.
    await page.goto("/me/settings");
    const streak = page.getByLabel("错题移出所需连对次数");
    expect(await streak.inputValue()).toBe("3");
    await streak.fill("11");
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByText("错题移出所需连对次数应在 1–10 之间").first().waitFor();
    await streak.fill("2");
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByRole("status").filter({ hasText: "学习设置已保存" }).waitFor();

    // Practise modules in turn until a blank has gone wrong; the feedback shows its key.
    const found: { target?: { stem: string; key: string[] } } = {};
    await answerUntil(page, async (answered) => {
      if (answered.kind !== "fill") return false;
      const key = (await page.getByTestId("feedback").getByText("正确答案：").locator("..").textContent())!.replace("正确答案：", "");
      found.target = { stem: answered.stem.trim(), key: key.split("；") };
      return true;
    });
    const { target } = found;
    expect(target).toBeDefined();

    // The book: modules, and knowledge points within them, each with its count.
    await page.goto("/mistakes");
    const modules = page.getByTestId("module-group");
    await modules.first().waitFor();
    let total = 0;
    for (const module of await modules.all()) {
      const points = module.getByTestId("point-group");
      let inPoints = 0;
      for (const point of await points.all()) {
        const count = await shownCount(point);
        expect(count).toBe(await point.getByTestId("group-item").count());
        inPoints += count;
      }
      expect(await shownCount(module)).toBe(inPoints);
      total += inPoints;
    }
    expect(await page.getByRole("button", { name: `练习全部错题（${total}）` }).count()).toBe(1);
    const item = () => page.getByTestId("group-item").filter({ hasText: target!.stem });
    expect(await item().getByTestId("mistake-meta").textContent()).toContain("连对 0/2");
    await expectNoSideways(page);

    // Redo the knowledge point's group: one right answer, still in the book at 1/2.
    const group = () => page.getByTestId("point-group").filter({ has: item() });
    await group().getByRole("button", { name: /^重练本知识点/ }).click();
    await redoRun(target!);
    await page.goto("/mistakes");
    await item().getByTestId("mistake-meta").filter({ hasText: "连对 1/2" }).waitFor();

    // Again: the second right answer in a row takes it out.
    await group().getByRole("button", { name: /^重练本知识点/ }).click();
    await redoRun(target!);
    await page.goto("/mistakes");
    await page.getByRole("heading", { name: "错题本" }).waitFor();
    await page.getByTestId("module-group").first().or(page.getByText("错题本是空的")).first().waitFor();
    expect(await item().count()).toBe(0);
    await expectNoSideways(page);
  });
});
