import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { LOGIN_LIMITS, purgeStaleRateLimits, takeAttempts } from "@/lib/server/rate-limit";
import { seedDemoAccounts, DEMO_ACCOUNTS } from "@/lib/server/seed/demo-accounts";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

describe("signing in", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("the right password signs in, whatever the email's case, and records the login", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "right-password" });
    const result = await authenticate(testDb.db, { email: ` ${user.email.toUpperCase()} `, password: "right-password", address: "10.0.0.1" });
    expect(result).toEqual({ ok: true, actor: user, sessionVersion: 0 });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  test("five wrong passwords from one address are refused as wrong, then that address waits; the owner elsewhere still signs in", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "right-password" });
    for (let attempt = 0; attempt < LOGIN_LIMITS.pair.limit; attempt += 1) {
      const result = await authenticate(testDb.db, { email: user.email, password: "wrong", address: "10.0.0.2" });
      expect(result).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    expect(await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.0.0.2" })).toEqual({ ok: false, reason: "RATE_LIMITED" });
    // A guesser at one address cannot lock the owner out (issue 17).
    expect((await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.0.0.4" })).ok).toBe(true);
  });

  test("guessing one account from many addresses is limited for the account", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "right-password" });
    for (let attempt = 0; attempt < LOGIN_LIMITS.account.limit; attempt += 1) {
      await authenticate(testDb.db, { email: user.email, password: "wrong", address: `10.3.0.${attempt}` });
    }
    expect(await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.3.1.1" })).toEqual({ ok: false, reason: "RATE_LIMITED" });
  });

  test("a burst of concurrent guesses gets no more through than consecutive ones", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "right-password" });
    const results = await Promise.all(Array.from({ length: 40 }, () => authenticate(testDb.db, { email: user.email, password: "wrong", address: "10.0.0.40" })));
    expect(results.filter((result) => !result.ok && result.reason === "INVALID_CREDENTIALS")).toHaveLength(LOGIN_LIMITS.pair.limit);
    expect(results.filter((result) => !result.ok && result.reason === "RATE_LIMITED")).toHaveLength(40 - LOGIN_LIMITS.pair.limit);
  });

  test("a successful sign-in clears the account's earlier failures", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "right-password" });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await authenticate(testDb.db, { email: user.email, password: "wrong", address: "10.0.0.5" });
    }
    expect((await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.0.0.5" })).ok).toBe(true);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await authenticate(testDb.db, { email: user.email, password: "wrong", address: "10.0.0.6" });
    }
    expect((await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.0.0.6" })).ok).toBe(true);
  });

  test("one address failing across many accounts is limited for every account", async () => {
    const address = "10.9.9.9";
    for (let attempt = 0; attempt < LOGIN_LIMITS.address.limit; attempt += 1) {
      await authenticate(testDb.db, { email: `nobody-${attempt}@example.com`, password: "x", address });
    }
    const user = await createUser(testDb.db, "LEARNER", { password: "right-password" });
    expect(await authenticate(testDb.db, { email: user.email, password: "right-password", address })).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect((await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.9.9.10" })).ok).toBe(true);
  });

  test("a deactivated account cannot sign in with its right password", async () => {
    const user = await createUser(testDb.db, "INSTRUCTOR", { password: "right-password", active: false });
    expect(await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.0.0.7" })).toEqual({ ok: false, reason: "DEACTIVATED" });
  });

  test("past the limit each allowed attempt doubles the wait before the next; the window passing starts over", async () => {
    const rule = { limit: 2, windowMs: 15 * 60_000 };
    const key = [{ key: "backoff-test", rule }];
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
    expect(await takeAttempts(testDb.db, key, at(0))).toEqual({ ok: true });
    expect(await takeAttempts(testDb.db, key, at(1))).toEqual({ ok: true });
    expect(await takeAttempts(testDb.db, key, at(2))).toEqual({ ok: false, retryAfterMs: 29_000 });
    expect(await takeAttempts(testDb.db, key, at(31))).toEqual({ ok: true });
    expect(await takeAttempts(testDb.db, key, at(32))).toEqual({ ok: false, retryAfterMs: 59_000 });
    expect(await takeAttempts(testDb.db, key, at(91))).toEqual({ ok: true });
    expect(await takeAttempts(testDb.db, key, at(92))).toEqual({ ok: false, retryAfterMs: 119_000 });
    expect(await takeAttempts(testDb.db, key, at(16 * 60 + 1))).toEqual({ ok: true });
    expect(await takeAttempts(testDb.db, key, at(16 * 60 + 2))).toEqual({ ok: true });
  });

  test("rows whose window passed more than a day ago and are not blocked are purged", async () => {
    const rule = { limit: 100, windowMs: 60_000 };
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    await takeAttempts(testDb.db, [{ key: "purge-old", rule }], old);
    await takeAttempts(testDb.db, [{ key: "purge-recent", rule }]);
    expect(await purgeStaleRateLimits(testDb.db)).toBeGreaterThanOrEqual(1);
    expect(await testDb.db.rateLimit.count({ where: { key: "purge-old" } })).toBe(0);
    expect(await testDb.db.rateLimit.count({ where: { key: "purge-recent" } })).toBe(1);
  });

  test("demo accounts are created once per role and sign in with their documented passwords", async () => {
    expect((await seedDemoAccounts(testDb.db)).created).toHaveLength(DEMO_ACCOUNTS.length);
    expect((await seedDemoAccounts(testDb.db)).created).toEqual([]);
    for (const account of DEMO_ACCOUNTS) {
      const result = await authenticate(testDb.db, { email: account.email, password: account.password, address: "10.1.1.1" });
      expect(result).toMatchObject({ ok: true, actor: { role: account.role } });
    }
  });
});
