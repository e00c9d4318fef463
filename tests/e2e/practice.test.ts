import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { baseURL, chromiumPath, launchBrowser, newPhonePage } from "./browser";
import { answerPracticeQuestion } from "./support/practice-answers";
import { answerUntil, openPractice, signInRole } from "./support/practice-start";

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("practising in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The demo learner, signed in on a phone, on the first unanswered question of the first module's practice. */
  async function startPracticeAsLearner(start: "顺序练习" | "随机练习") {
    const page = await newPhonePage(browser);
    await signInRole(page, "LEARNER");
    await openPractice(page, start);
    return page;
  }

  test("a learner practises a module: feedback with the source, a wrong blank lands in 错题本, and the answer is not in the page before answering", async () => {
    const page = await startPracticeAsLearner("顺序练习");
    // The first unanswered question's page, payload included, holds neither the answer nor the 解析
    // (顺序练习 resumes the learner's open attempt of the module, which another test may have begun,
    // so its first question may be answered already).
    const html = await (await page.request.get(page.url())).text();
    expect(html).not.toContain("出自《");
    expect(html).not.toMatch(/\\?"answer\\?"/);

    // Answer until a blank has gone wrong and a question citing a passage (its source link has an
    // anchor; questions on a heading's subsections or written by hand cite only the module) is
    // answered, module after module (a module may hold only a few questions).
    const found: { wrongBlank?: string; citingPassage?: string } = {};
    await answerUntil(page, async (answered) => {
      expect(await page.getByTestId("feedback").textContent()).toMatch(/正确答案|参考答案/);
      // The counter counts the answer just given, not only those before this screen.
      expect(await page.getByTestId("practice-counts").textContent()).toContain(`已答 ${answered.answeredBefore + 1}`);
      if (answered.kind === "fill" && !found.wrongBlank) {
        expect(await page.getByTestId("feedback").textContent()).toContain("回答错误");
        found.wrongBlank = answered.stem;
      }
      const source = page.getByRole("link", { name: "查看出处原文" });
      if (!found.citingPassage && (await source.count()) > 0 && (await source.getAttribute("href"))?.includes("#")) found.citingPassage = new URL(page.url()).pathname + new URL(page.url()).search;
      return Boolean(found.wrongBlank && found.citingPassage);
    });
    const { wrongBlank, citingPassage } = found;
    expect(wrongBlank).toBeDefined();
    expect(citingPassage).toBeDefined();

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
    const page = await startPracticeAsLearner("顺序练习");
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
    const page = await startPracticeAsLearner("随机练习");
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
    const page = await startPracticeAsLearner("随机练习");
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
    await expect
      .poll(
        async () => {
          await page.keyboard.press("1");
          return checked.count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await page.keyboard.press("Enter");
    await page.getByTestId("feedback").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL((url) => url.href !== before);
    await page.context().close();
  });
});
