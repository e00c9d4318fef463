// Hostile files against the app as `npm start` serves it (the Next.js build, its parse worker
// and lib/http/server.ts): a zip bomb at /bank/upload, oversized bodies chunked and not, and a second
// client answered throughout. The longest wait of that client is printed, not asserted.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { docxBomb } from "../support/hostile-files";
import { baseURL, chromiumPath, launchBrowser, newPhonePage, signInHome } from "./browser";

const instructor = DEMO_ACCOUNTS.find((account) => account.role === "INSTRUCTOR")!;
const MB = 1024 * 1024;

describe.skipIf(!chromiumPath)("hostile uploads against the running app", () => {
  let browser: Browser;
  let page: Page;
  let cookie: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPhonePage(browser);
    await signInHome(page, instructor);
    cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function pendingCount() {
    await page.goto("/bank/upload");
    return page.getByRole("heading", { name: "待发布的材料" }).count();
  }

  test("a .docx bomb uploaded at /bank/upload gets a Chinese message, leaves nothing to publish, and another client is answered throughout", async () => {
    const bomb = await docxBomb(512);
    let uploading = true;
    let longestMs = 0;
    let pings = 0;
    const ping = async () => {
      const started = performance.now();
      const response = await fetch(new URL("/api/auth/csrf", baseURL));
      await response.text();
      expect(response.status).toBe(200);
      return performance.now() - started;
    };
    let baselineMs = 0;
    for (let index = 0; index < 20; index++) baselineMs = Math.max(baselineMs, await ping());
    const secondClient = (async () => {
      while (uploading) {
        longestMs = Math.max(longestMs, await ping());
        pings++;
      }
    })();
    await page.goto("/bank/upload");
    await page.getByLabel("学习材料文件").setInputFiles({ name: "炸弹.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: bomb });
    await page.getByRole("button", { name: "上传并预览" }).click();
    await page.getByRole("alert").filter({ hasText: "解压后过大或内部文件过多" }).waitFor();
    uploading = false;
    await secondClient;
    console.log(`[stall] .docx bomb at /bank/upload (npm start): longest wait of a second client ${Math.round(longestMs)} ms over ${pings} requests (${Math.round(baselineMs)} ms over 20 requests before the upload)`);
    expect(await pendingCount()).toBe(0);
  });

  test.each([
    ["chunked", false],
    ["with a declared length", true],
  ])("a 300 MB body sent %s is refused with 413 in Chinese before it is read whole", async (_case, declareLength) => {
    const result = await postLargeBody("/api/uploads", 300 * MB, declareLength, cookie);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).error).toContain("超过 20 MB");
    expect(result.sentBytes).toBeLessThan(300 * MB);
    expect((await fetch(new URL("/login", baseURL))).status).toBe(200);
  });
});

/** Streams a multipart body of `totalBytes` to `path` until the server answers; how much was sent by then. */
function postLargeBody(path: string, totalBytes: number, declareLength: boolean, cookie: string): Promise<{ status: number; body: string; sentBytes: number }> {
  const boundary = "----dangke-e2e";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="courseId"\r\n\r\nx\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`);
  const url = new URL(path, baseURL);
  const headers: http.OutgoingHttpHeaders = { cookie, "content-type": `multipart/form-data; boundary=${boundary}` };
  if (declareLength) headers["content-length"] = head.byteLength + totalBytes;
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const request = http.request(url, { method: "POST", headers }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text: string) => (body += text));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentBytes });
      });
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    request.write(head);
    const chunk = Buffer.alloc(MB, 0x41);
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.byteLength;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}
