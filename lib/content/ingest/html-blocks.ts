/** HTML blocks inside Markdown (a study note's `<div class="card"><h4>…</h4><p>…</p></div>`) as text blocks. */

export interface TextBlock {
  text: string;
  heading: boolean;
}

const BLOCK_START = /^\s{0,3}<(div|p|h[1-6]|section|article|aside|header|footer|blockquote|details|figure|ul|ol|dl|table|style|script)\b/i;
/** Raw-text elements: their content is never text, and they run to their closing tag, blank lines included. */
const RAW_START = /^\s{0,3}<(style|script)\b/i;
const LABEL_WIDTH = 15;
const PUNCTUATION = /[，。；：、！？,.;:!?]/;
const TERMINAL = /[。！？!?；;][”’」』）)]*$/;

export function startsHtmlBlock(line: string): boolean {
  return BLOCK_START.test(line);
}

/** The lines of an HTML block starting at `start`: to the first blank line, or to the closing tag of a style or script. */
export function htmlBlockEnd(lines: string[], start: number): number {
  const raw = RAW_START.exec(lines[start]!);
  let end = start;
  if (raw) {
    const close = new RegExp(`</${raw[1]}\\s*>`, "i");
    while (end < lines.length && !close.test(lines[end]!)) end++;
    return Math.min(end + 1, lines.length);
  }
  while (end < lines.length && lines[end]!.trim()) end++;
  return end;
}

/** Text pieces of the block, each with the element it sits in. */
function pieces(html: string): Array<{ tag: string; text: string }> {
  const result: Array<{ tag: string; text: string }> = [];
  const stack: string[] = [];
  const clean = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "");
  for (const token of clean.split(/(<[^>]*>)/)) {
    const tag = /^<(\/)?([a-z][a-z0-9]*)/i.exec(token);
    if (tag) {
      const name = tag[2]!.toLowerCase();
      if (tag[1]) {
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      } else if (!/\/>$/.test(token) && !["br", "img", "hr", "input", "meta", "link"].includes(name)) stack.push(name);
      continue;
    }
    const text = token.replace(/\s+/g, " ").trim();
    if (text) result.push({ tag: stack[stack.length - 1] ?? "", text });
  }
  return result;
}

/** Elements that label the text after them. */
const LABEL_TAGS = new Set(["h4", "h5", "h6", "strong", "b", "dt", "th", "label"]);
const isLabel = (text: string) => text.length <= LABEL_WIDTH && !PUNCTUATION.test(text);
const endsWithColon = (text: string) => /[：:]$/.test(text);

/**
 * The block's text as paragraphs: h1–h3 are headings; a short label (`<h4>核心认识</h4>`,
 * `<strong>高质量发展</strong>`) and the text after it make one line, "核心认识：…"; a run of items
 * that are phrases, not sentences, is one list "甲；乙；丙。", as Markdown bullets are.
 */
export function htmlBlockToText(html: string): TextBlock[] {
  const items: TextBlock[] = [];
  const found = pieces(html);
  for (let index = 0; index < found.length; index++) {
    const { tag, text } = found[index]!;
    if (/^h[1-3]$/.test(tag)) {
      items.push({ text, heading: true });
      continue;
    }
    const next = found[index + 1];
    const labels = (isLabel(text) && (LABEL_TAGS.has(tag) || next?.tag === "p")) || (endsWithColon(text) && text.length <= LABEL_WIDTH);
    if (next && labels && !/^h[1-3]$/.test(next.tag) && !LABEL_TAGS.has(next.tag)) {
      items.push({ text: endsWithColon(text) ? `${text}${next.text}` : `${text}：${next.text}`, heading: false });
      index++;
      continue;
    }
    items.push({ text, heading: false });
  }
  // Phrases in a row become one list.
  const blocks: TextBlock[] = [];
  for (const item of items) {
    const last = blocks[blocks.length - 1];
    const phrase = !item.heading && !TERMINAL.test(item.text);
    if (phrase && last && !last.heading && !TERMINAL.test(last.text) && !endsWithColon(last.text)) last.text += `；${item.text}`;
    else blocks.push({ ...item });
  }
  return blocks.map((block) => (block.heading || TERMINAL.test(block.text) || endsWithColon(block.text) ? block : { ...block, text: `${block.text}。` }));
}
