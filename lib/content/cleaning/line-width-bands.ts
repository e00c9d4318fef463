import { displayWidth } from "../text/char-classes";

const MIN_WIDTH = 10;
const MAX_WRAP_WIDTH = 60;
/**
 * Lines within one character of the same width that make a wrap width. Six such lines are the
 * evidence whatever the length of the text, so a short text (a page-long excerpt of a PDF) needs no
 * more than six wide lines: asking for more left its wrapped lines apart, and a full-width line cut
 * mid-word was then read as a title.
 */
const MIN_PEAK_LINES = 6;

/**
 * Widths at which a PDF extraction wraps its lines. A page (or column) of wrapped text gives many
 * lines of nearly the same width; scraped pages, with one line per paragraph, give none.
 * Returns up to two widths (a two-column paper has a wide abstract and narrow columns).
 */
export function findWrapWidths(lines: string[]): number[] {
  const widths = lines.map((line) => displayWidth(line.trim())).filter((width) => width >= MIN_WIDTH);
  if (widths.length < MIN_PEAK_LINES) return [];
  const histogram = new Map<number, number>();
  for (const width of widths) histogram.set(Math.round(width), (histogram.get(Math.round(width)) ?? 0) + 1);
  const windowCount = (center: number) => (histogram.get(center - 1) ?? 0) + (histogram.get(center) ?? 0) + (histogram.get(center + 1) ?? 0);
  const candidates = [...histogram.keys()]
    .filter((width) => width <= MAX_WRAP_WIDTH)
    .map((width) => ({ width, count: windowCount(width) }))
    .sort((a, b) => b.count - a.count || b.width - a.width);
  const threshold = Math.max(MIN_PEAK_LINES, widths.length * 0.12);
  const peaks: number[] = [];
  for (const candidate of candidates) {
    if (candidate.count < threshold || peaks.length === 2) break;
    if (peaks.every((peak) => Math.abs(peak - candidate.width) >= 5)) peaks.push(candidate.width);
  }
  if (peaks.length === 0) return [];
  const widest = Math.max(...peaks);
  const wrapped = widths.filter((width) => width <= widest + 2).length;
  return wrapped >= widths.length * 0.6 ? peaks : [];
}

export function fillsWrapWidth(line: string, wrapWidths: number[]): boolean {
  const width = displayWidth(line.trim());
  return wrapWidths.some((wrap) => width >= wrap - 4 && width <= wrap + 2);
}
