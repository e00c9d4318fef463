import { SALUTATION } from "./structure/classify-lines";
import type { Sentence } from "./types";

const TERMINAL = "。！？!?";
const CLOSERS = "”’」』）)";
/** A quotation longer than this is treated as unbalanced, so one stray quote cannot swallow a passage. */
const MAX_QUOTE_LENGTH = 400;

/**
 * Splits a passage into sentences at 。！？ (with any closing quotes after them), never inside
 * a quotation; an ellipsis ends a sentence only at the end of the passage. Offsets index the passage.
 * A passage that opens with its addressees ("各党支部：", "同志们：", joined to the paragraph they open) starts its
 * first sentence after them: whom a notice or a speech addresses is no part of what it says.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const addressees = /^\s*[^。！？!?：:\n]{1,30}[：:]/.exec(text)?.[0];
  let start = addressees !== undefined && addressees.length < text.length && SALUTATION.test(addressees.trim()) ? addressees.length : 0;
  let depth = 0;
  let quoteStart = -1;
  const push = (end: number) => {
    let from = start;
    while (from < end && /\s/.test(text[from]!)) from++;
    let to = end;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) sentences.push({ text: text.slice(from, to), start: from, end: to });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "“") {
      if (depth === 0) quoteStart = i;
      depth++;
    } else if (char === "”") {
      depth = Math.max(0, depth - 1);
    }
    if (depth > 0 && i - quoteStart > MAX_QUOTE_LENGTH) depth = 0;
    if (depth > 0 || !TERMINAL.includes(char)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.includes(text[end]!) || CLOSERS.includes(text[end]!))) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}
