import "server-only";
import { z } from "zod";
import type { ChatMessage } from "@/lib/questions/rewrite";
import type { LlmConfig } from "./llm-config";

/** Requests to the provider at once, in this process: a local model serves one or two well. */
const MAX_CONCURRENT = 2;
/** A reply larger than this is no answer about one question. */
const MAX_RESPONSE_BYTES = 256 * 1024;

const replySchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

let running = 0;
const waiting: Array<() => void> = [];

async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

class ReplyTooLarge extends Error {}

async function readBounded(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new ReplyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * One chat completion (`POST {base}/v1/chat/completions`, the OpenAI shape Ollama and vLLM serve):
 * the first choice's text, or null on any failure — network, HTTP error, timeout, a reply too large,
 * not JSON, of another shape, or echoing the API key — with a one-line warning that never holds the
 * key or the reply.
 * At most two requests run at once; each is bounded by the configured timeout, body included.
 */
export async function chatCompletion(config: LlmConfig, messages: ChatMessage[]): Promise<string | null> {
  return withSlot(async () => {
    try {
      const response = await fetch(`${config.baseUrl}/v1/chat/completions`, {
        method: "POST",
        headers: config.headers(),
        body: JSON.stringify({ model: config.model, messages, temperature: 0.2, stream: false, response_format: { type: "json_object" } }),
        signal: AbortSignal.timeout(config.timeoutMs),
        // A redirect would carry the key elsewhere.
        redirect: "error",
      });
      const text = await readBounded(response);
      if (!response.ok) return failed(`HTTP ${response.status}`);
      // Nothing that holds the key may be stored or shown.
      if (config.holdsKey(text)) return failed("reply holds the API key");
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return failed("reply is not JSON");
      }
      const parsed = replySchema.safeParse(body);
      return parsed.success ? parsed.data.choices[0]!.message.content : failed("reply is not a chat completion");
    } catch (error) {
      if (error instanceof ReplyTooLarge) return failed("reply too large");
      const name = error instanceof Error ? error.name : "error";
      return failed(name === "TimeoutError" || name === "AbortError" ? "timed out" : `request failed (${name})`);
    }
  });
}

function failed(reason: string): null {
  console.warn(`LLM rewrite: ${reason}; the question stays as generated.`);
  return null;
}
