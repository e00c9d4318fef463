import type { QuestionOption } from "@/lib/questions/types";

/** How many options a line holds: four short ones, two middling, or one each. */
export type OptionColumns = 1 | 2 | 4;

/**
 * A line's width in em (a CJK character is one, a Latin one half) on A4 at the paper's body
 * size, less a little for the option letters' indent.
 */
const LINE_EM = 38;
/** `A．` and the gap before the next option. */
const OPTION_LABEL_EM = 3.5;

/** The printed width of a text in em: wide (CJK, full-width) characters 1, the rest 1/2. */
function textWidthEm(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(character) ? 1 : 0.5;
  return width;
}

/** The compact layout that fits: options laid out in equal columns, as papers set them. */
export function optionColumns(options: readonly QuestionOption[]): OptionColumns {
  if (options.length === 0) return 1;
  const widest = Math.max(...options.map((option) => textWidthEm(option.text))) + OPTION_LABEL_EM;
  if (options.length <= 4 && widest * 4 <= LINE_EM) return 4;
  if (widest * 2 <= LINE_EM) return 2;
  return 1;
}
