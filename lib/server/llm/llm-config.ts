import "server-only";
import { z } from "zod";

/**
 * The optional LLM provider (docs/BANK.md, "Machine rewriting"): an OpenAI-compatible endpoint such as
 * Ollama or vLLM, read from the environment here and nowhere else. Off when DANGKE_LLM_BASE_URL is
 * unset. The API key is kept out of the object's data (only `headers()` returns it), so logging or
 * serialising the configuration never shows it; it is sent only in the Authorization header.
 */
export interface LlmConfig {
  /** Base address without a trailing slash; requests go to {baseUrl}/v1/chat/completions. */
  baseUrl: string;
  model: string;
  timeoutMs: number;
  /** At most this many questions sent to the model in one generation. */
  maxQuestions: number;
  /** Request headers, with Authorization when a key is set. */
  headers(): Record<string, string>;
  /** Whether a text holds the key (an endpoint echoing it back): such a reply is never used. */
  holdsKey(text: string): boolean;
}

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const envSchema = z.object({
  DANGKE_LLM_BASE_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/ }).optional()),
  DANGKE_LLM_MODEL: z.preprocess(blankAsUnset, z.string().trim().min(1).max(200).optional()),
  DANGKE_LLM_API_KEY: z.preprocess(blankAsUnset, z.string().trim().min(1).max(4096).optional()),
  DANGKE_LLM_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1_000).max(600_000).default(60_000)),
  DANGKE_LLM_MAX_QUESTIONS: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(10_000).default(200)),
});

/**
 * The provider's configuration, or null when it is off — unset, or set wrongly (a warning names the
 * variable at fault, never its value): generation then goes on with the rule-written bank alone.
 */
export function llmConfig(env: Readonly<Record<string, string | undefined>> = process.env): LlmConfig | null {
  if (blankAsUnset(env.DANGKE_LLM_BASE_URL) === undefined) return null;
  const parsed = envSchema.safeParse(env);
  if (!parsed.success || !parsed.data.DANGKE_LLM_MODEL) {
    const fields = parsed.success ? ["DANGKE_LLM_MODEL"] : [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    console.warn(`LLM rewrite is off: ${fields.join(", ")} is missing or invalid.`);
    return null;
  }
  const { DANGKE_LLM_BASE_URL, DANGKE_LLM_MODEL, DANGKE_LLM_API_KEY, DANGKE_LLM_TIMEOUT_MS, DANGKE_LLM_MAX_QUESTIONS } = parsed.data;
  const apiKey = DANGKE_LLM_API_KEY;
  return {
    baseUrl: DANGKE_LLM_BASE_URL!.replace(/\/+$/, ""),
    model: DANGKE_LLM_MODEL,
    timeoutMs: DANGKE_LLM_TIMEOUT_MS,
    maxQuestions: DANGKE_LLM_MAX_QUESTIONS,
    headers: () => ({ "content-type": "application/json", accept: "application/json", ...(apiKey && { authorization: `Bearer ${apiKey}` }) }),
    holdsKey: (text) => apiKey !== undefined && text.includes(apiKey),
  };
}
