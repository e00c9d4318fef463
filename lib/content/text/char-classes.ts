/** Character classes shared by the cleaning, structure and extraction rules. */

export const CJK = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
const CJK_CHAR = new RegExp(`[${CJK}]`);
const CJK_GLOBAL = new RegExp(`[${CJK}]`, "g");

/** Sentence-final marks. The ellipsis counts only at the end of a line or passage. */
export const TERMINAL = "。！？!?…";
/** Marks that may follow a sentence-final mark and still belong to the sentence. */
export const CLOSERS = "”’」』）)》】\"'";

export function isCjk(char: string): boolean {
  return CJK_CHAR.test(char);
}

export function countCjk(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}

/** Width as printed: CJK and full-width characters count 1, ASCII counts 1/2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

function stripClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** True when the line ends a sentence (optionally followed by closing quotes or brackets). */
export function endsSentence(line: string): boolean {
  const core = stripClosers(line.trimEnd());
  const last = core[core.length - 1];
  return last !== undefined && TERMINAL.includes(last);
}

/** True when the line cannot end here: it stops on a comma, an enumeration mark or an opening bracket. */
export function endsInsideSentence(line: string): boolean {
  const last = line.trimEnd().slice(-1);
  return last !== "" && "，,、（(“‘《〈【[—-".includes(last);
}

/** True when the text starts with punctuation that can only continue a sentence. */
export function startsWithContinuation(line: string): boolean {
  const first = line.trimStart()[0];
  return first !== undefined && "，。、；：！？）)》」』】,.;:!?…".includes(first);
}
