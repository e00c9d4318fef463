/**
 * A request's body, read while counting: chunk by chunk, abandoned the moment it passes
 * `maxBytes`, whether the client declared a Content-Length or sent it chunked, so an oversized
 * body costs at most `maxBytes` of memory (Request.arrayBuffer() would buffer the whole of it
 * first). Framework-free: route handlers map the result to their answer.
 */
export type BodyWithinLimit = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: "TOO_LARGE" | "UNREADABLE" };

export async function readBodyWithinLimit(request: Request, maxBytes: number): Promise<BodyWithinLimit> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "TOO_LARGE" };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
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
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
