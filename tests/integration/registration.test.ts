import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { registerLearner } from "@/lib/server/accounts/register-learner";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass } from "../support/fixtures";

describe("learner registration", () => {
  let testDb: TestDatabase;
  let classId: string;
  const valid = {
    name: "刘同学",
    email: "Liu@Example.com",
    password: "study-hard-2026",
    confirmPassword: "study-hard-2026",
    inviteCode: "join2026",
  };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    classId = (await createClass(testDb.db, { inviteCode: "JOIN2026" })).id;
    await testDb.db.class.create({ data: { name: "已归档", inviteCode: "OLD2020", archivedAt: new Date() } });
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function userCount() {
    return testDb.db.user.count();
  }

  test("a valid invite code creates a learner in that class, with a hashed password and an audit entry", async () => {
    const result = await registerLearner(testDb.db, { ...valid, role: "ADMIN" });
    expect(result.ok).toBe(true);
    const user = await testDb.db.user.findUniqueOrThrow({
      where: { email: "liu@example.com" },
      include: { classMemberships: true },
    });
    expect(user.role).toBe("LEARNER");
    expect(user.classMemberships).toEqual([expect.objectContaining({ classId, role: "LEARNER" })]);
    expect(user.passwordHash).not.toContain(valid.password);
    expect(await verifyPassword(user.passwordHash, valid.password)).toBe(true);
    expect(await testDb.db.auditLog.count({ where: { action: "user.register", entityId: user.id } })).toBe(1);
  });

  test.each([
    ["an unknown invite code", { inviteCode: "NOPE" }, "inviteCode", "邀请码无效，请向教员确认"],
    ["an archived class's code", { inviteCode: "OLD2020" }, "inviteCode", "邀请码无效，请向教员确认"],
    ["an empty invite code", { inviteCode: "  " }, "inviteCode", "请输入班级邀请码"],
    ["a malformed email", { email: "not-an-email" }, "email", "邮箱格式不正确"],
    ["a short password", { password: "short", confirmPassword: "short" }, "password", "密码至少 10 位"],
    ["a common password", { password: "qwerty123456", confirmPassword: "qwerty123456" }, "password", "这是常见密码，容易被猜中，请换一个"],
    ["a password that is the email's name and digits", { email: "wangfang88@example.com", password: "wangfang2026", confirmPassword: "wangfang2026" }, "password", "密码不能只是邮箱名加数字或符号"],
    ["passwords that differ", { confirmPassword: "something-else" }, "confirmPassword", "两次输入的密码不一致"],
    ["an empty name", { name: " " }, "name", "请输入姓名"],
    ["a field of the wrong type", { name: 42 }, "name", "请输入姓名"],
  ])("%s is refused with a Chinese message and creates no user", async (_case, change, field, message) => {
    const before = await userCount();
    const result = await registerLearner(testDb.db, { ...valid, email: "other@example.com", ...change });
    expect(result).toEqual({ ok: false, errors: expect.objectContaining({ [field]: message }) });
    expect(await userCount()).toBe(before);
  });

  test("an email that already has an account gets the answer a new one gets, and nothing changes", async () => {
    const otherClass = await createClass(testDb.db, { inviteCode: "OTHER2026" });
    const fresh = await registerLearner(testDb.db, { ...valid, email: "fresh@example.com" });
    const existing = await testDb.db.user.findUniqueOrThrow({ where: { email: "liu@example.com" }, include: { classMemberships: true } });
    const before = { users: await userCount(), audits: await testDb.db.auditLog.count() };
    const again = await registerLearner(testDb.db, { ...valid, name: "冒名者", password: "another-pass-2026", confirmPassword: "another-pass-2026", inviteCode: "OTHER2026" });
    // Neither the result nor its shape tells the two apart.
    expect(again).toEqual(fresh);
    expect(again).toEqual({ ok: true });
    expect({ users: await userCount(), audits: await testDb.db.auditLog.count() }).toEqual(before);
    const after = await testDb.db.user.findUniqueOrThrow({ where: { email: "liu@example.com" }, include: { classMemberships: true } });
    expect(after).toEqual(existing);
    expect(after.classMemberships.map((membership) => membership.classId)).not.toContain(otherClass.id);
    expect(await verifyPassword(after.passwordHash, valid.password)).toBe(true);
  });

  test("two simultaneous sign-ups with one email create one account, and both get the same answer", async () => {
    const attempt = { ...valid, email: "twice@example.com" };
    const results = await Promise.all([registerLearner(testDb.db, attempt), registerLearner(testDb.db, attempt)]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(await testDb.db.user.count({ where: { email: "twice@example.com" } })).toBe(1);
  });
});
