import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// A lecture as an annotated edition prints it: calls in the text, a 注释 section with a note that explains, a bare
// citation, and a long note without spaces (which must wrap at phone width).
const LONG_NOTE = "这是一条很长的注释，".repeat(20) + "用来检查手机宽度下的换行。";
const LECTURE = [
  "反对空话连篇的文风",
  "",
  "我们今天讲文风问题。那就算对于主观主义最后地“将一军”[1]。这些意思以前也说过[2]，今天再讲一讲。党八股的危害在全党都存在[3]，必须加以反对。",
  "",
  "注释",
  "",
  "[1] “将一军”是中国象棋中的术语，凡是一方走了一着棋使对方的将军有立即被捉的危险时，就叫做向对方将军。",
  "",
  "[2] 见本卷《整顿党的作风》注〔1〕。",
  "",
  `[3] ${LONG_NOTE}`,
].join("\n");

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("an annotated edition's notes in the reading view", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("the upload preview counts a lecture's explanatory notes; published, they follow its text under 注释, numbered as in the source, at 390 px without sideways scrolling", async () => {
    const page = await newPhonePage(browser);
    await signInHome(page, instructor);
    await page.goto("/bank/upload");
    await page.getByLabel("学习材料文件").setInputFiles({ name: "文风.txt", mimeType: "text/plain", buffer: Buffer.from(LECTURE) });
    await page.getByRole("button", { name: "上传并预览" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/bank/uploads/"));
    // The preview counts the notes the reading view will show (two explain; the bare citation is not one).
    expect(await page.getByTestId("upload-summary").textContent()).toContain("注释 2 条");
    await page.getByRole("button", { name: "发布为课程单元" }).click();
    await page.waitForURL((url) => url.pathname === "/bank/upload");
    await page.getByText("已发布为课程单元").waitFor();
    await page.context().close();

    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    await reader.goto("/study");
    await reader.getByRole("link", { name: /反对空话连篇的文风/ }).first().click();
    await reader.waitForURL((url) => url.pathname.startsWith("/study/"));
    const notes = reader.getByTestId("document-notes");
    await notes.waitFor();
    expect(await notes.getByRole("heading", { name: "注释" }).count()).toBe(1);
    const items = await notes.getByRole("listitem").allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^\[1\]\s*“将一军”是中国象棋中的术语/);
    expect(items[1]).toMatch(/^\[3\]\s*这是一条很长的注释/);
    expect(await notes.textContent()).not.toContain("整顿党的作风");
    expect(await reader.locator("article p.indent-\\[2em\\]").allTextContents()).not.toContainEqual(expect.stringContaining("中国象棋"));
    const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await reader.context().close();
  });
});
