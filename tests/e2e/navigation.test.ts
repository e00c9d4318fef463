import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { DESKTOP, PHONE, baseURL, chromiumPath, launchBrowser, signInHome } from "./browser";
import { WORKBENCH_INSTRUCTOR } from "./support/seed-workbench";

/**
 * Navigation as people use it (README, What each role sees first): on a phone (390 px) a bottom tab
 * bar of at most five icon tabs, on a desktop a side navigation; staff land on their 工作台, with
 * their own study one tap away.
 */
const world = inject("servedWorlds")[0]?.world;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;
const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;

async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL, locale: "zh-CN" });
  return context.newPage();
}

const nav = (page: Page) => page.getByRole("navigation", { name: "主导航" });

/** The links of the visible main navigation, with their aria-current and whether each has an icon. */
function navLinks(page: Page) {
  return nav(page)
    .getByRole("link")
    .evaluateAll((links) =>
      links.map((link) => ({ name: link.textContent?.trim() ?? "", current: link.getAttribute("aria-current"), icon: link.querySelector("svg") !== null })),
    );
}

/** Clicks a tab (or side link) and waits until the page it leads to marks it as the current page. */
async function go(page: Page, label: string, pathname: string): Promise<void> {
  await nav(page).getByRole("link", { name: label, exact: true }).click();
  await page.waitForURL((url) => url.pathname === pathname);
  await nav(page).locator(`a[aria-current="page"]`, { hasText: label }).waitFor();
}

