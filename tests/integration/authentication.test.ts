import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { LOGIN_LIMITS, isRateLimited, recordRateLimitHit } from "@/lib/server/rate-limit";
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

  test("five wrong passwords are refused as wrong, and the sixth attempt is refused by the rate limit even when right", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "right-password" });
    for (let attempt = 0; attempt < LOGIN_LIMITS.account.limit; attempt += 1) {
      const result = await authenticate(testDb.db, { email: user.email, password: "wrong", address: "10.0.0.2" });
      expect(result).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    expect(await authenticate(testDb.db, { email: user.email, password: "wrong", address: "10.0.0.3" })).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect(await authenticate(testDb.db, { email: user.email, password: "right-password", address: "10.0.0.4" })).toEqual({ ok: false, reason: "RATE_LIMITED" });
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

  test("the rate-limit window starts over once it has passed", async () => {
    const rule = { limit: 2, windowMs: 60_000 };
    const start = new Date("2026-01-01T00:00:00Z");
    await recordRateLimitHit(testDb.db, "window-test", rule, start);
    await recordRateLimitHit(testDb.db, "window-test", rule, new Date(start.getTime() + 1_000));
    expect(await isRateLimited(testDb.db, "window-test", rule, new Date(start.getTime() + 2_000))).toBe(true);
    expect(await isRateLimited(testDb.db, "window-test", rule, new Date(start.getTime() + 61_000))).toBe(false);
    expect(await recordRateLimitHit(testDb.db, "window-test", rule, new Date(start.getTime() + 61_000))).toBe(1);
  });

  test("simultaneous failures are all counted", async () => {
    const rule = { limit: 100, windowMs: 60_000 };
    await Promise.all(Array.from({ length: 12 }, () => recordRateLimitHit(testDb.db, "parallel-test", rule)));
    expect((await testDb.db.rateLimit.findUniqueOrThrow({ where: { key: "parallel-test" } })).count).toBe(12);
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
