import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { chromiumPath, launchBrowser, newPhonePage, signIn, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const learner = DEMO_ACCOUNTS.find((account) => account.role === "LEARNER")!;

// Without Chromium these cannot run; global-setup says so loudly, and fails under CI=true.
describe.skipIf(!chromiumPath)("classes and roster import in the browser", () => {
  let browser: Browser;
  let page: Page;
  let classPath: string;
  let importedPasswords: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    page.on("dialog", (dialog) => void dialog.accept());
    await signInHome(page, instructor);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function importCsv(text: string) {
    await page.getByLabel("名单文件").setInputFiles({ name: "名单.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "导入名单" }).click();
  }

  test("an instructor creates a class and sees its invite code and registration link", async () => {
    await page.goto("/classes");
    await page.getByLabel("新班级名称").fill("浏览器测试支部");
    await page.getByRole("button", { name: "创建班级" }).click();
    await page.getByRole("heading", { name: "浏览器测试支部" }).waitFor();
    classPath = new URL(page.url()).pathname;
    expect(classPath).toMatch(/^\/classes\/[^/]+$/);
    const code = await page.getByTestId("invite-code").textContent();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await page.getByTestId("invite-link").textContent()).toContain(`/register?code=${code}`);
    expect(await page.getByText("李教员").count()).toBeGreaterThan(0);
  });

  test("a roster with one bad row shows that row's error and imports nobody; fixed, it imports and shows the passwords once", async () => {
    await page.goto(classPath);
    await importCsv("姓名,邮箱\n郑一,zheng1@example.com\n郑二,not-an-email\n");
    const alert = page.getByRole("alert").filter({ hasText: "没有导入任何学员" });
    await alert.waitFor();
    expect(await alert.getByText("第 3 行").count()).toBe(1);
    expect(await alert.textContent()).toContain("邮箱“not-an-email”格式不正确");
    await page.reload();
    await page.getByRole("heading", { name: "学员（0）" }).waitFor();

    await importCsv("姓名,邮箱\n郑一,zheng1@example.com\n郑二,zheng2@example.com\n");
    await page.getByText("导入完成：新建账号 2 个").waitFor();
    const passwords = await page.getByTestId("one-time-password").allTextContents();
    expect(passwords).toHaveLength(2);
    importedPasswords = passwords;
    await page.getByRole("heading", { name: "学员（2）" }).waitFor();

    await page.reload();
    await page.getByRole("heading", { name: "学员（2）" }).waitFor();
    expect(await page.getByTestId("one-time-password").count()).toBe(0);

    const newcomer = await newPhonePage(browser);
    await signIn(newcomer, "zheng1@example.com", passwords[0]!);
    await newcomer.waitForURL((url) => url.pathname === "/");
    await newcomer.context().close();
  });

  test("the roster template downloads as a CSV with the 姓名 and 邮箱 header", async () => {
    const response = await page.request.get("/classes/roster-template");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect((await response.text()).replace(/^\ufeff/, "").split("\r\n")[0]).toBe("姓名,邮箱");
  });

  test("an instructor removes a learner from the class, and the learner's account stays", async () => {
    await page.goto(classPath);
    await page.getByRole("button", { name: "移出 郑二" }).click();
    await page.getByRole("heading", { name: "学员（1）" }).waitFor();
    expect(await page.getByRole("button", { name: "移出 郑二" }).count()).toBe(0);
    const removed = await newPhonePage(browser);
    await signIn(removed, "zheng2@example.com", importedPasswords[1]!);
    await removed.waitForURL((url) => url.pathname === "/");
    await removed.context().close();
  });

  test("a learner is refused the class pages, the import endpoint and the template with 403", async () => {
    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    for (const path of ["/classes", classPath]) expect((await reader.goto(path))?.status(), path).toBe(403);
    const forged = await reader.request.post(`${classPath}/roster`, {
      multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("姓名,邮箱\n伪造,forged@example.com\n") } },
    });
    expect(forged.status()).toBe(403);
    expect((await reader.request.get("/classes/roster-template")).status()).toBe(403);
    await reader.context().close();
  });

  test("a learner joins the class by its code from 我的", async () => {
    await page.goto(classPath);
    const code = (await page.getByTestId("invite-code").textContent())!;
    const reader = await newPhonePage(browser);
    await signInHome(reader, learner);
    await reader.goto("/me");
    await reader.getByLabel("班级邀请码").fill("WRONG123");
    await reader.getByRole("button", { name: "加入班级" }).click();
    await reader.getByText("邀请码无效，请向教员确认").waitFor();
    await reader.getByLabel("班级邀请码").fill(code.toLowerCase());
    await reader.getByRole("button", { name: "加入班级" }).click();
    await reader.getByText("已加入“浏览器测试支部”").waitFor();
    await reader.context().close();
  });
});
