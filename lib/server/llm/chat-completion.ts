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

/** Why a completion gave no text, in words that never hold the key or the reply; `unreachable` when the provider itself is down. */
export type CompletionResult = { ok: true; text: string } | { ok: false; reason: string; unreachable: boolean };

/** Node's codes for a server that cannot be reached (fetch's TypeError carries them as its cause). */
const CONNECTION_ERROR_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_SOCKET"]);

function connectionErrorCode(error: unknown): string | null {
  const code = error instanceof Error && typeof error.cause === "object" && error.cause !== null ? (error.cause as { code?: unknown }).code : undefined;
  return typeof code === "string" && CONNECTION_ERROR_CODES.has(code) ? code : null;
}

/** HTTP statuses a proxy or gateway answers with when the model server behind it is down. */
const PROVIDER_DOWN_STATUSES = new Set([502, 503, 504]);

/**
 * One generation's view of the provider: once a request finds it unreachable (refused, timed out,
 * a gateway's 502–504), the questions still waiting are not sent, so a model that is down costs one
 * timeout, not one per question.
 */
export class ProviderCircuit {
  #down: string | null = null;
  get down(): string | null {
    return this.#down;
  }
  record(result: CompletionResult): void {
    if (!result.ok && result.unreachable && this.#down === null) this.#down = result.reason;
  }
}

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
 * the first choice's text, or why there is none — network, HTTP error, timeout, a reply too large,
 * not JSON, of another shape, or echoing the API key — in words that never hold the key or the reply.
 * At most two requests run at once; each is bounded by the configured timeout, body included. With a
 * circuit, a request whose turn comes after the provider was found unreachable is not sent.
 */
export async function chatCompletion(config: LlmConfig, messages: ChatMessage[], circuit?: ProviderCircuit): Promise<CompletionResult> {
  return withSlot(async () => {
    if (circuit?.down) return { ok: false, reason: "not sent: provider unreachable", unreachable: true };
    const result = await request(config, messages);
    circuit?.record(result);
    return result;
  });
}

async function request(config: LlmConfig, messages: ChatMessage[]): Promise<CompletionResult> {
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
    if (!response.ok) return failed(`HTTP ${response.status}`, PROVIDER_DOWN_STATUSES.has(response.status));
    // Nothing that holds the key may be stored or shown.
    if (config.holdsKey(text)) return failed("reply holds the API key");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return failed("reply is not JSON");
    }
    const parsed = replySchema.safeParse(body);
    return parsed.success ? { ok: true, text: parsed.data.choices[0]!.message.content } : failed("reply is not a chat completion");
  } catch (error) {
    if (error instanceof ReplyTooLarge) return failed("reply too large");
    const name = error instanceof Error ? error.name : "error";
    if (name === "TimeoutError" || name === "AbortError") return failed("timed out", true);
    const code = connectionErrorCode(error);
    return code === null ? failed(`request failed (${name})`) : failed(`request failed (${code})`, true);
  }
}

function failed(reason: string, unreachable = false): CompletionResult {
  return { ok: false, reason, unreachable };
}
