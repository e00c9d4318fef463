import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getLearnerProfile } from "@/lib/server/accounts/get-learner-profile";
import { ForbiddenError, assertCanManageClass, assertCanReadLearner, loadActor, taughtClassIds } from "@/lib/server/authz";
import { getManagedClass } from "@/lib/server/classes/get-managed-class";
import { listClassesForActor } from "@/lib/server/classes/list-classes-for-actor";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";

describe("the authorization guard's rules", () => {
  let testDb: TestDatabase;
  let learnerA: Actor;
  let learnerB: Actor;
  let instructorA: Actor;
  let instructorB: Actor;
  let admin: Actor;
  let classA: string;
  let classB: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    learnerA = await createUser(db, "LEARNER");
    learnerB = await createUser(db, "LEARNER");
    instructorA = await createUser(db, "INSTRUCTOR");
    instructorB = await createUser(db, "INSTRUCTOR");
    admin = await createUser(db, "ADMIN");
    classA = (await createClass(db, { instructors: [instructorA], learners: [learnerA] })).id;
    classB = (await createClass(db, { instructors: [instructorB], learners: [learnerB] })).id;
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("a learner reads their own data", async () => {
    await expect(assertCanReadLearner(testDb.db, learnerA, learnerA.id)).resolves.toBeUndefined();
    expect((await getLearnerProfile(testDb.db, learnerA, learnerA.id))?.id).toBe(learnerA.id);
  });

  test("a learner is refused another learner's data", async () => {
    await expect(assertCanReadLearner(testDb.db, learnerA, learnerB.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getLearnerProfile(testDb.db, learnerA, learnerB.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("an instructor reads learners of their own classes only", async () => {
    await expect(assertCanReadLearner(testDb.db, instructorA, learnerA.id)).resolves.toBeUndefined();
    await expect(assertCanReadLearner(testDb.db, instructorA, learnerB.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("an instructor manages their own class and is refused another instructor's class", async () => {
    await expect(assertCanManageClass(testDb.db, instructorA, classA)).resolves.toBeUndefined();
    await expect(assertCanManageClass(testDb.db, instructorA, classB)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getManagedClass(testDb.db, instructorA, classB)).toBeNull();
    expect((await getManagedClass(testDb.db, instructorA, classA))?.members).toHaveLength(2);
    expect((await listClassesForActor(testDb.db, instructorA)).map((row) => row.id)).toEqual([classA]);
    expect(await taughtClassIds(testDb.db, instructorA)).toEqual([classA]);
  });

  test("a learner manages no class, even the one they belong to", async () => {
    await expect(assertCanManageClass(testDb.db, learnerA, classA)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await taughtClassIds(testDb.db, learnerA)).toEqual([]);
  });

  test("an administrator reads every learner and manages every class", async () => {
    await expect(assertCanReadLearner(testDb.db, admin, learnerB.id)).resolves.toBeUndefined();
    await expect(assertCanManageClass(testDb.db, admin, classB)).resolves.toBeUndefined();
    expect((await listClassesForActor(testDb.db, admin)).map((row) => row.id).sort()).toEqual([classA, classB].sort());
    expect(await taughtClassIds(testDb.db, admin)).toBeNull();
  });

  test("a deactivated account or a changed role counts at once, whatever the session says", async () => {
    const user = await createUser(testDb.db, "INSTRUCTOR");
    await testDb.db.user.update({ where: { id: user.id }, data: { role: "LEARNER" } });
    expect((await loadActor(testDb.db, user.id))?.role).toBe("LEARNER");
    await testDb.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadActor(testDb.db, user.id)).toBeNull();
    expect(await loadActor(testDb.db, "no-such-user")).toBeNull();
  });
});
