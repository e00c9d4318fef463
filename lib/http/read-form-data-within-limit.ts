import { readBodyWithinLimit } from "./read-body-within-limit";

/**
 * A multipart request's form, read while counting (readBodyWithinLimit): an oversized upload
 * costs at most `maxBytes` of memory (Request.formData() would buffer the whole of it first).
 * Framework-free: route handlers map the result to their answer.
 */
export type FormDataWithinLimit = { ok: true; form: FormData } | { ok: false; reason: "TOO_LARGE" | "UNREADABLE" };

export async function readFormDataWithinLimit(request: Request, maxBytes: number): Promise<FormDataWithinLimit> {
  const read = await readBodyWithinLimit(request, maxBytes);
  if (!read.ok) return read;
  if (!request.body) return { ok: false, reason: "UNREADABLE" };
  try {
    const form = await new Response(read.bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
}

/** Room for the multipart framing and the small fields around an upload's file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
