// npm run docs:screenshots [-- --only <text>] — screenshots of the main screens into docs/screenshots/
// (listed in docs/SCREENSHOTS.md): a learner's, an instructor's and an administrator's, on a phone
// (390×844: light, dark, large text) and a desktop (1280×800: light, dark). The app is built if
// stale and served on the browser tests' world, exactly as tests/e2e/global-setup.ts serves it,
// and driven in Chromium with the tests' own helpers; every screen waits for what it must show,
// never for a fixed time. `--only practice,admin` redoes only the screens whose file names contain one of them.
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { findChromium } from "../tests/e2e/chromium";
import { serveWorlds } from "../tests/e2e/global-setup";
import type { AuthzWorld } from "../tests/e2e/support/authz-world";
import { MATRIX_INSTRUCTOR, MATRIX_LEARNER } from "../tests/e2e/support/authz-world";
import { chooseDisplay, shownTheme, type DisplayChoice } from "../tests/e2e/support/display";
import { answerPracticeQuestion, goToNextQuestion } from "../tests/e2e/support/practice-answers";
import { DESKTOP, PHONE, launchChromium, signInHome } from "../tests/e2e/support/session";
import { WORKBENCH_INSTRUCTOR } from "../tests/e2e/support/seed-workbench";
import { CommandRefusal, runCli } from "./run-cli";

const OUT_DIR = path.join("docs", "screenshots");

interface Mode extends DisplayChoice {
  name: "light" | "dark" | "large";
  shows: "light" | "dark";
}

const MODES: Record<Mode["name"], Mode> = {
  light: { name: "light", colorScheme: "LIGHT", largeText: false, shows: "light" },
  dark: { name: "dark", colorScheme: "DARK", largeText: false, shows: "dark" },
  large: { name: "large", colorScheme: "LIGHT", largeText: true, shows: "light" },
};

const VIEWPORTS = [
  { name: "phone", size: PHONE, modes: [MODES.light, MODES.dark, MODES.large] },
  { name: "desktop", size: DESKTOP, modes: [MODES.light, MODES.dark] },
] as const;

interface Screen {
  /** Part of the file name: <viewport>-<role>-<name>-<mode>.png. */
  name: string;
  /** Opens the screen and resolves once it shows what the screenshot is for. */
  open: (page: Page, world: AuthzWorld) => Promise<void>;
}

interface Role {
  name: "learner" | "instructor" | "admin";
  account: (world: AuthzWorld) => { email: string; password: string };
  /** Run once before this role's screens, in its own browser context. */
  prepare?: (page: Page) => Promise<void>;
  screens: Screen[];
}

/** Goes to `url` and fails on an error status or a redirect to the login page. */
async function visit(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  if (new URL(page.url()).pathname === "/login") throw new Error(`${url}: sent to the login page`);
}

/** Scrolls `heading`'s section to the top of the screen, below the sticky header. */
async function scrollToHeading(page: Page, name: string): Promise<void> {
  await scrollToTop(page.getByRole("heading", { name }).first());
}

async function scrollToTop(target: Locator): Promise<void> {
  await target.waitFor();
  await target.evaluate((element) => {
    const header = document.querySelector("header.sticky");
    const headerHeight = header && getComputedStyle(header).position === "sticky" ? header.getBoundingClientRect().height : 0;
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - headerHeight - 12);
  });
}

/** From the practice list to a choice question answered, its feedback shown. */
async function answeredChoiceQuestion(page: Page): Promise<void> {
  await visit(page, "/practice");
  const start = page.getByRole("button", { name: /^顺序练习：/ }).or(page.getByRole("link", { name: /^继续/ }));
  await start.first().click();
  await page.waitForURL((url) => /^\/practice\/[^/]+$/.test(url.pathname));
  const options = page.getByRole("radiogroup", { name: "选项" }).or(page.getByRole("group", { name: "选项" }));
  for (let index = 0; index < 30; index += 1) {
    await page.getByTestId("question-stem").waitFor();
    const isChoice = (await options.count()) > 0;
    await answerPracticeQuestion(page);
    await page.getByTestId("feedback").waitFor();
    if (isChoice) {
      await page.locator("[data-mark]").first().waitFor();
      return;
    }
    if (!(await goToNextQuestion(page))) break;
  }
  throw new Error("no choice question among the first 30 practice questions");
}

