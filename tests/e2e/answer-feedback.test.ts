import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { chromiumPath, launchBrowser, newPhonePage, PHONE } from "./browser";
import { answerUntil, registerLearner } from "./support/practice-start";

const LEARNER = { name: "钱反馈", email: "feedback-learner@example.com", password: "a-good-password" };

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("answer feedback in practice, on a phone", () => {
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

  /** The options of the choice or 判断 question on screen. */
  const choices = (): Locator => page.getByRole("radiogroup").or(page.getByRole("group", { name: "选项" })).first();

  test("a wrong choice is marked wrong and the key marked right, by icon and words as well as colour, with the 解析 and 出处 right below", async () => {
    // Answer (the first option, or 正确) until a choice or 判断 has gone wrong.
    const wrongChoice = await answerUntil(page, async (answered) => {
      if (answered.kind !== "choice") return false;
      const mark = await choices().locator("[aria-checked=true]").first().getAttribute("data-mark");
      const verdict = (await page.getByTestId("verdict").textContent()) ?? "";
      if (mark === "你的选择，正确") {
        // A 多选 answered with one of its keys only is 回答错误 (no partial credit), though the option chosen is right.
        const multiple = (await choices().locator("[role=checkbox]").count()) > 0;
        expect(verdict).toMatch(multiple ? /✓ 回答正确|◐ 部分正确|✗ 回答错误/ : /✓ 回答正确|◐ 部分正确/);
        return false;
      }
      expect(mark).toBe("你的选择，错误");
      expect(verdict).toMatch(/✗ 回答错误|◐ 部分正确/);
      return true;
    });
    expect(wrongChoice).toBe(true);

    // The words are in the accessible names, so a screen reader says which is which.
    const group = choices();
    const wrong = group.locator("[role=radio],[role=checkbox]").filter({ hasText: "你的选择，错误" });
    expect(await wrong.count()).toBeGreaterThan(0);
    expect(await wrong.first().getAttribute("aria-checked")).toBe("true");
    const key = group.locator("[data-mark='正确答案'],[data-mark='你的选择，正确']");
    expect(await key.count()).toBeGreaterThan(0);
    expect(await key.first().textContent()).toContain("正确");

    // The feedback is announced and names the key; it sits right under the options.
    const feedback = page.getByRole("region", { name: "答题反馈" });
    expect(await feedback.getAttribute("aria-live")).toBe("polite");
    expect(await feedback.textContent()).toContain("正确答案：");
    const optionsBox = (await group.boundingBox())!;
    const feedbackBox = (await feedback.boundingBox())!;
    expect(feedbackBox.y).toBeGreaterThanOrEqual(optionsBox.y + optionsBox.height);
    expect(feedbackBox.y - (optionsBox.y + optionsBox.height)).toBeLessThan(48);
    const explanation = feedback.getByText("解析：");
    if ((await explanation.count()) > 0) expect(await explanation.isVisible()).toBe(true);

    // Nothing spills sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // After a refresh the learner's own choice is still shown beside the key.
    await page.reload();
    await page.getByTestId("feedback").waitFor();
    expect(await choices().locator("[data-mark='你的选择，错误']").count()).toBeGreaterThan(0);
  });
});
