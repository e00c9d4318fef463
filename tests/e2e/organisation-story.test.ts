import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { baseURL, chromiumPath, examAnswerSaved, launchBrowser, newDesktopPage, newPhonePage, signIn, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;
const CLASS_NAME = "第三党支部（浏览器）";
const QUIZ_TITLE = "支部学习测验（浏览器）";
const ROSTER = [
  { name: "周学一", email: "zhou1@story.test", password: "zhou1-own-password" },
  { name: "周学二", email: "zhou2@story.test", password: "zhou2-own-password" },
];

// One story across the roles, in the order an organisation lives it: the instructor's roster,
// a rule-based quiz drawn per learner, the learners' papers, the instructor's marking and
// analysis, the administrator's overview. Each step needs the one before it.
// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("from roster to organisation report in the browser", () => {
  let browser: Browser;
  let staff: Page;
  let assignmentPath: string;
  const oneTimePasswords: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await newDesktopPage(browser);
    await signInHome(staff, instructor);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the instructor creates a class and imports its roster; the one-time passwords are shown once", async () => {
    await staff.goto("/classes");
    await staff.getByLabel("新班级名称").fill(CLASS_NAME);
    await staff.getByRole("button", { name: "创建班级" }).click();
    await staff.getByRole("heading", { name: CLASS_NAME }).waitFor();
    const csv = ["姓名,邮箱", ...ROSTER.map((learner) => `${learner.name},${learner.email}`)].join("\n");
    await staff.getByLabel("名单文件").setInputFiles({ name: "名单.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await staff.getByRole("button", { name: "导入名单" }).click();
    await staff.getByText("导入完成：新建账号 2 个").waitFor();
    oneTimePasswords.push(...(await staff.getByTestId("one-time-password").allTextContents()).map((text) => text.trim()));
    expect(oneTimePasswords).toHaveLength(2);
    await staff.getByRole("heading", { name: "学员（2）" }).waitFor();
  });

  test("the instructor composes a rule-based quiz drawn per learner, with a short answer, and assigns it to the class", async () => {
    await staff.goto("/quizzes/new");
    await staff.getByLabel("测验名称").fill(QUIZ_TITLE);
    await staff.getByLabel("按规则抽题", { exact: true }).check();
    await staff.getByLabel(/每位学员单独抽题/).check();
    await staff.getByLabel("时间限制（分钟，留空不限时）").fill("30");
    await staff.getByRole("button", { name: "创建测验" }).click();
    await staff.getByRole("heading", { name: QUIZ_TITLE }).waitFor();
    const quizPath = new URL(staff.url()).pathname;
    await staff.locator("#rule_0_type").selectOption("SINGLE_CHOICE");
    await staff.locator("#rule_0_count").fill("3");
    await staff.locator("#rule_1_type").selectOption("SHORT_ANSWER");
    await staff.locator("#rule_1_count").fill("1");
    await staff.locator("#rule_1_points").fill("4");
    await staff.getByRole("button", { name: "保存抽题规则" }).click();
    await staff.getByText("抽题规则已保存：2 条规则，共 4 题").waitFor();

    await staff.goto(`${quizPath}/assign`);
    await staff.getByLabel(CLASS_NAME).check();
    await staff.getByRole("button", { name: "布置测验" }).click();
    await staff.waitForURL(/\/quizzes\/assignments\/[^/]+$/);
    assignmentPath = new URL(staff.url()).pathname;
    expect(await staff.getByTestId("assignment-classes").textContent()).toBe(CLASS_NAME);
  });

  test("each learner signs in with the one-time password, sets their own, finds the quiz at home, answers every question and hands it in", { timeout: 180_000 }, async () => {
    for (const [index, learner] of ROSTER.entries()) {
      const page = await newPhonePage(browser);
      await signIn(page, learner.email, oneTimePasswords[index]!);
      await page.waitForURL((url) => url.pathname === "/change-password");
      await page.getByLabel("当前密码").fill(oneTimePasswords[index]!);
      await page.getByLabel("新密码", { exact: true }).fill(learner.password);
      await page.getByLabel("确认新密码").fill(learner.password);
      await page.getByRole("button", { name: "保存新密码" }).click();
      await page.waitForURL((url) => url.pathname === "/");

      // The home page tells the learner about the assignment.
      await page.getByTestId("today-assignments").getByText(QUIZ_TITLE).waitFor();
      await page.goto("/assignments");
      await page.getByRole("list", { name: "测验任务列表" }).getByRole("link", { name: QUIZ_TITLE }).click();
      await page.getByRole("button", { name: "开始作答" }).click();
      await page.waitForURL((url) => /^\/exam\/[^/]+$/.test(url.pathname));

      for (let position = 1; position <= 4; position += 1) {
        await page.getByTestId("exam-position").filter({ hasText: `第 ${position} / 4 题` }).waitFor();
        const saved = examAnswerSaved(page);
        if ((await page.getByLabel(/^作答/).count()) > 0) await page.getByLabel(/^作答/).fill(`${learner.name}的回答：一切为了群众，一切依靠群众。`);
        else await page.getByRole("radiogroup", { name: "选项" }).getByRole("radio").nth(index).click();
        if (position < 4) await page.getByRole("button", { name: "下一题 →" }).click();
        else await page.getByTestId("exam-position").click(); // leaves the text box, which saves it
        await saved;
      }
      await page.getByRole("button", { name: "交卷", exact: true }).click();
      await page.getByRole("button", { name: "确定交卷" }).click();
      await page.getByTestId("exam-score").filter({ hasText: "得分" }).waitFor();
      expect(await page.getByTestId("exam-score").textContent()).toMatch(/得分 \d\/4 题 · [\d.]+ 分/);
      expect(await page.getByTestId("awaiting-marks").textContent()).toContain("另有 1 道简答题待教员评分");
      if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/exam-result-awaiting-mark.png`, fullPage: true });
      await page.context().close();
    }
  });

  test("the instructor sees both papers, marks the short answers (a bad mark refused in Chinese), and reads the item analysis and the export", async () => {
    await staff.goto(`${assignmentPath}/results`);
    expect(await staff.getByTestId("completion").textContent()).toContain("已提交2");
    expect(await staff.getByTestId("awaiting-marks").textContent()).toContain("有 2 道简答题待评分");
    await staff.getByTestId("score-histogram").waitFor();

    for (const learner of ROSTER) {
      await staff.goto(`${assignmentPath}/results`);
      await staff.getByRole("link", { name: `查看 ${learner.name} 的作答` }).click();
      await staff.getByRole("heading", { name: `${learner.name} 的作答` }).waitFor();
      expect(await staff.getByText("简答题待教员评分").count()).toBe(1);
      const mark = staff.getByLabel(/题得分（满分 4 分）/);
      await mark.fill("5");
      await staff.getByRole("button", { name: "保存评分" }).click();
      await staff.getByRole("alert").filter({ hasText: "得分应在 0–4 分之间" }).waitFor();
      await mark.fill("3");
      await staff.getByRole("button", { name: "保存评分" }).click();
      await staff.getByRole("status").filter({ hasText: "已评分：3 分" }).waitFor();
      await staff.reload();
      expect(await staff.getByText("简答题已评分").count()).toBe(1);
      expect(await staff.getByLabel(/题得分（满分 4 分）/).inputValue()).toBe("3");
      if (process.env.E2E_SCREENSHOTS) await staff.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/marking.png`, fullPage: true });
    }

    await staff.goto(`${assignmentPath}/results`);
    expect(await staff.getByTestId("awaiting-marks").count()).toBe(0);
    expect(await staff.getByTestId("item-analysis-row").count()).toBeGreaterThan(0);
    const csv = await (await staff.request.get(`${baseURL}${assignmentPath}/results/export?format=csv`)).text();
    for (const learner of ROSTER) expect(csv).toContain(`${learner.name},${learner.email},${CLASS_NAME}`);
  });

  test("the administrator finds the assignment in the overview and the class in the heatmap, drills into it and exports the heatmap", async () => {
    const page = await newDesktopPage(browser);
    await signInHome(page, admin);
    await page.goto("/admin/reports");
    await page.getByRole("heading", { name: "进行中的测验" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: QUIZ_TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain("2/2");

    const heatmap = page.getByRole("region", { name: /班级 × 单元/ });
    await heatmap.getByRole("rowheader", { name: CLASS_NAME }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "热力图 CSV" }).click()]);
    const text = fs.readFileSync((await download.path())!, "utf8");
    expect(text.split(/\r?\n/).some((line) => line.startsWith(`${CLASS_NAME},2,`))).toBe(true);

    await heatmap.getByRole("link", { name: CLASS_NAME }).click();
    await page.getByRole("heading", { name: `${CLASS_NAME} · 掌握情况` }).waitFor();
    for (const learner of ROSTER) await page.getByRole("rowheader", { name: learner.name }).first().waitFor();
    await page.context().close();
  });
});
