import { describe, expect, test } from "vitest";
import { takeFromState } from "@/lib/server/rate-limit";

describe("one attempt against a rate-limit key", () => {
  const rule = { limit: 3, windowMs: 60_000 };
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

  test("a new key is counted from one and not blocked", () => {
    expect(takeFromState(null, rule, at(0))).toEqual({ allowed: true, retryAfterMs: 0, next: { count: 1, windowStart: at(0), blockedUntil: null } });
  });

  test("the limit-th attempt is allowed and blocks the next for 30 s; a blocked attempt is refused and not counted", () => {
    const third = takeFromState({ count: 2, windowStart: at(0), blockedUntil: null }, rule, at(10));
    expect(third).toEqual({ allowed: true, retryAfterMs: 0, next: { count: 3, windowStart: at(0), blockedUntil: at(40) } });
    expect(takeFromState(third.next, rule, at(20))).toEqual({ allowed: false, retryAfterMs: 20_000, next: third.next });
  });

  test("the wait doubles with each attempt past the limit, up to fifteen minutes", () => {
    expect(takeFromState({ count: 3, windowStart: at(0), blockedUntil: at(40) }, rule, at(40)).next.blockedUntil).toEqual(at(100));
    expect(takeFromState({ count: 30, windowStart: at(0), blockedUntil: null }, { limit: 3, windowMs: 3600_000 }, at(50)).next.blockedUntil).toEqual(at(50 + 900));
  });

  test("a window that has passed starts over", () => {
    expect(takeFromState({ count: 3, windowStart: at(0), blockedUntil: at(40) }, rule, at(60)).next).toEqual({ count: 1, windowStart: at(60), blockedUntil: null });
  });
});
