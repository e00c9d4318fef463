import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import axe from "axe-core";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import type { ColorSchemeChoice } from "@/lib/validation/display-preferences";
import { PHONE, baseURL, chromiumPath, launchBrowser, signIn, signInHome } from "./browser";
import { MATRIX_INSTRUCTOR } from "./support/authz-world";
import { contrastRatio, requiredContrast, type Rgb } from "./support/contrast";
import { chooseDisplay, shownTheme } from "./support/display";
import { answerPracticeQuestion, goToNextQuestion } from "./support/practice-answers";
import { openPractice, registerLearner } from "./support/practice-start";

/**
 * 显示设置 (docs/LEARNING.md, 显示设置) at phone size: each mode is chosen in 我的 as a user would, then
 * the main screens are checked — WCAG AA contrast (4.5:1 for normal text, 3:1 for large) by
 * axe-core's color-contrast rule and, for what axe leaves undecided, by our own measure
 * (contrastFailures), the theme actually shown, and in 大字模式 the root font size, line height and
 * tap-target heights.
 */
const LEARNER = { name: "孙大字", email: "display-learner@example.com", password: "display-learner-pass" };
const ADMIN = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;
const world = inject("servedWorlds")[0]?.world;

interface Mode {
  name: string;
  /** What the phone itself prefers (prefers-color-scheme). */
  device: "light" | "dark";
  colorScheme: ColorSchemeChoice;
  largeText: boolean;
  shows: "light" | "dark";
}

const MODES: Mode[] = [
  { name: "light, following a light phone", device: "light", colorScheme: "SYSTEM", largeText: false, shows: "light" },
  { name: "dark, following a dark phone", device: "dark", colorScheme: "SYSTEM", largeText: false, shows: "dark" },
  { name: "dark, chosen on a light phone", device: "light", colorScheme: "DARK", largeText: false, shows: "dark" },
  { name: "large text, light chosen on a dark phone", device: "dark", colorScheme: "LIGHT", largeText: true, shows: "light" },
  { name: "large text and dark", device: "light", colorScheme: "DARK", largeText: true, shows: "dark" },
];

const TAP_TARGET_MIN_PX = 48;

async function newPage(browser: Browser, device: "light" | "dark"): Promise<Page> {
  // Reduced motion turns colour transitions off (app/globals.css), so no colour is read mid-fade.
  const context = await browser.newContext({ viewport: PHONE, baseURL, locale: "zh-CN", colorScheme: device, reducedMotion: "reduce" });
  return context.newPage();
}

interface ContrastFailure {
  html: string;
  summary: string;
}

interface MeasuredText {
  html: string;
  foreground: Rgb;
  background: Rgb;
  fontSize: number;
  fontWeight: number;
}

/**
 * Contrast over the whole page: axe-core's color-contrast rule decides what it can; the text it
 * leaves undecided (SVG chart labels, symbols such as ✓ ✗, one-character text) is measured here:
 * its colour (an SVG text's fill) over its effective background, the backgrounds of it and its
 * ancestors composited up to the first opaque one, both painted on a canvas to read sRGB.
 * The sticky header and the phone's fixed tab bar would hide text from axe (it cannot tell the
 * background of text under another element); they are laid out in the flow first. Only
 * position changes, never a colour.
 */
async function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  await page.addStyleTag({ content: "header, [data-testid='tab-bar'] { position: static !important; }" });
  await page.evaluate(() => window.scrollTo(0, 0));
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
  const { violations, undecided } = await page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "rule", values: ["color-contrast"] }, resultTypes: ["violations", "incomplete"] });
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    const paint = (colours: string[]) => {
      context.clearRect(0, 0, 1, 1);
      for (const colour of colours) {
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
      }
      return Array.from(context.getImageData(0, 0, 1, 1).data);
    };
    const measure = (element: Element) => {
      const style = getComputedStyle(element);
      const layers: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        const alpha = paint([background])[3];
        if (alpha === 0) continue;
        layers.unshift(background);
        if (alpha === 255) break;
      }
      const rgb = (bytes: number[]) => [bytes[0]!, bytes[1]!, bytes[2]!] as [number, number, number];
      return {
        html: element.outerHTML.slice(0, 160),
        foreground: rgb(paint([...layers, element instanceof SVGElement ? style.fill : style.color])),
        background: rgb(paint(layers)),
        fontSize: parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight),
      };
    };
    const nodes = (list: typeof results.violations) => list.flatMap((rule) => rule.nodes);
    return {
      violations: nodes(results.violations).map((node) => ({ html: node.html.slice(0, 160), summary: node.failureSummary ?? "" })),
      undecided: nodes(results.incomplete).map((node) => {
        const element = document.querySelector(String(node.target[0]));
        return element ? measure(element) : { html: node.html.slice(0, 160), missing: true as const };
      }),
    };
  });
  const measuredFailures = undecided.flatMap((text): ContrastFailure[] => {
    if ("missing" in text) return [{ html: text.html, summary: "undecided by axe and not found again to measure" }];
    const measured: MeasuredText = text;
    const ratio = contrastRatio(measured.foreground, measured.background);
    const required = requiredContrast(measured.fontSize, measured.fontWeight);
    return ratio >= required ? [] : [{ html: measured.html, summary: `contrast ${ratio.toFixed(2)} < ${required} (rgb ${measured.foreground.join(",")} on ${measured.background.join(",")})` }];
  });
  return [...violations, ...measuredFailures];
}

