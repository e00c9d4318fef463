import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { changeOwnPassword } from "@/lib/server/accounts/change-own-password";
import { createAccount } from "@/lib/server/accounts/create-account";
import { resetAccountPassword } from "@/lib/server/accounts/reset-account-password";
import { loadActor, loadSignedInUser } from "@/lib/server/authz";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

describe("changing a one-time password", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  let account: Actor;
  let oneTimePassword: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    admin = await createUser(testDb.db, "ADMIN");
    const created = await createAccount(testDb.db, { actor: admin, input: { name: "孙学员", email: "sun@example.com", role: "LEARNER" } });
    if (!created.ok) throw new Error(created.error);
    oneTimePassword = created.password;
    account = (await loadActor(testDb.db, created.userId))!;
  });
  afterAll(async () => {
    await testDb.close();
  });

  const stored = () => testDb.db.user.findUniqueOrThrow({ where: { id: account.id } });
  const signIn = (password: string) => authenticate(testDb.db, { email: "sun@example.com", password, address: "change-password-test" });
  const change = (input: Record<string, unknown>) => changeOwnPassword(testDb.db, { actor: account, input });

  test("an account an administrator created must change its password, and the guard sees it", async () => {
    expect(await loadSignedInUser(testDb.db, account.id)).toMatchObject({ actor: { id: account.id }, mustChangePassword: true });
    expect(await loadSignedInUser(testDb.db, admin.id)).toMatchObject({ mustChangePassword: false });
  });

  test.each([
    [{ currentPassword: "wrong-password", newPassword: "新的密码123456", confirmPassword: "新的密码123456" }, "currentPassword", "当前密码不正确"],
    [{ currentPassword: "", newPassword: "新的密码123456", confirmPassword: "新的密码123456" }, "currentPassword", "请输入当前密码"],
    [{ newPassword: "新的密码123456", confirmPassword: "新的密码123456" }, "currentPassword", "请输入当前密码"],
    [{ currentPassword: "ONE-TIME", newPassword: "short", confirmPassword: "short" }, "newPassword", "密码至少 10 位"],
    [{ currentPassword: "ONE-TIME", newPassword: "新的密码123456", confirmPassword: "另一个密码123456" }, "confirmPassword", "两次输入的密码不一致"],
    [{ currentPassword: "ONE-TIME-PASS", newPassword: "ONE-TIME-PASS", confirmPassword: "ONE-TIME-PASS" }, "newPassword", "新密码不能与当前密码相同"],
    [{ currentPassword: "ONE-TIME", newPassword: "x".repeat(201), confirmPassword: "x".repeat(201) }, "newPassword", "密码过长"],
  ])("bad input %# is refused in Chinese and changes nothing", async (input, field, message) => {
    const concrete = Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value === "ONE-TIME" ? oneTimePassword : value]));
    const before = await stored();
    const auditBefore = await testDb.db.auditLog.count();
    const result = await change(concrete);
    expect(result).toMatchObject({ ok: false, errors: { [field]: message } });
    const after = await stored();
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.mustChangePassword).toBe(true);
    expect(await testDb.db.auditLog.count()).toBe(auditBefore);
  });

  test("the right current password and a valid new one change it, clear the flag and are audited", async () => {
    expect(await change({ currentPassword: oneTimePassword, newPassword: "我的新密码2026年", confirmPassword: "我的新密码2026年" })).toEqual({ ok: true, sessionVersion: 1 });
    const user = await stored();
    expect(user.mustChangePassword).toBe(false);
    expect(await signIn("我的新密码2026年")).toMatchObject({ ok: true, actor: { id: account.id } });
    expect(await signIn(oneTimePassword)).toMatchObject({ ok: false });
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "user.change_password", entityId: account.id } });
    expect(entry).toMatchObject({ actorId: account.id, before: { mustChangePassword: true }, after: { mustChangePassword: false } });
    expect(JSON.stringify(entry)).not.toContain("我的新密码2026年");
  });

  test("an administrator's reset sends the account back to the change page", async () => {
    const reset = await resetAccountPassword(testDb.db, { actor: admin, input: { userId: account.id } });
    expect(reset).toMatchObject({ ok: true });
    expect(await loadSignedInUser(testDb.db, account.id)).toMatchObject({ mustChangePassword: true });
  });
});
