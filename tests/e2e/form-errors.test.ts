import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { CLASS_NAME_MAX_LENGTH } from "@/lib/validation/class";
import { SHORT_ANSWER_MAX_LENGTH } from "@/lib/validation/practice-answer";
import { QUIZ_DESCRIPTION_MAX_LENGTH } from "@/lib/validation/quiz";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";
import { findUnansweredQuestion, isUnansweredShortAnswer, signInRole } from "./support/practice-start";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

/**
 * Lifts the browser's own length limit, as a pasted text through a proxy or an old browser
 * would, so that the server's refusal is what the test sees.
 */
async function liftLimit(field: Locator): Promise<void> {
  await field.evaluate((element) => element.removeAttribute("maxlength"));
}

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("forms keep what was typed on a refusal and state their length limits", () => {
  let browser: Browser;
  let staff: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await newPhonePage(browser);
    await signInHome(staff, instructor);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("creating a class: the limit is stated and enforced; an over-long name is refused with that limit and stays in the field", async () => {
    await staff.goto("/classes");
    const field = staff.getByLabel("新班级名称");
    expect(await field.getAttribute("maxlength")).toBe(String(CLASS_NAME_MAX_LENGTH));
    expect(await staff.getByText(`最多 ${CLASS_NAME_MAX_LENGTH} 字`).count()).toBe(1);

    const name = "表单测试支部".padEnd(CLASS_NAME_MAX_LENGTH + 1, "长");
    await liftLimit(field);
    await field.fill(name);
    await staff.getByRole("button", { name: "创建班级" }).click();
    await staff.getByRole("alert").filter({ hasText: `班级名称不能超过 ${CLASS_NAME_MAX_LENGTH} 个字` }).waitFor();
    await staff.getByRole("button", { name: "创建班级" }).and(staff.locator(":enabled")).waitFor();
    expect(await field.inputValue()).toBe(name);
    expect(new URL(staff.url()).pathname).toBe("/classes");
  });

  test("creating a quiz: an over-long description is refused with its limit, counted live, and title and description stay", async () => {
    await staff.goto("/quizzes/new");
    const title = staff.getByLabel("测验名称");
    const description = staff.getByLabel("说明（选填）");
    expect(await description.getAttribute("maxlength")).toBe(String(QUIZ_DESCRIPTION_MAX_LENGTH));
    await staff.getByText(`最多 ${QUIZ_DESCRIPTION_MAX_LENGTH} 字`, { exact: true }).waitFor();

    await title.fill("保留输入的测验");
    await liftLimit(description);
    const text = "说".repeat(QUIZ_DESCRIPTION_MAX_LENGTH + 1);
    await description.fill(text);
    await staff.getByText(`已写 ${QUIZ_DESCRIPTION_MAX_LENGTH + 1} 字，最多 ${QUIZ_DESCRIPTION_MAX_LENGTH} 字`).waitFor();
    await staff.getByRole("button", { name: "创建测验" }).click();
    await staff.getByText(`说明不能超过 ${QUIZ_DESCRIPTION_MAX_LENGTH} 个字`).first().waitFor();
    await staff.getByRole("button", { name: "创建测验" }).and(staff.locator(":enabled")).waitFor();
    expect(await title.inputValue()).toBe("保留输入的测验");
    expect(await description.inputValue()).toBe(text);
    expect(new URL(staff.url()).pathname).toBe("/quizzes/new");
  });

  test("changing a password: a refused change keeps all three fields as typed", async () => {
    const page = await newPhonePage(browser);
    await signInHome(page, learner);
    await page.goto("/change-password");
    const fields: Array<[Locator, string]> = [
      [page.getByLabel("当前密码"), learner.password],
      [page.getByLabel("新密码", { exact: true }), "Xuexi-Qiangguo-2026!"],
      [page.getByLabel("确认新密码"), "Xuexi-Qiangguo-2027!"],
    ];
    for (const [field, value] of fields) await field.fill(value);
    await page.getByRole("button", { name: "保存新密码" }).click();
    await page.getByRole("alert").filter({ hasText: "两次输入的密码不一致" }).waitFor();
    await page.getByRole("button", { name: "保存新密码" }).and(page.locator(":enabled")).waitFor();
    for (const [field, value] of fields) expect(await field.inputValue()).toBe(value);
    await page.context().close();
  });

  test("a 简答 answer: the limit is stated and counted; an over-long answer is refused with that limit, kept, and not recorded", async () => {
    const page = await newPhonePage(browser);
    await signInRole(page, "LEARNER");
    // 顺序练习 resumes the learner's open attempts, whose 简答 other tests may have answered.
    const questionAddress = await findUnansweredQuestion(page, isUnansweredShortAnswer);
    expect(questionAddress).not.toBeNull();
    const answer = page.locator("#short-answer");

    expect(await answer.getAttribute("maxlength")).toBe(String(SHORT_ANSWER_MAX_LENGTH));
    await page.getByText(`最多 ${SHORT_ANSWER_MAX_LENGTH} 字`, { exact: true }).waitFor();
    await answer.fill("群众路线");
    await page.getByText(`已写 4 字，最多 ${SHORT_ANSWER_MAX_LENGTH} 字`).waitFor();

    await liftLimit(answer);
    const text = "答".repeat(SHORT_ANSWER_MAX_LENGTH + 1);
    await answer.fill(text);
    await page.getByRole("button", { name: "查看参考答案" }).click();
    await page.getByRole("alert").filter({ hasText: `简答作答最多 ${SHORT_ANSWER_MAX_LENGTH} 字` }).waitFor();
    expect(await answer.inputValue()).toBe(text);
    expect(await page.getByTestId("feedback").count()).toBe(0);

    // Sent past the page's check, the server gives the same message and records nothing.
    const reply = await page.evaluate(async ({ path, length }) => {
      const response = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ attemptId: location.pathname.split("/").at(-1), questionId: "any", response: "答".repeat(length), durationMs: 1 }),
      });
      return { status: response.status, body: await response.json() };
    }, { path: PRACTICE_ANSWER_PATH, length: SHORT_ANSWER_MAX_LENGTH + 1 });
    expect(reply).toEqual({ status: 400, body: { ok: false, reason: "ANSWER_TOO_LONG", message: `简答作答最多 ${SHORT_ANSWER_MAX_LENGTH} 字` } });
    await page.goto(questionAddress!);
    await page.getByRole("button", { name: "查看参考答案" }).waitFor();
    expect(await page.getByTestId("feedback").count()).toBe(0);
    await page.context().close();
  });
});
