import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { changeAccountRole } from "@/lib/server/accounts/change-account-role";
import { createAccount } from "@/lib/server/accounts/create-account";
import { listUsers } from "@/lib/server/accounts/list-users";
import { resetAccountPassword } from "@/lib/server/accounts/reset-account-password";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";
import { listAuditActions } from "@/lib/server/audit/list-audit-actions";
import { AUDIT_PAGE_SIZE, searchAuditLog } from "@/lib/server/audit/search-audit-log";
import { loadActor } from "@/lib/server/authz";
import { auditSentence } from "@/components/admin/audit-sentence";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

describe("user management", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  let instructor: Actor;
  let learner: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    admin = await createUser(testDb.db, "ADMIN");
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    learner = await createUser(testDb.db, "LEARNER");
  });
  afterAll(async () => {
    await testDb.close();
  });

  const signIn = (email: string, password: string) => authenticate(testDb.db, { email, password, address: "users-test" });

  test("an administrator creates an instructor whose one-time password signs in and must be changed", async () => {
    const result = await createAccount(testDb.db, { actor: admin, input: { name: "钱教员", email: "Qian@Example.com", role: "INSTRUCTOR" } });
    expect(result).toMatchObject({ ok: true, email: "qian@example.com", role: "INSTRUCTOR" });
    if (!result.ok) return;
    expect(await signIn("qian@example.com", result.password)).toMatchObject({ ok: true, actor: { role: "INSTRUCTOR" } });
    const user = await testDb.db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user.mustChangePassword).toBe(true);
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: result.userId } });
    expect(entry).toMatchObject({ actorId: admin.id, after: { name: "钱教员", email: "qian@example.com", role: "INSTRUCTOR", active: true } });
    expect(JSON.stringify(entry)).not.toContain(result.password);
    expect(JSON.stringify(entry)).not.toContain("argon2");
  });

  test("creating an account is refused for a taken email, a forged role and a non-administrator", async () => {
    const before = await testDb.db.user.count();
    expect(await createAccount(testDb.db, { actor: admin, input: { name: "重复", email: learner.email, role: "LEARNER" } })).toMatchObject({
      ok: false,
      errors: { email: "该邮箱已有账号" },
    });
    expect(await createAccount(testDb.db, { actor: admin, input: { name: "伪造", email: "forged@example.com", role: "SUPERUSER" } })).toMatchObject({
      ok: false,
      errors: { role: "角色无效" },
    });
    expect(await createAccount(testDb.db, { actor: instructor, input: { name: "越权", email: "escalate@example.com", role: "ADMIN" } })).toMatchObject({
      ok: false,
      error: "只有管理员可以创建账号",
    });
    expect(await testDb.db.user.count()).toBe(before);
  });

  test("an administrator cannot deactivate themself", async () => {
    expect(await setAccountActive(testDb.db, { actor: admin, input: { userId: admin.id, active: "false" } })).toMatchObject({
      ok: false,
      error: "不能停用自己的账号",
    });
    expect(await loadActor(testDb.db, admin.id)).not.toBeNull();
  });

  test("a deactivated user cannot sign in and their session stops at once; reactivation restores both", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "learner-pass-1" });
    expect(await setAccountActive(testDb.db, { actor: admin, input: { userId: user.id, active: "false" } })).toMatchObject({ ok: true, active: false });
    expect(await signIn(user.email, "learner-pass-1")).toEqual({ ok: false, reason: "DEACTIVATED" });
    expect(await loadActor(testDb.db, user.id)).toBeNull();
    expect(await setAccountActive(testDb.db, { actor: admin, input: { userId: user.id, active: "true" } })).toMatchObject({ ok: true, active: true });
    expect(await signIn(user.email, "learner-pass-1")).toMatchObject({ ok: true });
    const actions = await testDb.db.auditLog.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" }, select: { action: true, before: true, after: true } });
    expect(actions).toEqual([
      { action: "user.deactivate", before: { active: true }, after: { active: false } },
      { action: "user.reactivate", before: { active: false }, after: { active: true } },
    ]);
  });

  test("only an administrator deactivates, and an unknown user or a forged flag is refused", async () => {
    expect(await setAccountActive(testDb.db, { actor: instructor, input: { userId: learner.id, active: "false" } })).toMatchObject({ ok: false });
    expect(await setAccountActive(testDb.db, { actor: admin, input: { userId: "no-such-user", active: "false" } })).toMatchObject({ ok: false, error: "用户不存在" });
    expect(await setAccountActive(testDb.db, { actor: admin, input: { userId: learner.id, active: "maybe" } })).toMatchObject({ ok: false, error: "操作无效" });
    expect(await loadActor(testDb.db, learner.id)).not.toBeNull();
  });

  test("a reset password replaces the old one, works with authenticate() and must be changed", async () => {
    const user = await createUser(testDb.db, "LEARNER", { password: "old-password-1" });
    const result = await resetAccountPassword(testDb.db, { actor: admin, input: { userId: user.id } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await signIn(user.email, "old-password-1")).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await signIn(user.email, result.password)).toMatchObject({ ok: true, actor: { id: user.id } });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "user.reset_password", entityId: user.id } });
    expect(entry).toMatchObject({ before: { mustChangePassword: false }, after: { mustChangePassword: true } });
    expect(JSON.stringify(entry)).not.toContain(result.password);
    expect(await resetAccountPassword(testDb.db, { actor: instructor, input: { userId: user.id } })).toMatchObject({ ok: false });
  });

  test("a reset lifts a sign-in lock-out on that account", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    for (let attempt = 0; attempt < 6; attempt += 1) await signIn(user.email, `wrong-${attempt}`);
    const result = await resetAccountPassword(testDb.db, { actor: admin, input: { userId: user.id } });
    expect(result.ok && (await signIn(user.email, result.password))).toMatchObject({ ok: true });
  });

  test("a role change is audited with before and after, and applies to the user's next request", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    expect(await changeAccountRole(testDb.db, { actor: admin, input: { userId: user.id, role: "INSTRUCTOR" } })).toMatchObject({ ok: true, role: "INSTRUCTOR" });
    expect((await loadActor(testDb.db, user.id))?.role).toBe("INSTRUCTOR");
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "user.change_role", entityId: user.id } });
    expect(entry).toMatchObject({ actorId: admin.id, before: { role: "LEARNER" }, after: { role: "INSTRUCTOR" } });
  });

  test("an administrator cannot remove their own administrator role; a forged role or a non-administrator changes nothing", async () => {
    expect(await changeAccountRole(testDb.db, { actor: admin, input: { userId: admin.id, role: "LEARNER" } })).toMatchObject({
      ok: false,
      error: "不能取消自己的管理员角色",
    });
    expect(await changeAccountRole(testDb.db, { actor: admin, input: { userId: learner.id, role: "ROOT" } })).toMatchObject({ ok: false, errors: { role: "角色无效" } });
    expect(await changeAccountRole(testDb.db, { actor: instructor, input: { userId: instructor.id, role: "ADMIN" } })).toMatchObject({ ok: false });
    expect((await loadActor(testDb.db, admin.id))?.role).toBe("ADMIN");
    expect((await loadActor(testDb.db, learner.id))?.role).toBe("LEARNER");
    expect((await loadActor(testDb.db, instructor.id))?.role).toBe("INSTRUCTOR");
  });

  test("the user list searches names and emails case-insensitively and filters by role", async () => {
    await createAccount(testDb.db, { actor: admin, input: { name: "欧阳修", email: "ouyang@example.com", role: "LEARNER" } });
    expect((await listUsers(testDb.db, admin, { query: "欧阳" })).users.map((user) => user.email)).toEqual(["ouyang@example.com"]);
    expect((await listUsers(testDb.db, admin, { query: "OUYANG" })).users.map((user) => user.name)).toEqual(["欧阳修"]);
    const admins = await listUsers(testDb.db, admin, { role: "ADMIN" });
    expect(admins.users.every((user) => user.role === "ADMIN")).toBe(true);
    expect(admins.total).toBe(1);
    expect((await listUsers(testDb.db, admin, { query: "欧阳", role: "INSTRUCTOR" })).users).toEqual([]);
  });

  test("an audit entry names the record it changed and reads as one Chinese sentence", async () => {
    const user = await createUser(testDb.db, "LEARNER");
    await testDb.db.user.update({ where: { id: user.id }, data: { name: "审计对象" } });
    await changeAccountRole(testDb.db, { actor: admin, input: { userId: user.id, role: "INSTRUCTOR" } });
    const entry = (await searchAuditLog(testDb.db, admin, { action: "user.change_role" })).entries.find((candidate) => candidate.entityId === user.id)!;
    expect(entry.subject).toBe("审计对象");
    const adminName = (await testDb.db.user.findUniqueOrThrow({ where: { id: admin.id } })).name;
    expect(auditSentence(entry)).toBe(`${adminName} 修改角色「审计对象」：角色：学员 → 教员。`);
  });

  test("the audit log filters by action, actor and date range, newest first, a page at a time", async () => {
    const byAction = await searchAuditLog(testDb.db, admin, { action: "user.change_role" });
    expect(byAction.entries.length).toBeGreaterThan(0);
    expect(byAction.entries.every((entry) => entry.action === "user.change_role")).toBe(true);
    expect(await listAuditActions(testDb.db, admin)).toEqual(expect.arrayContaining(["user.create", "user.deactivate", "user.reset_password"]));

    expect((await searchAuditLog(testDb.db, admin, { actor: admin.email.toUpperCase() })).entries.every((entry) => entry.actorId === admin.id)).toBe(true);
    expect((await searchAuditLog(testDb.db, admin, { actor: "nobody-like-this" })).total).toBe(0);

    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await searchAuditLog(testDb.db, admin, { from: today, to: today })).total).toBe(await testDb.db.auditLog.count());
    expect((await searchAuditLog(testDb.db, admin, { to: "2000-01-01" })).total).toBe(0);

    const many = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, index) => ({
      action: "test.paging",
      entityType: "Test",
      actorId: admin.id,
      createdAt: new Date(Date.UTC(2030, 0, 1, 0, 0, index)),
    }));
    await testDb.db.auditLog.createMany({ data: many });
    const first = await searchAuditLog(testDb.db, admin, { action: "test.paging" });
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.entries[0]!.createdAt.getTime()).toBeGreaterThan(first.entries[1]!.createdAt.getTime());
    const second = await searchAuditLog(testDb.db, admin, { action: "test.paging", page: 2 });
    expect(second.entries).toHaveLength(5);
    expect(second.entries[0]!.createdAt.getTime()).toBeLessThan(first.entries.at(-1)!.createdAt.getTime());
    expect((await searchAuditLog(testDb.db, admin, { action: "test.paging", page: 99 })).page).toBe(2);
  });
});