interface ChartPaint {
  kind: "label" | "mark";
  html: string;
  foreground: Rgb;
  background: Rgb;
  fontSize: number;
  fontWeight: number;
}

/**
 * What the charts paint (inline SVG with role="img", which axe-core does not rate): each label's
 * fill, and each mark's paint — a line's or an outline's stroke, else a bar's or a dot's fill —
 * over the background the chart sits on (its ancestors' backgrounds composited, as for text).
 */
function chartPaints(page: Page): Promise<ChartPaint[]> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    const paint = (colours: string[]) => {
      context.clearRect(0, 0, 1, 1);
      for (const colour of colours) {
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
      }
      return Array.from(context.getImageData(0, 0, 1, 1).data);
    };
    const rgb = (bytes: number[]) => [bytes[0]!, bytes[1]!, bytes[2]!] as [number, number, number];
    const paints: Array<{ kind: "label" | "mark"; html: string; foreground: [number, number, number]; background: [number, number, number]; fontSize: number; fontWeight: number }> = [];
    for (const svg of document.querySelectorAll('#main svg[role="img"]')) {
      const layers: string[] = [];
      for (let node = svg.parentElement; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        const alpha = paint([background])[3];
        if (alpha === 0) continue;
        layers.unshift(background);
        if (alpha === 255) break;
      }
      for (const element of svg.querySelectorAll("text, line, rect, circle, path, polyline, polygon")) {
        const style = getComputedStyle(element);
        const stroked = style.stroke !== "none" && parseFloat(style.strokeWidth) > 0;
        const colour = element.tagName === "text" ? style.fill : stroked ? style.stroke : style.fill;
        if (colour === "none") continue;
        paints.push({
          kind: element.tagName === "text" ? "label" : "mark",
          html: element.outerHTML.slice(0, 160),
          foreground: rgb(paint([...layers, colour])),
          background: rgb(paint(layers)),
          fontSize: parseFloat(style.fontSize),
          fontWeight: Number(style.fontWeight),
        });
      }
    }
    return paints;
  });
}

/** Chart labels under 4.5:1 (3:1 when large) and marks under 3:1 (WCAG 1.4.11, non-text contrast). */
function chartContrastFailures(paints: ChartPaint[]): ContrastFailure[] {
  return paints.flatMap((paint) => {
    const ratio = contrastRatio(paint.foreground, paint.background);
    const required = paint.kind === "label" ? requiredContrast(paint.fontSize, paint.fontWeight) : 3;
    return ratio >= required ? [] : [{ html: paint.html, summary: `${paint.kind} contrast ${ratio.toFixed(2)} < ${required} (rgb ${paint.foreground.join(",")} on ${paint.background.join(",")})` }];
  });
}

/**
 * The heatmap's cells and legend (HTML, so axe rates their text): each coloured as the theme shows —
 * a light band under darker text in light mode, a deep band under lighter text in dark mode.
 */
