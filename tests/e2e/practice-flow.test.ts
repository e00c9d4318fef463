import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { PRACTICE_MODE_ORDER, PRACTICE_MODES } from "@/lib/format/practice-modes";
import { chromiumPath, launchBrowser, newPhonePage } from "./browser";
import { answerPracticeQuestion, goToNextQuestion } from "./support/practice-answers";
import { openPractice, questionPosition as position, registerLearner } from "./support/practice-start";

const LEARNER = { name: "孙练习", email: "flow-learner@example.com", password: "a-flow-password" };

async function expectNoSideways(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
}

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("the practice flow on a phone", () => {
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

  test("six named modes; a mode tapped twice is one attempt; 继续 resumes at the first unanswered; the results screen and 重做错题", { timeout: 300_000 }, async () => {
    await page.goto("/practice");
    const modes = page.getByRole("list", { name: "练习方式" });
    for (const mode of PRACTICE_MODE_ORDER) {
      const card = modes.getByTestId(`mode-${mode}`);
      await card.getByRole("heading", { name: PRACTICE_MODES[mode].name }).waitFor();
      expect(await card.textContent()).toContain(PRACTICE_MODES[mode].line);
    }
    await expectNoSideways(page);

    // 顺序练习 of a module, tapped twice: the same attempt, not a second one.
    const moduleAttempt = await openPractice(page, "顺序练习");
    expect(await openPractice(page, "顺序练习")).toBe(moduleAttempt);

    // 未做优先: answer three questions, then leave.
    const attemptPath = await openPractice(page, "未做优先");
    for (let index = 0; index < 3; index += 1) {
      expect((await position(page)).index).toBe(index + 1);
      await answerPracticeQuestion(page);
      await page.getByTestId("feedback").waitFor();
      expect(await goToNextQuestion(page)).toBe(true);
    }
    const fourth = (await page.getByTestId("question-stem").textContent()) ?? "";
    await page.getByRole("link", { name: "稍后继续" }).click();
    await page.waitForURL((url) => url.pathname === "/practice");

    // The mode shows its open attempt; 继续 opens question 4, unanswered.
    const unseen = modes.getByTestId("mode-UNSEEN");
    expect(await unseen.getByTestId("open-UNSEEN").textContent()).toMatch(/已答 3 \/ \d+ 题/);
    expect(await unseen.getByRole("button", { name: "开始未做优先" }).count()).toBe(0);
    await unseen.getByRole("link", { name: "继续未做优先" }).click();
    await page.waitForURL((url) => url.pathname === attemptPath && url.searchParams.get("q") === "3");
    const { index, total } = await position(page);
    expect(index).toBe(4);
    expect(await page.getByTestId("question-stem").textContent()).toBe(fourth);
    expect(await page.getByTestId("feedback").count()).toBe(0);
    expect(await page.getByTestId("practice-counts").textContent()).toContain("已答 3");

    // Finish the set.
    for (let step = index; step <= total; step += 1) {
      await answerPracticeQuestion(page);
      await page.getByTestId("feedback").waitFor();
      if (!(await goToNextQuestion(page))) break;
    }
    await page.waitForURL((url) => url.pathname === attemptPath && url.searchParams.get("done") === "1");

    // The results: score, time, points and the streak earned today, and the knowledge points
    // whose figures add up to the score.
    const result = page.getByTestId("practice-result");
    await result.waitFor();
    const [, right, graded] = /答对 (\d+) \/ (\d+) 题/.exec((await page.getByTestId("results-score").textContent()) ?? "")!.map(Number);
    const figures = (await page.getByTestId("results-figures").textContent()) ?? "";
    expect(figures).toMatch(/用时\d+ (秒|分)/);
    expect(figures).toMatch(/获得积分\+[1-9]\d*/);
    expect(figures).toContain("连续学习1 天");
    await page.getByTestId("streak-earned").waitFor();
    const rows = page.getByTestId("kp-figure");
    expect(await rows.count()).toBeGreaterThan(0);
    let rowsRight = 0;
    let rowsGraded = 0;
    for (const figure of await rows.allTextContents()) {
      const [, rowRight, rowGraded] = /(\d+)\/(\d+) 对/.exec(figure)!.map(Number);
      rowsRight += rowRight!;
      rowsGraded += rowGraded!;
    }
    expect([rowsRight, rowsGraded]).toEqual([right, graded]);
    await expectNoSideways(page);

    // 重做错题: a new set of exactly the wrong ones, from its first question.
    const wrong = graded! - right!;
    expect(wrong).toBeGreaterThan(0);
    await page.getByRole("button", { name: `重做错题（${wrong}）` }).click();
    await page.waitForURL((url) => /^\/practice\/[^/]+$/.test(url.pathname) && url.pathname !== attemptPath);
    expect(await position(page)).toEqual({ index: 1, total: wrong });
    expect(await page.getByTestId("feedback").count()).toBe(0);
    await page.goto("/practice");
    expect(await modes.getByTestId("open-MISTAKES").textContent()).toContain(`已答 0 / ${wrong} 题`);
    // The finished set is no longer open.
    expect(await modes.getByTestId("open-UNSEEN").count()).toBe(0);
  });

  test("挑战答题 shows the run, not a count out of 100", async () => {
    await openPractice(page, "挑战答题");
    await page.getByText(/^挑战第 1 题/).waitFor();
    expect(await page.getByText(/^第 \d+ \/ \d+ 题/).count()).toBe(0);
    expect(await page.getByTestId("practice-counts").textContent()).toBe("已连续答对 0 题");
  });
});
