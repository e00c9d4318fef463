import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { baseURL, chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";
import { answerPracticeQuestion, goToNextQuestion } from "./support/practice-answers";

const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("practising in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The demo learner, signed in on a phone, on the first question of the first module's practice. */
  async function startPracticeAsLearner(order: "source" | "shuffled") {
    const page = await newPhonePage(browser);
    await signInHome(page, learner);
    await page.goto("/practice");
    await page.getByRole("button", { name: order === "source" ? /^顺序练习：/ : /^随机练习：/ }).first().click();
    // The attempt's address without ?q= sends the learner on to its first unanswered question.
    await page.waitForURL((url) => /^\/practice\/[^/]+$/.test(url.pathname) && url.searchParams.has("q"));
    return page;
  }

  test("a learner practises a module: feedback with the source, a wrong blank lands in 错题本, and the answer is not in the page before answering", async () => {
    const page = await startPracticeAsLearner("source");
    // The first unanswered question's page, payload included, holds neither the answer nor the 解析
    // (顺序练习 resumes the learner's open attempt of the module, which another test may have begun,
    // so its first question may be answered already).
    const html = await (await page.request.get(page.url())).text();
    expect(html).not.toContain("出自《");
    expect(html).not.toMatch(/\\?"answer\\?"/);

    // Answer until a blank has gone wrong and a question citing a passage (its source link has an
    // anchor; questions on a heading's subsections or written by hand cite only the module) is
    // answered, module after module (a module may hold only a few questions).
    let wrongBlank: string | null = null;
    let citingPassage: string | null = null;
    const resumedAt = page.url();
    await page.goto("/practice");
    const modules = await page.getByRole("button", { name: /^顺序练习：/ }).count();
    await page.goto(resumedAt);
    for (let moduleIndex = 0; moduleIndex < modules && (!wrongBlank || citingPassage === null); moduleIndex += 1) {
      if (moduleIndex > 0) {
        await page.goto("/practice");
        await page.getByRole("button", { name: /^顺序练习：/ }).nth(moduleIndex).click();
        await page.waitForURL((url) => /^\/practice\/[^/]+$/.test(url.pathname) && url.searchParams.has("q"));
      }
      // 顺序练习 resumes the learner's open attempt of the module (another test may have begun it).
      const answeredBefore = Number(/已答 (\d+)/.exec((await page.getByTestId("practice-counts").textContent()) ?? "")?.[1]);
      for (let index = 0; index < 60 && (!wrongBlank || citingPassage === null); index += 1) {
        const answered = await answerPracticeQuestion(page);
        await page.getByTestId("feedback").waitFor();
        expect(await page.getByTestId("feedback").textContent()).toMatch(/正确答案|参考答案/);
        // The counter counts the answer just given, not only those before this screen.
        expect(await page.getByTestId("practice-counts").textContent()).toContain(`已答 ${answeredBefore + index + 1}`);
        if (answered.kind === "fill" && !wrongBlank) {
          expect(await page.getByTestId("feedback").textContent()).toContain("回答错误");
          wrongBlank = answered.stem;
        }
        const source = page.getByRole("link", { name: "查看出处原文" });
        if (citingPassage === null && (await source.count()) > 0 && (await source.getAttribute("href"))?.includes("#")) citingPassage = new URL(page.url()).pathname + new URL(page.url()).search;
        if (!(await goToNextQuestion(page))) break;
      }
    }
    expect(wrongBlank).not.toBeNull();
    expect(citingPassage).not.toBeNull();

    // An answered question shows its feedback again after a refresh, with a link to the source.
    await page.goto(citingPassage!);
    await page.getByTestId("feedback").waitFor();
    expect(await page.getByRole("link", { name: "查看出处原文" }).getAttribute("href")).toContain("#");
    await page.getByRole("link", { name: "查看出处原文" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/study/"));
    await page.getByTestId("source-highlight").waitFor();

    await page.goto("/mistakes");
    await page.getByText(wrongBlank!.slice(0, 12)).first().waitFor();
    await page.context().close();
  });

  test("the answer endpoint refuses an over-long body, a cross-site form post and a signed-out caller, and records nothing", async () => {
    const page = await startPracticeAsLearner("source");
    const attemptId = new URL(page.url()).pathname.split("/").at(-1)!;
    const endpoint = `${baseURL}${PRACTICE_ANSWER_PATH}`;

    const tooLong = await page.request.post(endpoint, { headers: { "content-type": "application/json" }, data: JSON.stringify({ attemptId, questionId: "x", response: "长".repeat(40_000), durationMs: 1 }) });
    expect(tooLong.status()).toBe(413);
    expect(await tooLong.json()).toEqual({ ok: false, reason: "BAD_REQUEST" });
    const form = await page.request.post(endpoint, { headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }, data: `attemptId=${attemptId}` });
    // The app's server refuses any cross-site write before routing it (lib/http/same-origin.ts).
    expect(form.status()).toBe(403);
    const sameOriginForm = await page.request.post(endpoint, { headers: { "content-type": "application/x-www-form-urlencoded" }, data: `attemptId=${attemptId}` });
    expect(sameOriginForm.status()).toBe(400);
    const signedOut = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ attemptId, questionId: "x", response: true, durationMs: 1 }) });
    expect(signedOut.status).toBe(401);

    // The first question is still unanswered.
    await page.reload();
    await page.getByRole("button", { name: /^(提交答案|查看参考答案)$/ }).waitFor();
    expect(await page.getByTestId("feedback").count()).toBe(0);
    await page.context().close();
  });

  test("the answer endpoint is the same through the app server's fast path and through Next.js's route handler, and the player works through either", async () => {
    const page = await startPracticeAsLearner("shuffled");
    const attemptId = new URL(page.url()).pathname.split("/").at(-1)!;
    const fastPath = `${baseURL}${PRACTICE_ANSWER_PATH}`;
    // A query string: the app's server (lib/http/server.ts) hands the request to Next.js, whose
    // route handler (app/api/practice/answers/route.ts) answers it.
    const routeHandler = `${fastPath}?via=route-handler`;
    const send = async (url: string, data: string) => {
      const response = await page.request.post(url, { headers: { "content-type": "application/json" }, data });
      return { status: response.status(), contentType: response.headers()["content-type"], body: await response.json() };
    };
    const bodies = [
      JSON.stringify({ attemptId, questionId: "no-such-question", response: true, durationMs: 1 }),
      JSON.stringify({ attemptId: "no-such-attempt", questionId: "x", response: true, durationMs: 1 }),
      "{not json",
      JSON.stringify({ attemptId, questionId: "x", response: "长".repeat(40_000), durationMs: 1 }),
    ];
    const statuses: number[] = [];
    for (const data of bodies) {
      const viaFastPath = await send(fastPath, data);
      expect(await send(routeHandler, data)).toEqual(viaFastPath);
      statuses.push(viaFastPath.status);
    }
    expect(statuses).toEqual([404, 404, 400, 413]);
    // Another method is no answer: Next.js's 405, the route handler serving POST only.
    expect((await page.request.get(fastPath)).status()).toBe(405);

    // The question player's own posts, sent to the route handler instead: recorded, with feedback.
    let rerouted = 0;
    await page.route(`**${PRACTICE_ANSWER_PATH}`, (route) => {
      rerouted += 1;
      return route.continue({ url: routeHandler });
    });
    await answerPracticeQuestion(page);
    await page.getByTestId("feedback").waitFor();
    expect(await page.getByTestId("feedback").textContent()).toMatch(/正确答案|参考答案/);
    expect(rerouted).toBeGreaterThan(0);
    await page.unroute(`**${PRACTICE_ANSWER_PATH}`);
    // Recorded: after a reload the question shows its feedback, not the form.
    await page.reload();
    await page.getByTestId("feedback").waitFor();
    await page.context().close();
  });

  test("keyboard only: a number key chooses, Enter submits, → goes to the next question", async () => {
    const page = await startPracticeAsLearner("shuffled");
    // The learner's open attempt may have been begun by another test: count from where it resumes.
    const start = Number(new URL(page.url()).searchParams.get("q") ?? "0");
    for (let index = 0; index < 20; index += 1) {
      const choices = await page.getByRole("radio").or(page.getByRole("checkbox")).count();
      if (choices > 0) break;
      await answerPracticeQuestion(page);
      await page.getByTestId("feedback").waitFor();
      await page.keyboard.press("ArrowRight");
      await page.waitForURL((url) => url.searchParams.get("q") === String(start + index + 1));
    }
    const before = page.url();
    // The key listener is attached once the player has rendered on the client; until then a key does nothing.
    const checked = page.locator('[aria-checked="true"]');
    for (let tries = 0; tries < 20 && (await checked.count()) === 0; tries += 1) {
      await page.keyboard.press("1");
      await page.waitForTimeout(100);
    }
    expect(await checked.count()).toBe(1);
    await page.keyboard.press("Enter");
    await page.getByTestId("feedback").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL((url) => url.href !== before);
    await page.context().close();
  });
});
