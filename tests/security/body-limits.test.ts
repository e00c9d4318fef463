// Request bodies are counted while they stream: an oversized upload is abandoned at the limit,
// whether it declares its length or comes chunked, and is never buffered whole.
import { describe, expect, test } from "vitest";
import { readFormDataWithinLimit } from "@/lib/http/read-form-data-within-limit";

const MB = 1024 * 1024;
const BOUNDARY = "----dangke-test";

function multipartHead(fileName: string): Uint8Array {
  return new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="courseId"\r\n\r\ncrs_1\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`);
}

/** A body of `totalBytes` made one megabyte at a time as it is read; `pulled()` says how much was. */
function lazyBody(totalBytes: number) {
  let produced = 0;
  const chunk = new Uint8Array(MB).fill(0x41);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= totalBytes) return controller.close();
      produced += chunk.byteLength;
      controller.enqueue(produced === chunk.byteLength ? concat(multipartHead("big.txt"), chunk) : chunk);
    },
  });
  return { stream, pulled: () => produced };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.byteLength + b.byteLength);
  joined.set(a);
  joined.set(b, a.byteLength);
  return joined;
}

function uploadRequest(body: ReadableStream<Uint8Array> | Uint8Array, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/uploads", {
    method: "POST",
    body,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    duplex: "half",
  } as RequestInit);
}

describe("readFormDataWithinLimit", () => {
  test("a 300 MB chunked body is abandoned once it passes the limit, having read about the limit", async () => {
    const body = lazyBody(300 * MB);
    const read = await readFormDataWithinLimit(uploadRequest(body.stream), 20 * MB);
    expect(read).toEqual({ ok: false, reason: "TOO_LARGE" });
    expect(body.pulled()).toBeLessThanOrEqual(22 * MB);
  });

  test("a body declaring more than the limit is refused before a byte is read", async () => {
    const body = lazyBody(300 * MB);
    const read = await readFormDataWithinLimit(uploadRequest(body.stream, { "content-length": String(300 * MB) }), 20 * MB);
    expect(read).toEqual({ ok: false, reason: "TOO_LARGE" });
    expect(body.pulled()).toBeLessThanOrEqual(MB);
  });

  test("a body under the limit, chunked, gives its form and file", async () => {
    const end = new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`);
    const whole = concat(concat(multipartHead("学习材料.txt"), new TextEncoder().encode("党员要密切联系群众。")), end);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < whole.byteLength; offset += 7) controller.enqueue(whole.subarray(offset, offset + 7));
        controller.close();
      },
    });
    const read = await readFormDataWithinLimit(uploadRequest(stream), 20 * MB);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.form.get("courseId")).toBe("crs_1");
    const file = read.form.get("file") as File;
    expect(file.name).toBe("学习材料.txt");
    expect(await file.text()).toBe("党员要密切联系群众。");
  });

  test("a body that is not multipart is unreadable, not an error", async () => {
    const request = new Request("http://localhost/api/uploads", { method: "POST", body: "not a form", headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(await readFormDataWithinLimit(request, 20 * MB)).toEqual({ ok: false, reason: "UNREADABLE" });
  });
});
