import mammoth from "mammoth";

/** The text of a Word .docx file, one paragraph per line. */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value.replace(/\n{2,}/g, "\n");
}
