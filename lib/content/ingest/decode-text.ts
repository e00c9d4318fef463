import chardet from "chardet";
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

const SAMPLE_BYTES = 64 * 1024;

/** Binary files have NUL bytes or many control characters; UTF-16 text is recognised by its BOM first. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Finds the encoding: a BOM, else valid UTF-8, else what chardet sees (GB18030 covers GBK and GB2312). */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (isValidUtf8(bytes)) return "utf-8";
  const guess = (chardet.detect(bytes.subarray(0, SAMPLE_BYTES)) ?? "").toLowerCase();
  if (guess === "big5") return "big5";
  // Invalid UTF-8 in this app's documents is almost always a Chinese code page; GB18030 is a superset of GBK.
  return "gb18030";
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** A `?` (or a run of them) after a Chinese character or a space, before a Chinese character or a digit. */
const LOST_CHARACTER = /(?<=[\p{Script=Han} ])\?+(?=[\p{Script=Han}\d])/gu;
const LOST_RUN = /\p{Script=Han}\?{2,}\p{Script=Han}| \?+[\p{Script=Han}\d]/u;
/** A `?` used as a question mark: at a line end, or before a closing quote, a bracket or a space. */
const QUESTION_MARK = /\?(?:[ \t]*\r?$|["”’」』）)\]\s])/mu;

/**
 * A text saved in a legacy code page (Notepad's "ANSI": GBK, Big5) writes `?` for each character
 * the code page cannot hold (a no-break space, an en space, a rare character):
 * `校长??王?琛`, `担使命?传承`, `王 ?琛 ?2020.6.20`. In a file that shows such a `?` for sure (a run
 * of two or more between Chinese characters, or one after a space, where no question mark stands),
 * a `?` after a Chinese character or a space and before a Chinese character or a digit is a space,
 * unless the file uses `?` as a question mark anywhere (at a line end, before a quote, a bracket or a
 * space): then all are left alone.
 */
export function restoreLostCharacters(text: string): string {
  // Evidence first: a run of two or more `?` between Chinese characters, or a `?` after a space, is no punctuation.
  if (!LOST_RUN.test(text) || QUESTION_MARK.test(text)) return text;
  return text.replace(LOST_CHARACTER, (run) => " ".repeat(run.length));
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const decoded = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding).replace(/^\ufeff/, "");
  const text = encoding === "gb18030" || encoding === "big5" ? restoreLostCharacters(decoded) : decoded;
  return { text, encoding };
}
