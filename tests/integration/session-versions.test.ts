import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/session-version";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { changeAccountRole } from "@/lib/server/accounts/change-account-role";
import { changeOwnPassword } from "@/lib/server/accounts/change-own-password";
import { resetAccountPassword } from "@/lib/server/accounts/reset-account-password";
import { loadSignedInUser } from "@/lib/server/authz";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

// A session token carries the user's session version from when it was issued; the guard signs
// out a token whose version is no longer the user's (issue 17: a token stayed valid for seven
// days after a password change or a sign-out).
describe("session versions", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    admin = await createUser(testDb.db, "ADMIN");
  });
  afterAll(async () => {
    await testDb.close();
  });

  const signedIn = async (user: Actor, version: number) => (await loadSignedInUser(testDb.db, user.id, version)) !== null;

  test("signing in issues the user's current version, and that session is signed in", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "learner-pass-2026" });
    const result = await authenticate(testDb.db, { email: user.email, password: "learner-pass-2026", address: "sv-1" });
    expect(result).toMatchObject({ ok: true, sessionVersion: 0 });
    expect(await signedIn(user, 0)).toBe(true);
  });

  test("changing one's own password ends every session issued before and returns the version to re-issue this one at", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "learner-pass-2026" });
    const result = await changeOwnPassword(testDb.db, { actor: user, input: { currentPassword: "learner-pass-2026", newPassword: "a-new-study-pass", confirmPassword: "a-new-study-pass" } });
    expect(result).toEqual({ ok: true, sessionVersion: 1 });
    expect(await signedIn(user, 0)).toBe(false);
    expect(await signedIn(user, 1)).toBe(true);
  });

  test("a refused password change ends nothing", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "learner-pass-2026" });
    const result = await changeOwnPassword(testDb.db, { actor: user, input: { currentPassword: "wrong-password", newPassword: "a-new-study-pass", confirmPassword: "a-new-study-pass" } });
    expect(result.ok).toBe(false);
    expect(await signedIn(user, 0)).toBe(true);
  });

  test("an administrator's password reset and role change end the user's sessions", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    expect((await resetAccountPassword(testDb.db, { actor: admin, input: { userId: user.id } })).ok).toBe(true);
    expect(await signedIn(user, 0)).toBe(false);
    expect(await signedIn(user, 1)).toBe(true);
    expect((await changeAccountRole(testDb.db, { actor: admin, input: { userId: user.id, role: "INSTRUCTOR" } })).ok).toBe(true);
    expect(await signedIn(user, 1)).toBe(false);
    expect(await signedIn(user, 2)).toBe(true);
  });

  test("退出所有设备 ends every session; the next sign-in carries the new version", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "learner-pass-2026" });
    expect(await endAllSessions(testDb.db, user.id)).toBe(1);
    expect(await signedIn(user, 0)).toBe(false);
    expect(await authenticate(testDb.db, { email: user.email, password: "learner-pass-2026", address: "sv-2" })).toMatchObject({ ok: true, sessionVersion: 1 });
  });

  test("a token from before session versions (no version) counts as version 0 and is signed out by the first bump", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    expect(await loadSignedInUser(testDb.db, user.id, undefined)).not.toBeNull();
    await endAllSessions(testDb.db, user.id);
    expect(await signedIn(user, 0)).toBe(false);
  });
});
