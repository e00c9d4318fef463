/**
 * How long after its deadline an attempt still takes answers: covers the request that left the
 * browser as the countdown reached zero. The attempt is still closed as of the deadline.
 */
export const DEADLINE_GRACE_MS = 10_000;

/**
 * When an attempt must be in: the time limit from its start, and the window's close when late
 * submissions are refused. Null when neither applies (no limit, late submissions accepted).
 */
export function examDeadline(input: { startedAt: Date; timeLimitSeconds: number | null; closesAt: Date; latePolicy: "REFUSE" | "ACCEPT_MARKED_LATE" }): Date | null {
  const limits: number[] = [];
  if (input.timeLimitSeconds !== null && input.timeLimitSeconds > 0) limits.push(input.startedAt.getTime() + input.timeLimitSeconds * 1000);
  if (input.latePolicy === "REFUSE") limits.push(input.closesAt.getTime());
  return limits.length ? new Date(Math.min(...limits)) : null;
}

/** Past the deadline and its grace: answers are refused and the attempt closes as of the deadline. */
export function isOverdue(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

export const EXAM_MESSAGES = {
  TIME_UP: "作答时间已到，答卷已按截止时间自动提交，之后的作答不再保存。",
  CLOSED: "答卷已提交，不能再修改答案。",
  NOT_FOUND: "找不到这份答卷。",
  INVALID_RESPONSE: "答案格式不正确，请重新作答。",
} as const;
