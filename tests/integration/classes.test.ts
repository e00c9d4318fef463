import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addClassInstructor } from "@/lib/server/classes/add-class-instructor";
import { createClass } from "@/lib/server/classes/create-class";
import { INVITE_CODE_ALPHABET, generateInviteCode } from "@/lib/server/classes/invite-code";
import { joinClassByCode } from "@/lib/server/classes/join-class-by-code";
import { listInstructorCandidates } from "@/lib/server/classes/list-instructor-candidates";
import { regenerateInviteCode } from "@/lib/server/classes/regenerate-invite-code";
import { removeClassMember } from "@/lib/server/classes/remove-class-member";
import { renameClass } from "@/lib/server/classes/rename-class";
import { registerLearner } from "@/lib/server/accounts/register-learner";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass as createClassFixture, createUser } from "../support/fixtures";

describe("class management", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  let instructorA: Actor;
  let instructorB: Actor;
  let learner: Actor;
  let classB: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    admin = await createUser(testDb.db, "ADMIN");
    instructorA = await createUser(testDb.db, "INSTRUCTOR");
    instructorB = await createUser(testDb.db, "INSTRUCTOR");
    learner = await createUser(testDb.db, "LEARNER");
    classB = (await createClassFixture(testDb.db, { instructors: [instructorB], learners: [learner] })).id;
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function membersOf(classId: string) {
    return testDb.db.classMember.findMany({ where: { classId }, select: { userId: true, role: true } });
  }

  test("invite codes use only unambiguous characters", () => {
    for (let draw = 0; draw < 200; draw += 1) {
      const code = generateInviteCode();
      expect(code).toMatch(/^[A-Z2-9]{8}$/);
      expect(code).not.toMatch(/[01ILO]/);
      for (const char of code) expect(INVITE_CODE_ALPHABET).toContain(char);
    }
  });

  test("an instructor who creates a class becomes its instructor; an audit entry records it", async () => {
    const result = await createClass(testDb.db, { actor: instructorA, input: { name: "  第一党支部 " } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const created = await testDb.db.class.findUniqueOrThrow({ where: { id: result.classId } });
    expect(created.name).toBe("第一党支部");
    expect(created.inviteCode).toBe(result.inviteCode);
    expect(await membersOf(result.classId)).toEqual([{ userId: instructorA.id, role: "INSTRUCTOR" }]);
    expect(await testDb.db.auditLog.count({ where: { action: "class.create", entityId: result.classId, actorId: instructorA.id } })).toBe(1);
  });

  test("an administrator who creates a class does not become a member of it", async () => {
    const result = await createClass(testDb.db, { actor: admin, input: { name: "机关支部" } });
    expect(result.ok && (await membersOf(result.classId))).toEqual([]);
  });

  test("a taken invite code is drawn again instead of failing", async () => {
    const taken = await testDb.db.class.findUniqueOrThrow({ where: { id: classB } });
    await testDb.db.class.update({ where: { id: classB }, data: { inviteCode: "AAAAAAAA" } });
    let draws = 0;
    // The first eight draws spell AAAAAAAA (taken); the next eight spell BBBBBBBB.
    const randomIndex = () => (draws++ < 8 ? 0 : 1);
    const result = await createClass(testDb.db, { actor: admin, input: { name: "重码测试" }, randomIndex });
    expect(result).toMatchObject({ ok: true, inviteCode: "BBBBBBBB" });
    await testDb.db.class.update({ where: { id: classB }, data: { inviteCode: taken.inviteCode } });
  });

  test("a learner cannot create a class, and an empty or over-long name is refused in Chinese", async () => {
    const before = await testDb.db.class.count();
    expect(await createClass(testDb.db, { actor: learner, input: { name: "学员的班" } })).toMatchObject({ ok: false, error: "只有教员和管理员可以创建班级" });
    expect(await createClass(testDb.db, { actor: instructorA, input: { name: "  " } })).toMatchObject({ ok: false, errors: { name: "请输入班级名称" } });
    expect(await createClass(testDb.db, { actor: instructorA, input: { name: "长".repeat(51) } })).toMatchObject({
      ok: false,
      errors: { name: "班级名称不能超过 50 个字" },
    });
    expect(await testDb.db.class.count()).toBe(before);
  });

  test("a class's instructor renames it, with the old and new names audited", async () => {
    const result = await renameClass(testDb.db, { actor: instructorB, input: { classId: classB, name: "第二党支部" } });
    expect(result).toEqual({ ok: true, name: "第二党支部" });
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "class.rename", entityId: classB } });
    expect(entry.after).toEqual({ name: "第二党支部" });
    expect((entry.before as { name: string }).name).toMatch(/^班级 /);
  });

  test("another instructor cannot rename, regenerate the code of, or remove members from a class they do not teach", async () => {
    const before = await testDb.db.class.findUniqueOrThrow({ where: { id: classB } });
    const refusal = { ok: false, error: "班级不存在，或您无权管理该班级" };
    expect(await renameClass(testDb.db, { actor: instructorA, input: { classId: classB, name: "改名" } })).toMatchObject(refusal);
    expect(await regenerateInviteCode(testDb.db, { actor: instructorA, input: { classId: classB } })).toMatchObject(refusal);
    expect(await removeClassMember(testDb.db, { actor: instructorA, input: { classId: classB, userId: learner.id } })).toMatchObject(refusal);
    expect(await renameClass(testDb.db, { actor: learner, input: { classId: classB, name: "改名" } })).toMatchObject(refusal);
    const after = await testDb.db.class.findUniqueOrThrow({ where: { id: classB } });
    expect(after).toEqual(before);
    expect(await membersOf(classB)).toHaveLength(2);
  });

  test("regenerating the code retires the old one: registration with it is refused, with the new one it works", async () => {
    const old = (await testDb.db.class.findUniqueOrThrow({ where: { id: classB } })).inviteCode;
    const result = await regenerateInviteCode(testDb.db, { actor: instructorB, input: { classId: classB } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inviteCode).not.toBe(old);
    const signUp = { name: "新学员", email: "new-code@example.com", password: "study-hard-2026", confirmPassword: "study-hard-2026" };
    expect(await registerLearner(testDb.db, { ...signUp, inviteCode: old })).toMatchObject({ ok: false });
    expect(await registerLearner(testDb.db, { ...signUp, inviteCode: result.inviteCode })).toMatchObject({ ok: true });
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "class.regenerate_code", entityId: classB } });
    expect(entry).toMatchObject({ before: { inviteCode: old }, after: { inviteCode: result.inviteCode } });
  });

  test("an administrator adds a second instructor; instructors and learners cannot, and a non-instructor account is refused", async () => {
    const third = await createUser(testDb.db, "INSTRUCTOR");
    expect((await listInstructorCandidates(testDb.db, admin, { classId: classB })).map((user) => user.id)).toContain(third.id);
    expect(await addClassInstructor(testDb.db, { actor: instructorB, input: { classId: classB, userId: third.id } })).toMatchObject({
      ok: false,
      error: "只有管理员可以为班级添加教员",
    });
    expect(await addClassInstructor(testDb.db, { actor: admin, input: { classId: classB, userId: learner.id } })).toMatchObject({
      ok: false,
      error: "请选择一位在职的教员",
    });
    expect(await addClassInstructor(testDb.db, { actor: admin, input: { classId: "no-such-class", userId: third.id } })).toMatchObject({ ok: false });
    expect(await addClassInstructor(testDb.db, { actor: admin, input: { classId: classB, userId: third.id } })).toMatchObject({ ok: true });
    expect(await addClassInstructor(testDb.db, { actor: admin, input: { classId: classB, userId: third.id } })).toMatchObject({ ok: false });
    const instructors = (await membersOf(classB)).filter((member) => member.role === "INSTRUCTOR").map((member) => member.userId);
    expect(instructors.sort()).toEqual([instructorB.id, third.id].sort());
    expect((await listInstructorCandidates(testDb.db, admin, { classId: classB })).map((user) => user.id)).not.toContain(third.id);
  });

  test("removing a learner keeps their account and history; a user from another class is refused", async () => {
    const other = await createUser(testDb.db, "LEARNER");
    const otherClass = await createClassFixture(testDb.db, { instructors: [instructorA], learners: [other] });
    expect(await removeClassMember(testDb.db, { actor: instructorB, input: { classId: classB, userId: other.id } })).toMatchObject({
      ok: false,
      error: "该用户不是本班成员",
    });
    expect(await membersOf(otherClass.id)).toHaveLength(2);

    const result = await removeClassMember(testDb.db, { actor: instructorB, input: { classId: classB, userId: learner.id } });
    expect(result).toEqual({ ok: true, name: learner.name });
    expect((await membersOf(classB)).map((member) => member.userId)).not.toContain(learner.id);
    expect(await testDb.db.user.findUnique({ where: { id: learner.id }, select: { active: true } })).toEqual({ active: true });
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "class.remove_member", entityId: classB } });
    expect(entry.before).toMatchObject({ userId: learner.id, role: "LEARNER" });
  });

  test("only an administrator removes an instructor from a class", async () => {
    expect(await removeClassMember(testDb.db, { actor: instructorB, input: { classId: classB, userId: instructorB.id } })).toMatchObject({
      ok: false,
      error: "只有管理员可以移除教员",
    });
    const third = (await membersOf(classB)).find((member) => member.role === "INSTRUCTOR" && member.userId !== instructorB.id)!;
    expect(await removeClassMember(testDb.db, { actor: admin, input: { classId: classB, userId: third.userId } })).toMatchObject({ ok: true });
  });

  test("a signed-in learner joins another class by its code once; a wrong code is refused", async () => {
    const target = await createClassFixture(testDb.db, { inviteCode: "JOINME22" });
    expect(await joinClassByCode(testDb.db, { actor: learner, input: { inviteCode: "nope" } })).toMatchObject({
      ok: false,
      errors: { inviteCode: "邀请码无效，请向教员确认" },
    });
    expect(await joinClassByCode(testDb.db, { actor: learner, input: { inviteCode: " joinme22 " } })).toEqual({ ok: true, className: target.name });
    expect(await joinClassByCode(testDb.db, { actor: learner, input: { inviteCode: "JOINME22" } })).toMatchObject({
      ok: false,
      error: "您已在该班级中",
    });
    expect(await membersOf(target.id)).toEqual([{ userId: learner.id, role: "LEARNER" }]);
    expect(await testDb.db.auditLog.count({ where: { action: "class.join", entityId: target.id } })).toBe(1);
  });

  test("a forged class id of the wrong shape is refused in Chinese and changes nothing", async () => {
    expect(await renameClass(testDb.db, { actor: admin, input: { classId: ["x"], name: "改名" } })).toMatchObject({ ok: false, error: "班级无效" });
    expect(await removeClassMember(testDb.db, { actor: admin, input: { classId: classB } })).toMatchObject({ ok: false, error: "成员无效" });
  });
});
