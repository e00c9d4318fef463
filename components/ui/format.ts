const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Dates are shown in China Standard Time, whatever the server's zone. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}
