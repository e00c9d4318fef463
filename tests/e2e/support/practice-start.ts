import type { Page } from "playwright-core";
import type { Role } from "@/lib/auth/roles";
import { DEMO_ACCOUNTS, DEMO_CLASS } from "@/lib/server/seed/demo-accounts";
import { answerPracticeQuestion, type AnsweredKind } from "./practice-answers";
import { signInHome } from "./session";

/**
 * Signing in and starting practice, as every browser test that practises does it. The demo
 * accounts are shared by the test files, and a learner holds one open attempt per practice mode:
 * a start may resume an attempt another test began and partly answered. So a test never assumes
 * a fresh attempt; it starts on the first unanswered question, wherever that is, and looks for
 * what it needs (an unanswered 简答, a wrong blank) module after module.
 */

/** Signs the demo account of a role in and waits for its home page. */
export async function signInRole(page: Page, role: Role): Promise<void> {
  await signInHome(page, DEMO_ACCOUNTS.find((account) => account.role === role)!);
}

/** Registers a learner of the test file's own in the demo class, so no other test touches their attempts, and signs them in. */
export async function registerLearner(page: Page, learner: { name: string; email: string; password: string }): Promise<void> {
  await page.goto(`/register?code=${DEMO_CLASS.inviteCode}`);
  await page.getByLabel("姓名").fill(learner.name);
  await page.getByLabel("邮箱").fill(learner.email);
  await page.getByLabel("密码", { exact: true }).fill(learner.password);
  await page.getByLabel("确认密码").fill(learner.password);
  await page.getByRole("button", { name: "注册" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await signInHome(page, learner);
}

/** Where each practice mode is started: the page and its start button (顺序练习 and 随机练习: one per module). */
const STARTS = {
  顺序练习: { path: "/practice", button: /^顺序练习：/ },
  随机练习: { path: "/practice", button: /^随机练习：/ },
  未做优先: { path: "/practice", button: "开始未做优先" },
  挑战答题: { path: "/practice", button: "开始挑战" },
  每日一练: { path: "/practice", button: "开始每日一练" },
  复习: { path: "/review", button: "开始复习" },
} as const;

export type PracticeStart = keyof typeof STARTS;

/**
 * Starts (or resumes) a practice mode and waits on its first unanswered question: the attempt's
 * address without `?q=` sends the learner there. `module` picks the module of 顺序练习 and
 * 随机练习 by its place in the list. Returns the attempt's path.
 */
export async function openPractice(page: Page, start: PracticeStart, options: { module?: number } = {}): Promise<string> {
  const { path, button } = STARTS[start];
  await page.goto(path);
  await page.getByRole("button", { name: button }).nth(options.module ?? 0).click();
  await page.waitForURL((url) => /^\/practice\/[^/]+$/.test(url.pathname) && url.searchParams.has("q"));
  await page.getByTestId("question-stem").waitFor();
  return new URL(page.url()).pathname;
}

/** How many modules the learner can practise (顺序练习 buttons on /practice). */
export async function practiceModuleCount(page: Page): Promise<number> {
  await page.goto("/practice");
  return page.getByRole("button", { name: STARTS.顺序练习.button }).count();
}

/** How many answers the question screen counts in its attempt (已答 N). */
export async function answeredCount(page: Page): Promise<number> {
  return Number(/已答 (\d+)/.exec((await page.getByTestId("practice-counts").textContent()) ?? "")?.[1]);
}

export interface AnsweredHere {
  kind: AnsweredKind;
  stem: string;
  /** The attempt's 已答 count on the question screen before this answer. */
  answeredBefore: number;
}

/**
 * Answers 顺序练习 module after module, each from its first unanswered question, with
 * answerPracticeQuestion, until `enough` (called with each answer, its feedback on screen) says
 * so. True when it did; false when every module ran out first. After each answer it goes on
 * through the attempt's address, which leads to the first question still unanswered: another
 * test may have answered questions further on.
 */
export async function answerUntil(page: Page, enough: (answered: AnsweredHere) => Promise<boolean> | boolean, options: { shortRating?: number } = {}): Promise<boolean> {
  const modules = await practiceModuleCount(page);
  for (let module = 0; module < modules; module += 1) {
    const attemptPath = await openPractice(page, "顺序练习", { module });
    for (;;) {
      const answeredBefore = await answeredCount(page);
      const answered = await answerPracticeQuestion(page, options.shortRating);
      await page.getByTestId("feedback").waitFor();
      if (await enough({ ...answered, answeredBefore })) return true;
      // A finished attempt's address leads to its results.
      await page.goto(attemptPath);
      if (new URL(page.url()).searchParams.has("done")) break;
      await page.getByTestId("question-stem").waitFor();
    }
  }
  return false;
}

/** Whether the question on screen is a 简答 not yet answered (its answer box still open). */
export async function isUnansweredShortAnswer(page: Page): Promise<boolean> {
  const answer = page.locator("#short-answer");
  return (await answer.count()) > 0 && (await answer.isEnabled());
}

/**
 * Finds, without answering anything, an unanswered question that `matches` (e.g.
 * isUnansweredShortAnswer), each attempt from its first unanswered question to its last:
 * 顺序练习 of module after module, or the 复习 session. Leaves the page on it and returns its
 * address; null when there is none (or, for 复习, nothing is due).
 */
export async function findUnansweredQuestion(page: Page, matches: (page: Page) => Promise<boolean>, start: "顺序练习" | "复习" = "顺序练习"): Promise<string | null> {
  let attempts = 1;
  if (start === "顺序练习") attempts = await practiceModuleCount(page);
  else {
    await page.goto(STARTS.复习.path);
    if ((await page.getByRole("button", { name: STARTS.复习.button }).count()) === 0) return null;
  }
  for (let module = 0; module < attempts; module += 1) {
    const attemptPath = await openPractice(page, start, { module });
    const { index, total } = await questionPosition(page);
    for (let question = index; question <= total; question += 1) {
      if (question > index) {
        await page.goto(`${attemptPath}?q=${question - 1}`);
        await page.getByTestId("question-stem").waitFor();
      }
      if (await matches(page)) return page.url();
    }
  }
  return null;
}

/** The "第 N / M 题" position of the question on screen, N counted from 1. */
export async function questionPosition(page: Page): Promise<{ index: number; total: number }> {
  const text = (await page.getByText(/^第 \d+ \/ \d+ 题/).first().textContent()) ?? "";
  const [, index, total] = /^第 (\d+) \/ (\d+) 题/.exec(text)!;
  return { index: Number(index), total: Number(total) };
}
