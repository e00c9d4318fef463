/**
 * A multipart request's form, read while counting: the body is read chunk by chunk and
 * abandoned the moment it passes `maxBytes`, whether the client declared a Content-Length or sent
 * it chunked, so an oversized upload costs at most `maxBytes` of memory (Request.formData() would
 * buffer the whole of it first). Framework-free: route handlers map the result to their answer.
 */
export type FormDataWithinLimit = { ok: true; form: FormData } | { ok: false; reason: "TOO_LARGE" | "UNREADABLE" };

export async function readFormDataWithinLimit(request: Request, maxBytes: number): Promise<FormDataWithinLimit> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "TOO_LARGE" };
  }
  if (!request.body) return { ok: false, reason: "UNREADABLE" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "TOO_LARGE" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
}

/** Room for the multipart framing and the small fields around an upload's file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
