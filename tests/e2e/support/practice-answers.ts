import { expect } from "vitest";
import type { Page } from "playwright-core";

export type AnsweredKind = "fill" | "short" | "choice";

/**
 * Answers whatever practice question is on screen: a surely wrong blank, a short answer
 * revealed and self-rated (the rating recorded) with the `shortRating`-th button (0 Again … 3 Easy, each showing the
 * interval it would schedule), 正确 for a 判断题, or the first option of a choice question.
 */
export async function answerPracticeQuestion(page: Page, shortRating = 2): Promise<{ kind: AnsweredKind; stem: string }> {
  const stem = (await page.getByTestId("question-stem").textContent()) ?? "";
  if ((await page.getByLabel("第 1 空").count()) > 0) {
    await page.getByLabel("第 1 空").fill("一个不对的答案");
    await page.getByRole("button", { name: "提交答案" }).click();
    return { kind: "fill", stem };
  }
  if ((await page.getByRole("button", { name: "查看参考答案" }).count()) > 0) {
    await page.getByRole("button", { name: "查看参考答案" }).click();
    const ratings = page.getByRole("group", { name: "自评" }).getByRole("button");
    await ratings.first().waitFor();
    expect(await ratings.count()).toBe(4);
    for (let index = 0; index < 4; index += 1) expect(await ratings.nth(index).textContent()).toMatch(/(分钟|小时|天|个月|年)后复习/);
    await ratings.nth(shortRating).click();
    // The rating is recorded once the buttons give way to the link onwards.
    await page.getByRole("group", { name: "自评" }).waitFor({ state: "detached" });
    return { kind: "short", stem };
  }
  if ((await page.getByRole("radio", { name: "正确" }).count()) > 0) await page.getByRole("radio", { name: "正确" }).click();
  else {
    // Options are radios (单选题) or checkboxes (多选题) inside the group named 选项.
    const options = page.getByRole("radiogroup", { name: "选项" }).or(page.getByRole("group", { name: "选项" }));
    await options.getByRole("radio").or(options.getByRole("checkbox")).first().click();
  }
  await page.getByRole("button", { name: "提交答案" }).click();
  return { kind: "choice", stem };
}

/**
 * Moves from an answered question to the next; false when that was the last (the summary shows).
 * The link names where it goes: a resumed attempt (继续) shows a question without `?q=` in the URL.
 */
export async function goToNextQuestion(page: Page): Promise<boolean> {
  const next = page.getByRole("link", { name: /下一题|查看本次练习结果|挑战结束/ });
  const target = new URL((await next.getAttribute("href"))!, page.url());
  await next.click();
  await page.waitForURL((url) => url.pathname === target.pathname && url.search === target.search);
  return !page.url().includes("done=1");
}
