/** Pure aggregation for 我的进度: day series, weekly accuracy, due forecast (retention: lib/srs/retention). */

const DAY_MS = 86_400_000;

/** YYYY-MM-DD plus `delta` days. */
export function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

/** The `count` days ending with `last` (inclusive), oldest first. */
export function dayRange(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(last, index - count + 1));
}

/** Values per day for every day of `days`, 0 where a day has no row. */
export function fillDays<T extends { day: string }>(rows: readonly T[], days: readonly string[], value: (row: T) => number): { day: string; value: number }[] {
  const byDay = new Map<string, number>();
  for (const row of rows) byDay.set(row.day, (byDay.get(row.day) ?? 0) + value(row));
  return days.map((day) => ({ day, value: byDay.get(day) ?? 0 }));
}

export interface DailyAnswers {
  day: string;
  answered: number;
  correct: number;
}

export interface AccuracyPoint {
  /** First day of the period (a Monday for weeks). */
  start: string;
  answered: number;
  correct: number;
  /** correct / answered, null for a period without answers. */
  accuracy: number | null;
}

/** Monday of the ISO week a YYYY-MM-DD day falls in. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7));
}

/** Accuracy per ISO week over the `weeks` weeks ending with the week of `today`, oldest first. */
export function weeklyAccuracy(rows: readonly DailyAnswers[], today: string, weeks: number): AccuracyPoint[] {
  const lastWeek = weekStart(today);
  const starts = Array.from({ length: weeks }, (_, index) => addDays(lastWeek, (index - weeks + 1) * 7));
  const totals = new Map(starts.map((start) => [start, { answered: 0, correct: 0 }]));
  for (const row of rows) {
    const total = totals.get(weekStart(row.day));
    if (!total) continue;
    total.answered += row.answered;
    total.correct += row.correct;
  }
  return starts.map((start) => {
    const { answered, correct } = totals.get(start)!;
    return { start, answered, correct, accuracy: answered > 0 ? correct / answered : null };
  });
}

/**
 * Due reviews per day for the `days` days from `today`: cards already overdue count on today,
 * cards due after the window are left out.
 */
export function dueForecast(rows: readonly { day: string; cards: number }[], today: string, days: number): { day: string; value: number }[] {
  const window = dayRange(addDays(today, days - 1), days);
  const byDay = new Map(window.map((day) => [day, 0]));
  for (const row of rows) {
    const day = row.day < today ? today : row.day;
    if (byDay.has(day)) byDay.set(day, byDay.get(day)! + row.cards);
  }
  return window.map((day) => ({ day, value: byDay.get(day)! }));
}