/**
 * The matrix learner (第二党支部) answers a few practice questions in three modules as a learner
 * does, so that the reports' heatmap has figures in its cells and not only 无数据.
 */
async function practiseInMatrixClass(page: Page): Promise<void> {
  await signInHome(page, MATRIX_LEARNER);
  for (let module = 0; module < 3; module += 1) {
    await visit(page, "/practice");
    await page.getByRole("button", { name: /^顺序练习：/ }).nth(module).click();
    await page.waitForURL((url) => /^\/practice\/[^/]+$/.test(url.pathname));
    for (let index = 0; index < 5; index += 1) {
      await page.getByTestId("question-stem").waitFor();
      await answerPracticeQuestion(page);
      await page.getByTestId("feedback").waitFor();
      if (!(await goToNextQuestion(page))) break;
    }
  }
}

const ROLES: Role[] = [
  {
    name: "learner",
    account: (world) => world.retention,
    screens: [
      { name: "home", open: async (page) => { await visit(page, "/"); await page.getByTestId("today-reviews").waitFor(); } },
      {
        name: "study",
        open: async (page, world) => {
          await visit(page, `/study/${world.retention.moduleId}`);
          await page.getByRole("heading", { level: 1 }).waitFor();
        },
      },
      { name: "practice", open: async (page) => { await visit(page, "/practice"); await page.getByRole("heading", { level: 1 }).waitFor(); } },
      { name: "practice-feedback", open: answeredChoiceQuestion },
      { name: "review", open: async (page) => { await visit(page, "/review"); await page.getByRole("heading", { name: "复习", level: 1 }).waitFor(); } },
      { name: "progress", open: async (page) => { await visit(page, "/progress"); await page.getByTestId("chart-accuracy").waitFor(); } },
      { name: "me", open: async (page) => { await visit(page, "/me"); await page.getByTestId("display-settings-form").waitFor(); } },
    ],
  },
  {
    name: "instructor",
    account: () => WORKBENCH_INSTRUCTOR,
    screens: [
      { name: "workbench", open: async (page) => { await visit(page, "/"); await page.getByTestId("workbench-marking").waitFor(); } },
      { name: "bank-review", open: async (page) => { await visit(page, "/bank?status=DRAFT"); await scrollToTop(page.getByTestId("status-counts")); } },
    ],
  },
  {
    // The matrix instructor's quiz has a handed-in paper of choice questions, so its item analysis has rows.
    name: "instructor",
    account: () => MATRIX_INSTRUCTOR,
    screens: [
      {
        name: "quiz-results",
        open: async (page, world) => {
          await visit(page, `/quizzes/assignments/${world.assignmentId}/results`);
          await page.getByTestId("score-histogram").waitFor();
          await scrollToHeading(page, "成绩分布");
        },
      },
      {
        name: "item-analysis",
        open: async (page, world) => {
          await visit(page, `/quizzes/assignments/${world.assignmentId}/results`);
          await page.getByTestId("item-analysis-row").first().waitFor();
          await scrollToHeading(page, "题目分析");
        },
      },
    ],
  },
  {
    name: "admin",
    account: () => DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!,
    prepare: practiseInMatrixClass,
    screens: [
      {
        name: "reports-trends",
        open: async (page) => {
          await visit(page, "/admin/reports");
          await scrollToHeading(page, "周趋势");
        },
      },
      {
        name: "reports-heatmap",
        open: async (page) => {
          // 答题正确率: the practice just done leaves 预测记忆率 near 100% everywhere.
          await visit(page, "/admin/reports?metric=accuracy");
          await page.getByRole("region", { name: /班级 × 单元/ }).waitFor();
          await scrollToHeading(page, "掌握热力图");
        },
      },
    ],
  },
];

