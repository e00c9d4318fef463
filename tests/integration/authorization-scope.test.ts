import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getAccount } from "@/lib/server/accounts/get-account";
import { listUsers } from "@/lib/server/accounts/list-users";
import { listAuditActions } from "@/lib/server/audit/list-audit-actions";
import { searchAuditLog } from "@/lib/server/audit/search-audit-log";
import { scopeFor } from "@/lib/server/authorization/scope";
import { ForbiddenError, assertCanReadLearner } from "@/lib/server/authz";
import { getManagedClass } from "@/lib/server/classes/get-managed-class";
import { listClassesForActor } from "@/lib/server/classes/list-classes-for-actor";
import { listInstructorCandidates } from "@/lib/server/classes/list-instructor-candidates";
import { getOrganisationCounts } from "@/lib/server/home/get-home-summary";
import { getModuleRetention } from "@/lib/server/progress/get-module-retention";
import { findResultsAssignment } from "@/lib/server/results/find-results-assignment";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

const OPENS = new Date("2026-03-01T08:00:00Z");
const CLOSES = new Date("2026-03-08T08:00:00Z");

// Two instructors with a class each, a learner in each, a colleague co-teaching class A, an
// assignment that instructor A made for class B, an archived class of learner A, and a
// learner account that still holds an instructor membership from before a demotion.
describe("scopeFor: what each role reaches", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  let instructorA: Actor;
  let instructorB: Actor;
  let colleague: Actor;
  let learnerA: Actor;
  let learnerB: Actor;
  let demoted: Actor;
  let classA: string;
  let classB: string;
  let archived: string;
  let quizA: string;
  let quizB: string;
  let assignmentA: string;
  let assignmentB: string;
  let madeByAForB: string;
  let archivedAssignment: string;
  let attemptA: string;
  let attemptB: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    admin = await createUser(db, "ADMIN");
    instructorA = await createUser(db, "INSTRUCTOR");
    instructorB = await createUser(db, "INSTRUCTOR");
    colleague = await createUser(db, "INSTRUCTOR");
    learnerA = await createUser(db, "LEARNER");
    learnerB = await createUser(db, "LEARNER");
    demoted = await createUser(db, "LEARNER");
    const questionIds = (await seedExamQuestions(db, "scope")).slice(0, 2);
    const a = await createAssignment(db, { questionIds, learners: [learnerA], instructors: [instructorA, colleague, demoted], opensAt: OPENS, closesAt: CLOSES, quiz: { createdBy: { connect: { id: instructorA.id } } } });
    const b = await createAssignment(db, { questionIds, learners: [learnerB], instructors: [instructorB], opensAt: OPENS, closesAt: CLOSES, quiz: { createdBy: { connect: { id: instructorB.id } } } });
    await db.classMember.update({ where: { classId_userId: { classId: a.classId, userId: demoted.id } }, data: { role: "INSTRUCTOR" } });
    ({ classId: classA, quizId: quizA, assignmentId: assignmentA } = a);
    ({ classId: classB, quizId: quizB, assignmentId: assignmentB } = b);
    madeByAForB = (await db.assignment.create({ data: { quizId: quizA, title: "A 给 B 班的测验", opensAt: OPENS, closesAt: CLOSES, createdById: instructorA.id, classes: { create: [{ classId: classB }] } } })).id;
    archived = (await createClass(db, { instructors: [instructorA], learners: [learnerA] })).id;
    await db.class.update({ where: { id: archived }, data: { archivedAt: OPENS } });
    archivedAssignment = (await db.assignment.create({ data: { quizId: quizA, title: "已归档班级的测验", opensAt: OPENS, closesAt: CLOSES, classes: { create: [{ classId: archived }] } } })).id;
    const attempt = (userId: string, assignmentId: string, quizId: string) =>
      db.attempt.create({ data: { userId, mode: "QUIZ", assignmentId, quizId, number: 1, status: "SUBMITTED", questionIds, startedAt: OPENS, submittedAt: OPENS, score: 1, maxScore: 2 } });
    attemptA = (await attempt(learnerA.id, assignmentA, quizA)).id;
    attemptB = (await attempt(learnerB.id, assignmentB, quizB)).id;
  });
  afterAll(async () => {
    await testDb.close();
  });

  /** Every area's rows the actor reaches, as sorted ids. */
  async function reach(actor: Actor) {
    const { db } = testDb;
    const scope = scopeFor(actor);
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    return {
      classes: ids(await db.class.findMany({ where: scope.classes, select: { id: true } })),
      learners: [...new Set((await db.classMember.findMany({ where: scope.learnerMemberships, select: { userId: true } })).map((row) => row.userId))].sort(),
      assignments: ids(await db.assignment.findMany({ where: scope.assignments, select: { id: true } })),
      results: ids(await db.assignment.findMany({ where: scope.resultAssignments, select: { id: true } })),
      quizzes: ids(await db.quiz.findMany({ where: scope.quizzes, select: { id: true } })),
      assignedToMe: ids(await db.assignment.findMany({ where: scope.assignedToMe, select: { id: true } })),
      ownAttempts: ids(await db.attempt.findMany({ where: scope.ownAttempts, select: { id: true } })),
    };
  }

  test("an administrator reaches every class (archived too), learner, assignment, result and quiz", async () => {
    expect(await reach(admin)).toEqual({
      classes: [classA, classB, archived].sort(),
      learners: [learnerA.id, learnerB.id].sort(),
      assignments: [assignmentA, assignmentB, madeByAForB, archivedAssignment].sort(),
      results: [assignmentA, assignmentB, madeByAForB, archivedAssignment].sort(),
      quizzes: [quizA, quizB].sort(),
      assignedToMe: [],
      ownAttempts: [],
    });
    expect(scopeFor(admin)).toMatchObject({ isAdministrator: true, managesBank: true });
  });

  test("an instructor reaches their classes' learners and results, the assignments they made or gave, and their quizzes", async () => {
    expect(await reach(instructorA)).toEqual({
      classes: [classA, archived].sort(),
      learners: [learnerA.id],
      assignments: [assignmentA, madeByAForB, archivedAssignment].sort(),
      // Making an assignment for another's class lets them manage it, not read those learners' results.
      results: [assignmentA, archivedAssignment].sort(),
      quizzes: [quizA],
      assignedToMe: [],
      ownAttempts: [],
    });
    expect(await reach(instructorB)).toMatchObject({ classes: [classB], learners: [learnerB.id], assignments: [assignmentB, madeByAForB].sort(), results: [assignmentB, madeByAForB].sort(), quizzes: [quizB] });
    expect(scopeFor(instructorA)).toMatchObject({ isAdministrator: false, managesBank: true });
    const mixed = (await findResultsAssignment(testDb.db, instructorB, madeByAForB))!;
    expect(mixed.classIds).toEqual([classB]);
    expect(await findResultsAssignment(testDb.db, instructorB, assignmentA)).toBeNull();
    expect(await testDb.db.attempt.findMany({ where: { assignment: scopeFor(instructorA).resultAssignments, user: { classMemberships: { some: scopeFor(instructorA).learnerMemberships } } }, select: { id: true } })).toEqual([{ id: attemptA }]);
  });

  test("a learner reaches only their own attempts and the assignments of the classes they learn in, archived ones left out", async () => {
    expect(await reach(learnerA)).toEqual({ classes: [], learners: [], assignments: [], results: [], quizzes: [], assignedToMe: [assignmentA], ownAttempts: [attemptA] });
    expect(await reach(learnerB)).toMatchObject({ assignedToMe: [assignmentB, madeByAForB].sort(), ownAttempts: [attemptB] });
    expect(scopeFor(learnerA)).toMatchObject({ isAdministrator: false, managesBank: false });
    expect(await findResultsAssignment(testDb.db, learnerA, assignmentA)).toBeNull();
  });

  test("a learner account keeps no reach through an instructor membership left from before a demotion (the stricter rule)", async () => {
    expect((await reach(demoted)).classes).toEqual([]);
    expect(await listClassesForActor(testDb.db, demoted)).toEqual([]);
    expect(await getManagedClass(testDb.db, demoted, classA)).toBeNull();
    await expect(assertCanReadLearner(testDb.db, demoted, learnerA.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("an instructor reads their classes' learners, not a colleague who teaches the same class (the stricter rule)", async () => {
    await expect(assertCanReadLearner(testDb.db, instructorA, learnerA.id)).resolves.toBeUndefined();
    await expect(assertCanReadLearner(testDb.db, instructorA, colleague.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assertCanReadLearner(testDb.db, instructorA, learnerB.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("a learner's retention is read by the learner, their instructor and an administrator; another instructor and another learner are refused", async () => {
    const now = new Date("2026-03-02T08:00:00Z");
    for (const reader of [learnerA, instructorA, admin]) {
      expect((await getModuleRetention(testDb.db, reader, learnerA.id, now)).overall.reviewed).toBe(0);
    }
    for (const stranger of [instructorB, learnerB]) {
      await expect(getModuleRetention(testDb.db, stranger, learnerA.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  test("the administrators' use-cases refuse an instructor and a learner themselves, whatever the page checks", async () => {
    const { db } = testDb;
    for (const actor of [instructorA, learnerA]) {
      await expect(listUsers(db, actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getAccount(db, actor, { userId: learnerA.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(searchAuditLog(db, actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listAuditActions(db, actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listInstructorCandidates(db, actor, { classId: classA })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getOrganisationCounts(db, actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await listUsers(db, admin)).total).toBe(await db.user.count());
    expect((await getAccount(db, admin, { userId: learnerA.id }))?.id).toBe(learnerA.id);
    expect((await listInstructorCandidates(db, admin, { classId: classA })).map((user) => user.id).sort()).toEqual([instructorB.id]);
    expect((await getOrganisationCounts(db, admin)).users.LEARNER).toBe(3);
  });
});
