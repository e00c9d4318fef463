const DAY_MS = 24 * 60 * 60 * 1000;
/** China Standard Time: UTC+8, no daylight saving. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The study day (Asia/Shanghai calendar date, "YYYY-MM-DD") an instant falls on. */
export function studyDayOf(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `earlier` to `later`. */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS);
}

/** Seven study days, firstDay … lastDay inclusive. Week 0 ends today. */
export interface StudyWeek {
  index: number;
  firstDay: string;
  lastDay: string;
}

/** The last `count` study weeks ending with `today`, oldest first. */
export function studyWeeks(today: string, count: number): StudyWeek[] {
  return Array.from({ length: count }, (_, offset) => {
    const index = count - 1 - offset;
    const lastDay = addDays(today, -7 * index);
    return { index, firstDay: addDays(lastDay, -6), lastDay };
  });
}

/** Which study week (0 = today and the six days before) a study day falls in. */
export function studyWeekIndex(day: string, today: string): number {
  return Math.floor(daysBetween(day, today) / 7);
}

/** Relative change from `previous` to `current`; null when there is nothing to compare with. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

/**
 * Positions a series in a `width` × `height` box for an SVG polyline (y grows downwards; the
 * top of the box is `max`, default the series' maximum). Missing values leave a gap: each run
 * of present values is its own segment.
 */
export function chartSegments(values: readonly (number | null)[], box: { width: number; height: number; max?: number }): ChartPoint[][] {
  const present = values.filter((value): value is number => value !== null);
  const max = box.max ?? Math.max(0, ...present);
  const step = values.length > 1 ? box.width / (values.length - 1) : 0;
  const segments: ChartPoint[][] = [];
  let current: ChartPoint[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
      return;
    }
    const y = max > 0 ? box.height - (value / max) * box.height : box.height;
    current.push({ x: round2(index * step), y: round2(y), value });
  });
  if (current.length > 0) segments.push(current);
  return segments;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
