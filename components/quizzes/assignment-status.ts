/** Where an assignment's window stands at `now`. */
export function assignmentStatusLabel(window: { opensAt: Date; closesAt: Date }, now: Date): string {
  if (now < window.opensAt) return "未开始";
  if (now >= window.closesAt) return "已截止";
  return "进行中";
}
