import "server-only";
/**
 * How long after its deadline a hand-in is still taken as on time: the client hands the paper in
 * when its countdown reaches zero, and that request needs a moment to arrive. It is no time to
 * answer in: an answer counts only if it reaches the server by the deadline (acceptsAnswers).
 * Past the grace the attempt is closed as EXPIRED; either way as of the deadline.
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

/** An answer (or a change, or clearing one) received at `now` is saved: only up to the deadline itself. */
export function acceptsAnswers(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt === null || now.getTime() <= deadlineAt.getTime();
}

/** Past the deadline and its grace: the attempt closes as EXPIRED as of the deadline. */
export function isOverdue(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/** The moment a hand-in received at `now` is recorded at: never after the deadline (one arriving in the grace was sent by it). */
export function handedInAt(deadlineAt: Date | null, now: Date): Date {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() ? deadlineAt : now;
}

export const EXAM_MESSAGES = {
  TIME_UP: "作答时间已到，答卷已按截止时间自动提交，之后的作答不再保存。",
  DEADLINE_PASSED: "作答时间已到，这个答案没有保存；截止前保存的答案照常计分。",
  CLOSED: "答卷已提交，不能再修改答案。",
  NOT_FOUND: "找不到这份答卷。",
  INVALID_RESPONSE: "答案格式不正确，请重新作答。",
} as const;