/** The device stays light: each mode is chosen in 我的, as a user does. Reduced motion: no fades mid-shot. */
async function newContext(browser: Browser, baseURL: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", colorScheme: "light", reducedMotion: "reduce" });
  // tsx compiles this script keeping function names (`__name(fn, "name")`); the functions handed
  // to page.evaluate need that helper in the page too. The browser tests run untransformed.
  await context.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  return context;
}

/** `--only a,b`: the parts of file names to redo; undefined for all. */
function onlyFilter(): string[] | undefined {
  const at = process.argv.indexOf("--only");
  return at === -1 ? undefined : (process.argv[at + 1] ?? "").split(",").filter(Boolean);
}

async function shootRole(browser: Browser, baseURL: string, world: AuthzWorld, role: Role, only: string[] | undefined, written: string[], failed: string[]): Promise<void> {
  const fileOf = (viewport: string, screen: string, mode: string) => `${viewport}-${role.name}-${screen}-${mode}.png`;
  const wanted = (file: string) => only === undefined || only.some((part) => file.includes(part));
  const todo = VIEWPORTS.flatMap((viewport) => viewport.modes.flatMap((mode) => role.screens.map((screen) => fileOf(viewport.name, screen.name, mode.name))));
  if (!todo.some(wanted)) return;
  const account = role.account(world);
  if (role.prepare) {
    const context = await newContext(browser, baseURL, PHONE);
    try {
      await role.prepare(await context.newPage());
    } finally {
      await context.close();
    }
  }
  const pages = new Map<string, Page>();
  for (const viewport of VIEWPORTS) {
    const page = await (await newContext(browser, baseURL, viewport.size)).newPage();
    await signInHome(page, account);
    pages.set(viewport.name, page);
  }
  try {
    for (const mode of Object.values(MODES)) {
      const viewports = VIEWPORTS.filter((viewport) => viewport.modes.includes(mode));
      if (!viewports.some((viewport) => role.screens.some((screen) => wanted(fileOf(viewport.name, screen.name, mode.name))))) continue;
      await chooseDisplay(pages.get("phone")!, mode);
      for (const viewport of viewports) {
        const page = pages.get(viewport.name)!;
        for (const screen of role.screens) {
          const file = fileOf(viewport.name, screen.name, mode.name);
          if (!wanted(file)) continue;
          try {
            await screen.open(page, world);
            const theme = await shownTheme(page);
            if (theme !== mode.shows) throw new Error(`shows ${theme}, expected ${mode.shows}`);
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            await page.screenshot({ path: path.join(OUT_DIR, file), animations: "disabled" });
            written.push(file);
            console.log(`▸ ${file}`);
          } catch (error) {
            failed.push(`${file}: ${(error as Error).message.split("\n")[0]}`);
            console.error(`✖ ${file}: ${(error as Error).message}`);
          }
        }
      }
    }
  } finally {
    for (const page of pages.values()) await page.context().close();
  }
}

runCli(async () => {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new CommandRefusal("No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const only = onlyFilter();
  console.log("▸ Building (if stale) and serving the browser tests' world …");
  const { worlds, teardown } = await serveWorlds({});
  const served = worlds[0]!;
  const browser = await launchChromium(chromiumPath);
  const written: string[] = [];
  const failed: string[] = [];
  try {
    for (const role of ROLES) await shootRole(browser, served.baseURL, served.world, role, only, written, failed);
  } finally {
    await browser.close();
    await teardown();
  }
  console.log(`\n${written.length} screenshots in ${OUT_DIR}/`);
  if (failed.length > 0) throw new CommandRefusal(`${failed.length} screenshots failed:\n${failed.join("\n")}`);
});
