import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { forgettingDecay, summariseRetention } from "@/lib/srs";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const world = inject("servedWorlds")[0]?.world;
const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;

describe.skipIf(!chromiumPath || !world)("我的进度 shows retention and overdue cards as the review log gives them", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("on a phone: the module's retention and 掌握 match lib/srs/retention on the seeded cards, its overdue cards are counted and lead to 复习; the learner's page shows an administrator the same", async () => {
    const seeded = world!.retention;
    const cards = seeded.cards.map((card) => ({ ...card, lastReview: card.lastReview ? new Date(card.lastReview) : null, due: new Date(card.due) }));
    const page = await newPhonePage(browser);
    await signInHome(page, seeded);
    // 今日学习's 掌握 bar of the module: its maximum is the module's active questions now (other
    // browser tests may retire or add questions), its value the mastered ones.
    const masteryBar = page.locator(`[role="progressbar"][aria-label="${seeded.moduleTitle} 掌握"]`).first();
    await masteryBar.waitFor({ state: "attached" });
    const questions = Number(await masteryBar.getAttribute("aria-valuemax"));
    const masteredAtHome = Number(await masteryBar.getAttribute("aria-valuenow"));

    const before = new Date();
    await page.goto("/progress");
    const item = page.locator(`[data-module-id="${seeded.moduleId}"]`);
    await item.waitFor();
    const after = new Date();

    // Retention only falls with time: what the page computed lies between the figures at the two ends.
    const early = summariseRetention(cards, before, forgettingDecay(), questions);
    const late = summariseRetention(cards, after, forgettingDecay(), questions);
    const bar = item.getByRole("progressbar", { name: `${seeded.moduleTitle} 预计记忆保持率` });
    const shown = Number(await bar.getAttribute("aria-valuenow"));
    expect(shown).toBeGreaterThanOrEqual(Math.round(late.retention! * 100));
    expect(shown).toBeLessThanOrEqual(Math.round(early.retention! * 100));
    expect(await item.textContent()).toContain(`${shown}%`);
    // Mostly wrong answers and a backlog: far from the all-green 100% of the report.
    expect(shown).toBeLessThan(80);

    expect(early).toMatchObject({ reviewed: late.reviewed, overdue: late.overdue });
    expect(early.overdue).toBe(3);
    // 掌握 on the home page is the same definition: the two cards in long-term review, not overdue.
    expect(early.mastered).toBe(2);
    expect(masteredAtHome).toBe(early.mastered);
    const counts = await item.getByTestId("retention-counts").textContent();
    expect(counts).toContain(`已复习 ${early.reviewed} 题`);
    expect(counts).toContain(`未复习 ${early.notReviewed} 题`);
    expect(counts).toContain(`逾期 ${early.overdue} 题`);
    expect(await page.getByTestId("progress-overdue").textContent()).toContain(`有 ${early.overdue} 张卡片已逾期未复习`);
    // Accuracy and retention are different figures, both shown: 3 of 8 answers were right.
    expect(await page.getByTestId("progress-totals").textContent()).toContain("38%");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    await item.getByRole("link", { name: `逾期 ${early.overdue} 题，去复习` }).click();
    await page.waitForURL((url) => url.pathname === "/review");
    expect(await page.getByTestId("review-due").textContent()).toContain(`到期 ${early.overdue} 张`);

    // The learner's page, as an administrator (or their instructor) sees it, gives the same figures.
    const reader = await newPhonePage(browser);
    await signInHome(reader, admin);
    const start = new Date();
    await reader.goto(`/learners/${seeded.userId}`);
    const readerItem = reader.locator(`[data-module-id="${seeded.moduleId}"]`);
    await readerItem.waitFor();
    const end = new Date();
    const readerShown = Number(await readerItem.getByRole("progressbar", { name: `${seeded.moduleTitle} 预计记忆保持率` }).getAttribute("aria-valuenow"));
    expect(readerShown).toBeGreaterThanOrEqual(Math.round(summariseRetention(cards, end, forgettingDecay()).retention! * 100));
    expect(readerShown).toBeLessThanOrEqual(Math.round(summariseRetention(cards, start, forgettingDecay()).retention! * 100));
    expect(await readerItem.getByTestId("retention-counts").textContent()).toContain(`逾期 ${early.overdue} 题`);
    expect(await reader.getByTestId("learner-overdue").textContent()).toContain(`逾期未复习 ${early.overdue} 张`);
  });
});
