import http from "node:http";
import type { AddressInfo } from "node:net";

/** One request the stub received, as it came over the wire. */
export interface StubRequest {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How the stub answers: a reply text for the chat completion, a raw HTTP answer, or no answer at all (a hung model). */
export type StubReply = { content: string } | { status: number; body: string; headers?: Record<string, string> } | "hang";

/**
 * A local stand-in for an OpenAI-compatible server (Ollama, vLLM): `POST /v1/chat/completions` on an
 * ephemeral port of 127.0.0.1, answering each request with what `reply` says for its messages.
 * It tests the wiring only: no real model, no network beyond this machine.
 */
export async function startOpenAiStub(reply: (user: string, request: StubRequest) => StubReply) {
  const requests: StubRequest[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const received = { url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(received);
      const messages = (JSON.parse(received.body) as { messages: Array<{ role: string; content: string }> }).messages;
      const answer = reply(messages.find((message) => message.role === "user")?.content ?? "", received);
      if (answer === "hang") return;
      if ("content" in answer) {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ id: "chatcmpl-stub", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: answer.content }, finish_reason: "stop" }] }));
        return;
      }
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The field of a rewrite prompt's line (题干：…), as lib/questions/rewrite writes it. */
function field(user: string, name: string): string {
  return new RegExp(`^${name}[^：]*：(.*)$`, "m").exec(user)?.[1] ?? "";
}

/**
 * What a careful model answers to a rewrite prompt: the stem and the key copied, the same
 * distractors, and a 解析 that cites the 出处 and says what each wrong option is.
 */
export function carefulRewrite(user: string): string {
  const key = JSON.parse(field(user, "正确答案") || "[]") as string[];
  const wrong = field(user, "干扰项").split("；").filter(Boolean);
  const explanation = [`${key.join("、")}是正确答案，出处：${field(user, "出处")}。`, ...wrong.map((text) => `${text}不是原文此处的说法。`)].join("");
  return JSON.stringify({ stem: field(user, "题干"), key, distractors: wrong, explanation });
}