function heatCells(page: Page) {
  return page.locator('[class*="bg-heat-"]').evaluateAll((cells) => {
    const probe = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const luminance = (colour: string) => {
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = colour;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = Array.from(probe.getImageData(0, 0, 1, 1).data).map((value) => value / 255);
      const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    return cells.map((cell) => {
      const style = getComputedStyle(cell);
      return { html: cell.outerHTML.slice(0, 120), band: luminance(style.backgroundColor) > luminance(style.color) ? ("light" as const) : ("dark" as const) };
    });
  });
}

/** Root font size and line height (px and ratio), and every visible tap target under 48px tall. */
function textAndTargets(page: Page, minHeight: number) {
  return page.evaluate((min) => {
    const root = getComputedStyle(document.documentElement);
    const fontSize = parseFloat(root.fontSize);
    const short: string[] = [];
    let checked = 0;
    const controls = document.querySelectorAll<HTMLElement>('button, select, textarea, input:not([type="hidden"]), nav a, [role="radio"], [role="checkbox"]');
    for (const control of controls) {
      if (!control.checkVisibility()) continue;
      // A native checkbox or radio is tapped through its label.
      const box = control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio");
      const target = box ? (control.closest("label") ?? control.labels?.[0] ?? control) : control;
      checked += 1;
      const height = target.getBoundingClientRect().height;
      if (height < min) short.push(`${Math.round(height)}px: ${target.outerHTML.slice(0, 120)}`);
    }
    return { fontSize, lineHeight: parseFloat(root.lineHeight) / fontSize, checked, short };
  }, minHeight);
}

/** Everything this test asks of one screen in one mode. */
async function checkScreen(page: Page, mode: Pick<Mode, "shows" | "largeText">, screen: string): Promise<void> {
  expect(await shownTheme(page), `${screen}: theme`).toBe(mode.shows);
  expect(await contrastFailures(page), `${screen}: contrast below WCAG AA`).toEqual([]);
  expect(chartContrastFailures(await chartPaints(page)), `${screen}: chart contrast below WCAG AA`).toEqual([]);
  const measured = await textAndTargets(page, TAP_TARGET_MIN_PX);
  if (mode.largeText) {
    expect(measured.fontSize, `${screen}: root font size`).toBeGreaterThanOrEqual(18);
    expect(measured.lineHeight, `${screen}: root line height`).toBeGreaterThanOrEqual(1.5);
    expect(measured.checked, `${screen}: tap targets found`).toBeGreaterThan(0);
    expect(measured.short, `${screen}: tap targets under ${TAP_TARGET_MIN_PX}px`).toEqual([]);
  } else {
    expect(measured.fontSize, `${screen}: root font size`).toBe(16);
  }
}

/** A report screen: everything checkScreen asks, the charts' labels and marks found and legible, the heat cells in the theme's bands. */
async function checkReport(page: Page, mode: Pick<Mode, "shows" | "largeText">, screen: string, expects: { labels: boolean; marks: boolean; heat: boolean }): Promise<void> {
  await checkScreen(page, mode, screen);
  const paints = await chartPaints(page);
  expect(paints.some((paint) => paint.kind === "label"), `${screen}: chart labels found`).toBe(expects.labels);
  expect(paints.some((paint) => paint.kind === "mark"), `${screen}: chart marks found`).toBe(expects.marks);
  const cells = await heatCells(page);
  expect(cells.length > 0, `${screen}: heat cells found`).toBe(expects.heat);
  expect(cells.filter((cell) => cell.band !== mode.shows), `${screen}: heat cells not in the ${mode.shows} theme's bands`).toEqual([]);
}

/** From the practice list to the first choice question; checks it unanswered (options) and answered (feedback). */
async function checkPractice(page: Page, mode: Mode): Promise<void> {
  await page.goto("/practice");
  await checkScreen(page, mode, "练习");
  await openPractice(page, "顺序练习");
  const options = page.getByRole("radiogroup", { name: "选项" }).or(page.getByRole("group", { name: "选项" }));
  for (let index = 0; index < 30; index += 1) {
    await page.getByTestId("question-stem").waitFor();
    const isChoice = (await options.count()) > 0;
    if (isChoice) await checkScreen(page, mode, "练习题（未作答）");
    await answerPracticeQuestion(page);
    await page.getByTestId("feedback").waitFor();
    if (isChoice) {
      await page.locator("[data-mark]").first().waitFor();
      await checkScreen(page, mode, "练习题（答题反馈）");
      return;
    }
    if (!(await goToNextQuestion(page))) break;
  }
  throw new Error("No choice question among the first practice questions");
}

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath || !world)("显示设置: dark mode and 大字模式 in the browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await newPage(browser, "light");
    await registerLearner(page, LEARNER);
    await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the choice is kept per user: in the first HTML after a reload, and after signing in again on another phone", async () => {
    const page = await newPage(browser, "light");
    await signInHome(page, LEARNER);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({});
    await page.goto("/me");
    expect(await page.getByRole("radio", { name: "跟随系统" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "大字模式" }).isChecked()).toBe(false);

    await chooseDisplay(page, { colorScheme: "DARK", largeText: true });
    await page.reload();
    expect(await page.getByRole("radio", { name: "深色" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "大字模式" }).isChecked()).toBe(true);
    // The server writes the choice into the HTML itself, so the first paint is already dark and large.
    const html = await (await page.request.get(`${baseURL}/`)).text();
    expect(html).toMatch(/<html[^>]*data-color-scheme="dark"/);
    expect(html).toMatch(/<html[^>]*data-text-size="large"/);

    const again = await newPage(browser, "light");
    await signInHome(again, LEARNER);
    expect(await again.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({ colorScheme: "dark", textSize: "large" });
    expect(await shownTheme(again)).toBe("dark");
    await again.context().close();

    // Signed out, the login page follows the phone again: the choice belongs to the account.
    await page.getByRole("button", { name: "退出", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({});

    await signInHome(page, LEARNER);
    await chooseDisplay(page, { colorScheme: "SYSTEM", largeText: false });
    await page.context().close();
  });

  for (const mode of MODES) {
    test(`${mode.name}: home, progress, practice (options and feedback) and 我的 are legible and, in large text, big enough to tap`, { timeout: 180_000 }, async () => {
      const page = await newPage(browser, mode.device);
      await signInHome(page, LEARNER);
      await chooseDisplay(page, mode);
      await checkScreen(page, mode, "我的");
      await page.goto("/");
      await page.getByTestId("today-reviews").waitFor();
      await checkScreen(page, mode, "首页");
      await page.goto("/progress");
      await checkScreen(page, mode, "我的进度");
      await checkPractice(page, mode);
      await page.context().close();
    });
  }

  test("staff's question bank list and 工作台 are legible in dark and large-text modes", { timeout: 120_000 }, async () => {
    const page = await newPage(browser, "dark");
    await signInHome(page, MATRIX_INSTRUCTOR);
    try {
      for (const mode of [MODES[1]!, MODES[4]!]) {
        await chooseDisplay(page, mode);
        await page.goto("/bank");
        await page.getByRole("heading", { name: "题库" }).first().waitFor();
        await checkScreen(page, mode, "题库");
        await page.goto("/");
        await page.getByTestId("workbench-own-study").waitFor();
        await checkScreen(page, mode, "工作台");
      }
    } finally {
      await chooseDisplay(page, { colorScheme: "SYSTEM", largeText: false });
      await page.context().close();
    }
  });

  test("report charts follow the theme: 报表's trends, heatmap and legend (administrator), a class's heatmap and a quiz's score histogram (instructor), light and dark", { timeout: 300_000 }, async () => {
    for (const [account, modes] of [[ADMIN, [MODES[0]!, MODES[1]!, MODES[2]!]], [MATRIX_INSTRUCTOR, [MODES[1]!, MODES[2]!]]] as const) {
      for (const mode of modes) {
        const page = await newPage(browser, mode.device);
        await signInHome(page, account);
        try {
          await chooseDisplay(page, mode);
          if (account === ADMIN) {
            for (const metric of ["retention", "accuracy"]) {
              await page.goto(`/admin/reports?metric=${metric}`);
              await page.getByRole("heading", { name: "掌握热力图" }).waitFor();
              await checkReport(page, mode, `报表（${metric}，${mode.name}）`, { labels: false, marks: true, heat: true });
            }
          } else {
            await page.goto(`/admin/reports/classes/${world!.classId}`);
            await page.getByRole("heading", { name: "学员 × 单元" }).waitFor();
            await checkReport(page, mode, `班级掌握情况（${mode.name}）`, { labels: false, marks: false, heat: true });
            await page.goto(`/quizzes/assignments/${world!.assignmentId}/results`);
            await page.getByTestId("score-histogram").waitFor();
            await checkReport(page, mode, `成绩与分析（${mode.name}）`, { labels: true, marks: true, heat: false });
          }
        } finally {
          await chooseDisplay(page, { colorScheme: "SYSTEM", largeText: false });
          await page.context().close();
        }
      }
    }
  });

  test("the login page follows the phone's light or dark setting", async () => {
    for (const device of ["light", "dark"] as const) {
      const page = await newPage(browser, device);
      await page.goto("/login");
      await page.getByRole("button", { name: "登录" }).waitFor();
      await checkScreen(page, { shows: device, largeText: false }, `登录（${device}）`);
      // A wrong password shows the error alert, which must be legible too.
      await signIn(page, LEARNER.email, "not-the-password");
      await page.getByRole("alert").waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled === false);
      await checkScreen(page, { shows: device, largeText: false }, `登录错误（${device}）`);
      await page.context().close();
    }
  });
});
