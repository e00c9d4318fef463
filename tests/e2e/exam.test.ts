import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_CLASS } from "@/lib/server/seed/demo-accounts";
import { baseURL, chromiumPath, examAnswerSaved, launchBrowser, newDesktopPage, newPhonePage, signInHome } from "./browser";

const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;
const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const QUIZ_TITLE = "浏览器考试测验";

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("taking an assigned quiz in the browser", () => {
  let browser: Browser;
  let assignmentPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the instructor composes a four-question quiz and assigns it to the demo class", async () => {
    const page = await newPhonePage(browser);
    await signInHome(page, instructor);
    await page.goto("/quizzes/new");
    await page.getByLabel("测验名称").fill(QUIZ_TITLE);
    await page.getByLabel("按规则抽题", { exact: true }).check();
    await page.getByLabel("时间限制（分钟，留空不限时）").fill("20");
    await page.getByRole("button", { name: "创建测验" }).click();
    await page.getByRole("heading", { name: QUIZ_TITLE }).waitFor();
    const quizPath = new URL(page.url()).pathname;
    await page.locator("#rule_0_type").selectOption("SINGLE_CHOICE");
    await page.locator("#rule_0_count").fill("4");
    await page.getByRole("button", { name: "保存抽题规则" }).click();
    await page.getByText("抽题规则已保存：1 条规则，共 4 题").waitFor();
    await page.goto(`${quizPath}/assign`);
    await page.getByLabel(DEMO_CLASS.name).check();
    await page.getByRole("button", { name: "布置测验" }).click();
    await page.waitForURL(/\/quizzes\/assignments\/[^/]+$/);
    assignmentPath = new URL(page.url()).pathname;
    await page.context().close();
  });

  test("the learner takes it on a phone: answers by tap and by keyboard, refreshes and resumes, submits and sees the score", async () => {
    const page = await newPhonePage(browser);
    await signInHome(page, learner);
    await page.goto("/assignments");
    await page.getByRole("list", { name: "测验任务列表" }).getByRole("link", { name: QUIZ_TITLE }).click();
    await page.getByRole("button", { name: "开始作答" }).click();
    await page.waitForURL((url) => /^\/exam\/[^/]+$/.test(url.pathname));
    const examPath = new URL(page.url()).pathname;
    await page.getByRole("timer").waitFor();
    expect(await page.getByRole("timer").textContent()).toMatch(/剩余 (20:00|19:\d\d)/);

    // Nothing of the answers is in the page or its payload before the paper is handed in.
    const html = await (await page.request.get(`${baseURL}${examPath}`)).text();
    expect(html).not.toMatch(/\\?"answer\\?"/);
    expect(html).not.toContain("explanation");
    expect(html).not.toContain("出自《");

    expect(await page.getByTestId("exam-position").textContent()).toContain("第 1 / 4 题");
    const stems = new Set<string>();
    stems.add((await page.getByTestId("question-stem").textContent())!);
    let saved = examAnswerSaved(page);
    await page.getByRole("radiogroup", { name: "选项" }).getByRole("radio").first().click();
    await saved;
    await page.getByRole("button", { name: "下一题 →" }).click();
    await page.getByTestId("exam-position").filter({ hasText: "第 2 / 4 题" }).waitFor();
    stems.add((await page.getByTestId("question-stem").textContent())!);

    // Keyboard only: 2 chooses the second option, → moves on.
    saved = examAnswerSaved(page);
    await page.keyboard.press("2");
    await saved;
    expect(await page.getByRole("radio", { checked: true }).count()).toBe(1);
    await page.keyboard.press("ArrowRight");
    await page.getByTestId("exam-position").filter({ hasText: "第 3 / 4 题" }).waitFor();

    // A refresh resumes at the same question with the answers saved so far.
    await page.reload();
    await page.getByTestId("exam-position").filter({ hasText: "第 3 / 4 题" }).waitFor();
    stems.add((await page.getByTestId("question-stem").textContent())!);
    expect(await page.getByRole("button", { name: "第 1 题（已答）" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "第 2 题（已答）" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "第 3 题（未答）" }).count()).toBe(1);
    await page.keyboard.press("ArrowLeft");
    await page.getByTestId("exam-position").filter({ hasText: "第 2 / 4 题" }).waitFor();
    expect(await page.getByRole("radiogroup", { name: "选项" }).getByRole("radio").nth(1).getAttribute("aria-checked")).toBe("true");

    for (const position of [3, 4]) {
      await page.keyboard.press("ArrowRight");
      await page.getByTestId("exam-position").filter({ hasText: `第 ${position} / 4 题` }).waitFor();
      stems.add((await page.getByTestId("question-stem").textContent())!);
      saved = examAnswerSaved(page);
      await page.keyboard.press("A");
      await saved;
    }

    await page.getByRole("button", { name: "交卷", exact: true }).click();
    await page.getByRole("button", { name: "确定交卷" }).click();
    await page.getByTestId("exam-score").filter({ hasText: "得分" }).waitFor();
    expect(await page.getByTestId("exam-score").textContent()).toMatch(/得分 \d+\/\d+ 题 · [\d.]+ 分/);
    expect(await page.getByRole("list", { name: "答题详情" }).getByRole("listitem").count()).toBe(4);
    // Each answer is shown under its question.
    expect(stems.size).toBe(4);
    for (const stem of stems) expect(await page.getByRole("list", { name: "答题详情" }).textContent()).toContain(stem);

    // Submitted once: the paper no longer takes answers, and the assignment shows the attempt used.
    await page.goto(examPath);
    expect(await page.getByRole("button", { name: "交卷", exact: true }).count()).toBe(0);
    await page.getByRole("link", { name: "返回测验" }).click();
    expect(await page.getByRole("list", { name: "作答记录" }).textContent()).toContain("第 1 次 · 已交卷");
    expect(await page.getByRole("button", { name: /作答/ }).count()).toBe(0);
    await page.context().close();
  });

  test("the instructor opens the results, the item analysis, a learner's answers and the export", async () => {
    const page = await newDesktopPage(browser);
    await signInHome(page, instructor);
    await page.goto(`${assignmentPath}/results`);
    expect(await page.getByTestId("completion").textContent()).toContain("已提交1");
    await page.getByTestId("score-histogram").waitFor();
    expect(await page.getByTestId("item-analysis-row").count()).toBe(4);
    expect(await page.getByRole("table", { name: "学员成绩" }).textContent()).toContain(learner.name);
    await page.getByRole("link", { name: `查看 ${learner.name} 的作答` }).click();
    await page.getByRole("heading", { name: `${learner.name} 的作答` }).waitFor();
    expect(await page.getByText(/^第 1 次 · 已交卷/).count()).toBe(1);
    const csv = await (await page.request.get(`${baseURL}${assignmentPath}/results/export?format=csv`)).text();
    expect(csv).toContain("姓名,邮箱,班级,状态");
    expect(csv).toContain(`${learner.name},${learner.email}`);
    const xlsx = await page.request.get(`${baseURL}${assignmentPath}/results/export?format=xlsx`);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    await page.context().close();
  });
});
