import { z } from "zod";

/**
 * NUL (U+0000) in input. PostgreSQL text cannot hold it (the statement fails, and the page
 * answered 500), and no one types it: it is refused at the edge, with one Chinese message —
 * in form and search fields through `textField()`, in multipart fields and file names through
 * `formHasNul`, in the request target through `requestTargetHasNul` (lib/http/server.ts).
 */
export const NUL_REFUSAL = "输入中含有无效的空字符（NUL），请删除后重试。";

export function containsNul(value: string): boolean {
  return value.includes("\u0000");
}

/** `z.string(params)` that refuses NUL with NUL_REFUSAL; chain `.trim()`, `.min()`, … as usual. */
export function textField(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((value) => !containsNul(value), NUL_REFUSAL);
}

/** Whether a multipart form has NUL in a text field or in a file's name. */
export function formHasNul(form: FormData): boolean {
  for (const [, value] of form.entries()) {
    if (typeof value === "string" ? containsNul(value) : containsNul(value.name)) return true;
  }
  return false;
}

/**
 * Whether a request target (path and query, as received) carries NUL, raw or percent-encoded
 * (`%00`): path segments and query values reach services and queries in many places, so the
 * server answers 400 before routing (lib/http/server.ts).
 */
export function requestTargetHasNul(target: string): boolean {
  return target.includes("\u0000") || /%00/i.test(target);
}

export const INVALID_ENCODING_REFUSAL = "请求地址的编码无效（不是 UTF-8），请检查链接后重试。";

/**
 * Why the server refuses a request target before routing it, or null: NUL (above), or a
 * percent-encoding that is not UTF-8 (`%FF`, a cut `%E4%B8`), which would otherwise reach pages
 * and queries as a decoding error.
 */
export function requestTargetProblem(target: string): string | null {
  if (requestTargetHasNul(target)) return NUL_REFUSAL;
  try {
    decodeURIComponent(target);
  } catch {
    return INVALID_ENCODING_REFUSAL;
  }
  return null;
}