/** Nothing wider than the screen: the page cannot be scrolled sideways. */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The tab bar sits on the bottom edge, and at the end of the page the content ends above it. */
async function tabBarLeavesContentClear(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const bar = document.querySelector('[data-testid="tab-bar"]')!.getBoundingClientRect();
    const main = document.getElementById("main")!;
    const last = main.lastElementChild?.getBoundingClientRect();
    return { barTop: bar.top, barBottom: bar.bottom, viewport: window.innerHeight, contentBottom: last?.bottom ?? 0, position: getComputedStyle(document.querySelector('[data-testid="tab-bar"]')!).position };
  });
  expect(layout.position).toBe("fixed");
  expect(layout.barBottom).toBe(layout.viewport);
  expect(layout.contentBottom).toBeLessThanOrEqual(layout.barTop);
}

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath || !world)("navigation on a phone and on a desktop", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a learner on a phone: five icon tabs at the bottom, each marked current when opened; the rest is on 我的", async () => {
    const page = await newPage(browser, PHONE);
    await signInHome(page, learner);
    expect(await navLinks(page)).toEqual([
      { name: "首页", current: "page", icon: true },
      { name: "学习", current: null, icon: true },
      { name: "练习", current: null, icon: true },
      { name: "复习", current: null, icon: true },
      { name: "我的", current: null, icon: true },
    ]);
    await tabBarLeavesContentClear(page);
    for (const [label, pathname] of [["学习", "/study"], ["练习", "/practice"], ["复习", "/review"], ["我的", "/me"], ["首页", "/"]] as const) {
      await go(page, label, pathname);
      expect((await navLinks(page)).filter((link) => link.current !== null).map((link) => link.name)).toEqual([label]);
      expect(await scrollsSideways(page), pathname).toBe(false);
    }
    await go(page, "我的", "/me");
    await tabBarLeavesContentClear(page);
    const more = page.getByTestId("me-more");
    for (const label of ["错题本", "收藏", "测验任务", "进度"]) await more.getByRole("link", { name: label, exact: true }).waitFor();
    await more.getByRole("link", { name: "错题本", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/mistakes");
    // 错题本 has no tab: the 练习 tab stands for it, marked as the current section.
    await nav(page).locator('a[aria-current="true"]', { hasText: "练习" }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });

  test("a learner on a desktop: a side navigation of every section, no tab bar", async () => {
    const page = await newPage(browser, DESKTOP);
    await signInHome(page, learner);
    expect(await page.getByTestId("tab-bar").isVisible()).toBe(false);
    const links = await navLinks(page);
    expect(links.map((link) => link.name)).toEqual(["首页", "学习", "练习", "复习", "错题本", "收藏", "测验任务", "进度", "我的"]);
    expect(links.every((link) => link.icon)).toBe(true);
    await go(page, "错题本", "/mistakes");
    await go(page, "进度", "/progress");
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });

  test("an instructor on a phone lands on 工作台: the seeded class, open quiz, answer to mark and the review queue, each leading to its page; their study is one tap away", async () => {
    const seeded = world!.workbench;
    const page = await newPage(browser, PHONE);
    await signInHome(page, WORKBENCH_INSTRUCTOR);
    await page.getByRole("heading", { name: "教学工作台" }).waitFor();
    expect(await navLinks(page)).toEqual([
      { name: "工作台", current: "page", icon: true },
      { name: "班级", current: null, icon: true },
      { name: "题库", current: null, icon: true },
      { name: "学习", current: null, icon: true },
      { name: "我的", current: null, icon: true },
    ]);
    // The learner's dashboard is not on the workbench; it is one tap away.
    expect(await page.getByTestId("today-reviews").count()).toBe(0);
    const count = async (testId: string) => Number((await page.getByTestId(testId).locator("span").last().textContent())?.trim());
    expect(await count("workbench-classes")).toBe(1);
    expect(await count("workbench-open-quizzes")).toBe(1);
    expect(await count("workbench-marking")).toBe(1);
    const inReview = await count("workbench-review-queue");
    expect(inReview).toBeGreaterThanOrEqual(1);
    expect(await scrollsSideways(page)).toBe(false);
    await tabBarLeavesContentClear(page);

    await page.getByRole("list", { name: "进行中的测验列表" }).getByRole("link", { name: new RegExp(seeded.assignmentTitle) }).waitFor();
    await page.getByTestId("workbench-marking").click();
    await page.waitForURL((url) => url.pathname === `/quizzes/assignments/${seeded.assignmentId}/results`);
    await page.getByText("有 1 道简答题待评分").waitFor();
    // Quizzes have no tab: the 工作台 tab stands for them.
    await nav(page).locator('a[aria-current="true"]', { hasText: "工作台" }).waitFor();

    await go(page, "工作台", "/");
    await page.getByTestId("workbench-review-queue").click();
    await page.waitForURL((url) => url.pathname === "/bank" && url.searchParams.get("status") === "DRAFT");
    expect(await page.getByTestId("status-counts").getByRole("link", { name: /^待审核/ }).textContent()).toBe(`待审核 ${inReview}`);
    await nav(page).locator('a[aria-current="page"]', { hasText: "题库" }).waitFor();

    await go(page, "班级", "/classes");
    await page.getByRole("main").getByRole("link", { name: seeded.className }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    await go(page, "学习", "/today");
    await page.getByRole("heading", { name: "我的学习", level: 1 }).waitFor();
    await page.getByTestId("today-reviews").waitFor();
    await page.getByRole("list", { name: "学习功能" }).getByRole("link", { name: "练习", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/practice");
    await nav(page).locator('a[aria-current="true"]', { hasText: "学习" }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    await go(page, "我的", "/me");
    const more = page.getByTestId("me-more");
    await more.getByRole("link", { name: "测验", exact: true }).waitFor();
    expect(await more.getByRole("link", { name: "用户", exact: true }).count()).toBe(0);
    await page.context().close();
  });

  test("an instructor on a desktop: the side navigation groups 教学 and 我的学习; an administrator's adds 管理", async () => {
    const page = await newPage(browser, DESKTOP);
    await signInHome(page, WORKBENCH_INSTRUCTOR);
    expect(await page.getByTestId("tab-bar").isVisible()).toBe(false);
    expect((await navLinks(page)).map((link) => link.name)).toEqual(["工作台", "班级", "题库", "测验", "今日学习", "学习", "练习", "复习", "错题本", "收藏", "测验任务", "进度", "我的"]);
    for (const group of ["教学", "我的学习"]) await nav(page).getByRole("list", { name: group }).waitFor();
    await page.getByTestId("workbench-marking").waitFor();
    await go(page, "测验", "/quizzes");
    await go(page, "今日学习", "/today");
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();

    const adminPage = await newPage(browser, DESKTOP);
    await signInHome(adminPage, admin);
    await adminPage.getByRole("heading", { name: "管理概览" }).waitFor();
    const administration = nav(adminPage).getByRole("list", { name: "管理" });
    expect(await administration.getByRole("link").allTextContents()).toEqual(["用户", "报表", "审计", "设置"]);
    await go(adminPage, "审计", "/admin/audit");
    expect(await scrollsSideways(adminPage)).toBe(false);
    await adminPage.context().close();
  });

  test("an administrator on a phone reaches the 管理 pages from 工作台 and from 我的", async () => {
    const page = await newPage(browser, PHONE);
    await signInHome(page, admin);
    await page.getByTestId("admin-links").getByRole("link", { name: "用户", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin/users");
    await nav(page).locator('a[aria-current="true"]', { hasText: "工作台" }).waitFor();
    await go(page, "我的", "/me");
    await page.getByTestId("me-more").getByRole("list", { name: "管理" }).getByRole("link", { name: "审计", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/admin/audit");
    expect(await scrollsSideways(page)).toBe(false);
    await page.context().close();
  });
});
