/**
 * Every date and time a user reads (pages, CSV and Excel exports) is 北京时间 written as
 * `2026-12-03 14:05`, whatever the server's zone. Asia/Shanghai has had no daylight saving since
 * 1991, so a fixed UTC+8 offset is exact and needs no time-zone database.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2026-12-03T14:05:09.000` as the wall clock in Shanghai reads it. */
function shanghaiClock(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString();
}

/** `2026-12-03 14:05` */
export function formatDateTime(date: Date): string {
  return shanghaiClock(date).slice(0, 16).replace("T", " ");
}

/** `2026-12-03` */
export function formatDate(date: Date): string {
  return shanghaiClock(date).slice(0, 10);
}

/** The date and time as an `<input type="datetime-local">` value (`2026-12-03T14:05`). */
export function toShanghaiLocal(date: Date): string {
  return shanghaiClock(date).slice(0, 16);
}
