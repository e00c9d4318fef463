import { SHANGHAI_OFFSET_MS, toShanghaiLocal } from "@/lib/format/date-time";

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A `datetime-local` value ("2026-11-23T09:30") read as Asia/Shanghai time; null when malformed. */
export function parseShanghaiLocal(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute) - SHANGHAI_OFFSET_MS;
  const date = new Date(utc);
  // Reject 2026-02-30 and the like, which Date.UTC would roll over.
  return toShanghaiLocal(date) === value.trim() ? date : null;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The window an assignment form starts with: from the current minute to a week later. */
export function defaultAssignmentWindow(now: Date): { opensAt: string; closesAt: string } {
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return { opensAt: toShanghaiLocal(start), closesAt: toShanghaiLocal(new Date(start.getTime() + WEEK_MS)) };
}
