import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;

// React applies a <select>'s defaultValue only when it mounts and resets a form to it after every
// action, so a form saved twice without a reload could send back a stale choice. These tests save
// each form twice on the same page, then reload, and expect the choices saved the first time.
describe.skipIf(!chromiumPath)("a saved choice survives a second save of the same form", () => {
  let browser: Browser;
  let page: Page;
  let quizPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await signInHome(page, instructor);
    await page.goto("/quizzes/new");
    await page.getByLabel("测验名称").fill("两次保存的规则测验");
    await page.getByLabel("按规则抽题", { exact: true }).check();
    await page.getByRole("button", { name: "创建测验" }).click();
    await page.getByRole("heading", { name: "两次保存的规则测验" }).waitFor();
    quizPath = new URL(page.url()).pathname;
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a rule's 题型 and 单元 stay as saved when the rules are saved again without a reload", async () => {
    const firstModule = await page.locator("#rule_1_moduleId option").nth(1).getAttribute("value");
    await page.locator("#rule_0_type").selectOption("SINGLE_CHOICE");
    await page.locator("#rule_0_count").fill("2");
    await page.locator("#rule_1_moduleId").selectOption(firstModule!);
    await page.locator("#rule_1_type").selectOption("TRUE_FALSE");
    await page.locator("#rule_1_count").fill("1");
    await page.getByRole("button", { name: "保存抽题规则" }).click();
    await page.getByText("抽题规则已保存：2 条规则，共 3 题").waitFor();
    expect(await page.locator("#rule_0_type").inputValue()).toBe("SINGLE_CHOICE");
    expect(await page.locator("#rule_1_type").inputValue()).toBe("TRUE_FALSE");
    expect(await page.locator("#rule_1_moduleId").inputValue()).toBe(firstModule);

    await page.locator("#rule_0_count").fill("3");
    await page.getByRole("button", { name: "保存抽题规则" }).click();
    await page.getByText("抽题规则已保存：2 条规则，共 4 题").waitFor();
    await page.reload();
    expect(await page.locator("#rule_0_type").inputValue()).toBe("SINGLE_CHOICE");
    expect(await page.locator("#rule_1_type").inputValue()).toBe("TRUE_FALSE");
    expect(await page.locator("#rule_1_moduleId").inputValue()).toBe(firstModule);
    expect(await page.locator("#rule_0_count").inputValue()).toBe("3");
  });

  test("a changed 题型 of a saved rule is kept, not the one the page first showed", async () => {
    await page.goto(quizPath);
    await page.locator("#rule_0_type").selectOption("MULTIPLE_CHOICE");
    await page.locator("#rule_0_count").fill("2");
    await page.getByRole("button", { name: "保存抽题规则" }).click();
    await page.getByText("抽题规则已保存：2 条规则，共 3 题").waitFor();
    expect(await page.locator("#rule_0_type").inputValue()).toBe("MULTIPLE_CHOICE");
    await page.locator("#rule_0_count").fill("1");
    await page.getByRole("button", { name: "保存抽题规则" }).click();
    await page.getByText("抽题规则已保存：2 条规则，共 2 题").waitFor();
    await page.reload();
    expect(await page.locator("#rule_0_type").inputValue()).toBe("MULTIPLE_CHOICE");
  });

  test("the quiz settings' selects stay as saved when the settings are saved again", async () => {
    await page.goto(quizPath);
    await page.getByLabel("多次作答时计分").selectOption("LAST");
    await page.getByLabel("成绩与答案").selectOption("NEVER");
    await page.getByLabel("逾期处理").selectOption("ACCEPT_MARKED_LATE");
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByText("设置已保存").waitFor();
    expect(await page.getByLabel("多次作答时计分").inputValue()).toBe("LAST");

    // The same message follows the second save, so the action's answer is the signal it has landed.
    await page.getByLabel("允许作答次数").fill("3");
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === quizPath);
    await page.getByRole("button", { name: "保存设置" }).click();
    await answered;
    await page.reload();
    expect(await page.getByLabel("多次作答时计分").inputValue()).toBe("LAST");
    expect(await page.getByLabel("成绩与答案").inputValue()).toBe("NEVER");
    expect(await page.getByLabel("逾期处理").inputValue()).toBe("ACCEPT_MARKED_LATE");
    expect(await page.getByLabel("允许作答次数").inputValue()).toBe("3");
  });
});

describe.skipIf(!chromiumPath)("a changed role survives a second save of the role form", () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  test("an administrator makes a learner an instructor, saves again without a reload, and the role stays 教员", async () => {
    browser = await launchBrowser();
    const page = await newPhonePage(browser);
    await signInHome(page, admin);
    await page.goto("/admin/users/new");
    await page.getByLabel("姓名").fill("孙两次");
    await page.getByLabel("邮箱").fill("sun-twice@example.com");
    await page.getByLabel("角色").selectOption({ label: "学员" });
    await page.getByRole("button", { name: "创建账号" }).click();
    await page.getByText("已创建学员账号").waitFor();
    await page.goto("/admin/users?q=sun-twice");
    await page.getByRole("link", { name: "孙两次" }).click();
    await page.waitForURL((url) => /^\/admin\/users\/[^/]+$/.test(url.pathname));
    const userPath = new URL(page.url()).pathname;

    await page.getByLabel("角色").selectOption("INSTRUCTOR");
    await page.getByRole("button", { name: "修改角色" }).click();
    await page.getByText("孙两次 的角色现为教员").waitFor();
    expect(await page.getByLabel("角色").inputValue()).toBe("INSTRUCTOR");

    const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === userPath);
    await page.getByRole("button", { name: "修改角色" }).click();
    await answered;
    await page.reload();
    expect(await page.getByLabel("角色").inputValue()).toBe("INSTRUCTOR");
  });
});
