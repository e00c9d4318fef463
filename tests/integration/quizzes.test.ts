import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { createAssignment } from "@/lib/server/assignments/create-assignment";
import { getAssignmentForStaff } from "@/lib/server/assignments/get-assignment-for-staff";
import { updateAssignmentWindow } from "@/lib/server/assignments/update-assignment-window";
import { addQuizItems } from "@/lib/server/quizzes/add-quiz-items";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { deleteQuiz, QUIZ_ASSIGNED } from "@/lib/server/quizzes/delete-quiz";
import { getQuizForEditor } from "@/lib/server/quizzes/get-quiz-for-editor";
import { listQuizzesForActor } from "@/lib/server/quizzes/list-quizzes-for-actor";
import { previewQuiz } from "@/lib/server/quizzes/preview-quiz";
import { saveQuizRules } from "@/lib/server/quizzes/save-quiz-rules";
import { updateQuizItems } from "@/lib/server/quizzes/update-quiz-items";
import { updateQuizSettings } from "@/lib/server/quizzes/update-quiz-settings";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";

const SETTINGS = {
  title: "党章知识测验",
  description: "",
  courseId: "crs_z",
  composition: "RULES",
  drawPerLearner: "on",
  timeLimitMinutes: "30",
  shuffleQuestions: "on",
  shuffleOptions: undefined,
  attemptsAllowed: "2",
  scoring: "BEST",
  resultPolicy: "AFTER_CLOSE",
  latePolicy: "REFUSE",
  pointsByType: { SINGLE_CHOICE: "2", MULTIPLE_CHOICE: "3", TRUE_FALSE: "1", FILL_BLANK: "2", SHORT_ANSWER: "5" },
};

async function seedBank(db: Db) {
  await db.course.create({ data: { id: "crs_z", slug: "z", title: "课程" } });
  await db.module.createMany({
    data: [
      { id: "mod_x", courseId: "crs_z", position: 0, title: "党的性质" },
      { id: "mod_y", courseId: "crs_z", position: 1, title: "党的纪律" },
    ],
  });
  await db.question.createMany({
    data: [
      ...Array.from({ length: 6 }, (_, i) => ({
        id: `zx${i}`,
        courseId: "crs_z",
        moduleId: "mod_x",
        type: "SINGLE_CHOICE" as const,
        stem: `党的性质 单选 ${i}`,
        options: [{ key: "A", text: "甲" }, { key: "B", text: "乙" }],
        answer: ["A"],
        status: "ACTIVE" as const,
        contentHash: `zx${i}`,
      })),
      ...Array.from({ length: 4 }, (_, i) => ({
        id: `zy${i}`,
        courseId: "crs_z",
        moduleId: "mod_y",
        type: "TRUE_FALSE" as const,
        stem: `党的纪律 判断 ${i}`,
        answer: true,
        status: "ACTIVE" as const,
        contentHash: `zy${i}`,
      })),
      { id: "zdraft", courseId: "crs_z", moduleId: "mod_y", type: "TRUE_FALSE" as const, stem: "草稿", answer: true, status: "DRAFT" as const, contentHash: "zdraft" },
    ],
  });
}

const local = (daysFromNow: number) => {
  const date = new Date(Date.now() + daysFromNow * 86_400_000 + 8 * 3_600_000);
  return date.toISOString().slice(0, 16);
};

describe("quiz composition and assignments", () => {
  let testDb: TestDatabase;
  let db: Db;
  let admin: Actor;
  let instructor: Actor;
  let otherInstructor: Actor;
  let learner: Actor;
  let myClass: string;
  let otherClass: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = testDb.db;
    await seedBank(db);
    admin = await createUser(db, "ADMIN");
    instructor = await createUser(db, "INSTRUCTOR");
    otherInstructor = await createUser(db, "INSTRUCTOR");
    learner = await createUser(db, "LEARNER");
    myClass = (await createClass(db, { instructors: [instructor], learners: [learner] })).id;
    otherClass = (await createClass(db, { instructors: [otherInstructor] })).id;
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function snapshot() {
    const [quizzes, items, rules, assignments, links] = await Promise.all([
      db.quiz.findMany({ orderBy: { id: "asc" } }),
      db.quizItem.findMany({ orderBy: [{ quizId: "asc" }, { questionId: "asc" }] }),
      db.quizRule.findMany({ orderBy: { id: "asc" } }),
      db.assignment.findMany({ orderBy: { id: "asc" } }),
      db.assignmentClass.findMany({ orderBy: [{ assignmentId: "asc" }, { classId: "asc" }] }),
    ]);
    return { quizzes, items, rules, assignments, links, audit: await db.auditLog.count() };
  }

  async function newRulesQuiz(actor = instructor) {
    const created = await createQuiz(db, { actor, input: SETTINGS });
    if (!created.ok) throw new Error(created.error);
    return created.quizId;
  }

  test("compose by rules: settings, rules with default points per type, audit entries", async () => {
    const quizId = await newRulesQuiz();
    const quiz = await db.quiz.findUniqueOrThrow({ where: { id: quizId } });
    expect(quiz).toMatchObject({ composition: "RULES", drawPerLearner: true, timeLimitSeconds: 1800, shuffleQuestions: true, shuffleOptions: false, attemptsAllowed: 2, resultPolicy: "AFTER_CLOSE", createdById: instructor.id });
    const saved = await saveQuizRules(db, {
      actor: instructor,
      quizId,
      rules: [
        { moduleId: "mod_x", type: "SINGLE_CHOICE", count: "3", points: "" },
        { moduleId: "mod_y", type: "", difficultyMin: "0", difficultyMax: "1", count: "2", points: "4" },
      ],
    });
    expect(saved).toEqual({ ok: true, ruleCount: 2, questionCount: 5 });
    const rules = await db.quizRule.findMany({ where: { quizId }, orderBy: { position: "asc" } });
    expect(rules.map((rule) => [rule.moduleId, rule.type, rule.count, rule.points])).toEqual([
      ["mod_x", "SINGLE_CHOICE", 3, 2],
      ["mod_y", null, 2, 4],
    ]);
    const actions = (await db.auditLog.findMany({ where: { entityId: quizId }, orderBy: { createdAt: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["quiz.create", "quiz.save_rules"]);
    const editor = await getQuizForEditor(db, { actor: instructor, quizId });
    expect(editor?.rules.map((rule) => rule.available)).toEqual([6, 4]);
  });

  test("a rule drawing more than exist is refused naming the rule, and nothing is saved", async () => {
    const quizId = await newRulesQuiz();
    await saveQuizRules(db, { actor: instructor, quizId, rules: [{ moduleId: "mod_x", count: "2" }] });
    const before = await snapshot();
    const tooMany = await saveQuizRules(db, {
      actor: instructor,
      quizId,
      rules: [
        { moduleId: "mod_x", count: "1" },
        { moduleId: "mod_y", type: "TRUE_FALSE", count: "5" },
      ],
    });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.error).toBe("第 2 条规则（党的纪律 · 判断题 · 任意难度）要抽 5 题，但符合条件的启用题目只有 4 道");
    const shared = await saveQuizRules(db, {
      actor: instructor,
      quizId,
      rules: [
        { moduleId: "mod_y", count: "3" },
        { type: "TRUE_FALSE", count: "2" },
      ],
    });
    expect(shared.ok).toBe(false);
    if (!shared.ok) expect(shared.error).toContain("共用题目");
    const badRow = await saveQuizRules(db, { actor: instructor, quizId, rules: [{ count: "0" }] });
    expect(badRow).toMatchObject({ ok: false, error: "第 1 条规则：抽题数量至少 1 题" });
    const badRange = await saveQuizRules(db, { actor: instructor, quizId, rules: [{ count: "1", difficultyMin: "0.8", difficultyMax: "0.2" }] });
    expect(badRange).toMatchObject({ ok: false, error: "第 1 条规则：最低难度不能高于最高难度" });
    expect(await snapshot()).toEqual(before);
  });

  test("invalid settings are refused in Chinese and change nothing", async () => {
    const quizId = await newRulesQuiz();
    const before = await snapshot();
    expect(await createQuiz(db, { actor: instructor, input: { ...SETTINGS, title: " " } })).toMatchObject({ ok: false, error: "请输入测验名称" });
    expect(await updateQuizSettings(db, { actor: instructor, quizId, input: { ...SETTINGS, attemptsAllowed: "0" } })).toMatchObject({ ok: false, error: "允许作答次数至少 1 次" });
    expect(await updateQuizSettings(db, { actor: instructor, quizId, input: { ...SETTINGS, timeLimitMinutes: "1.5" } })).toMatchObject({ ok: false, error: "时间限制必须是整数分钟" });
    expect(await createQuiz(db, { actor: learner, input: SETTINGS })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  test("instructors edit only their own quizzes; administrators edit all", async () => {
    const quizId = await newRulesQuiz();
    const before = await snapshot();
    expect(await updateQuizSettings(db, { actor: otherInstructor, quizId, input: SETTINGS })).toMatchObject({ ok: false, error: "测验不存在，或您无权管理该测验" });
    expect(await saveQuizRules(db, { actor: otherInstructor, quizId, rules: [{ count: "1" }] })).toMatchObject({ ok: false });
    expect(await getQuizForEditor(db, { actor: otherInstructor, quizId })).toBeNull();
    expect(await previewQuiz(db, { actor: otherInstructor, quizId })).toBeNull();
    expect((await listQuizzesForActor(db, otherInstructor)).map((quiz) => quiz.id)).not.toContain(quizId);
    expect(await snapshot()).toEqual(before);
    const renamed = await updateQuizSettings(db, { actor: admin, quizId, input: { ...SETTINGS, title: "管理员改名" } });
    expect(renamed.ok).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: quizId, action: "quiz.update" } });
    expect(entry.actorId).toBe(admin.id);
    expect(entry.before).toMatchObject({ title: "党章知识测验" });
    expect(entry.after).toMatchObject({ title: "管理员改名" });
  });

  test("compose by hand: add ACTIVE questions with points per type, reorder, re-score, remove", async () => {
    const created = await createQuiz(db, { actor: instructor, input: { ...SETTINGS, composition: "FIXED", drawPerLearner: undefined, shuffleQuestions: undefined } });
    if (!created.ok) throw new Error(created.error);
    const quizId = created.quizId;
    expect(await addQuizItems(db, { actor: instructor, input: { quizId, questionIds: ["zdraft"] } })).toMatchObject({ ok: false, error: "只能添加已启用的题目" });
    expect(await addQuizItems(db, { actor: instructor, input: { quizId, questionIds: [] } })).toMatchObject({ ok: false, error: "请至少选择一道题目" });
    expect(await addQuizItems(db, { actor: instructor, input: { quizId, questionIds: ["zx0", "zy0", "zy1"] } })).toEqual({ ok: true, added: 3 });
    expect(await addQuizItems(db, { actor: instructor, input: { quizId, questionIds: ["zx0", "zx1"] } })).toEqual({ ok: true, added: 1 });
    let items = await db.quizItem.findMany({ where: { quizId }, orderBy: { position: "asc" } });
    expect(items.map((item) => [item.questionId, item.position, item.points])).toEqual([
      ["zx0", 1, 2],
      ["zy0", 2, 1],
      ["zy1", 3, 1],
      ["zx1", 4, 2],
    ]);
    const bad = await updateQuizItems(db, {
      actor: instructor,
      quizId,
      items: [{ questionId: "zx0", position: "1", points: "-1" }, { questionId: "zy0", position: "2", points: "1" }, { questionId: "zx1", position: "3", points: "1" }],
      removed: ["zy1"],
    });
    expect(bad).toMatchObject({ ok: false, error: "第 1 题：每题分值不能少于 0.5 分" });
    const updated = await updateQuizItems(db, {
      actor: instructor,
      quizId,
      items: [{ questionId: "zx0", position: "3", points: "5" }, { questionId: "zy0", position: "1", points: "1" }, { questionId: "zx1", position: "2", points: "2.5" }],
      removed: ["zy1"],
    });
    expect(updated).toEqual({ ok: true, itemCount: 3 });
    items = await db.quizItem.findMany({ where: { quizId }, orderBy: { position: "asc" } });
    expect(items.map((item) => [item.questionId, item.position, item.points])).toEqual([
      ["zy0", 1, 1],
      ["zx1", 2, 2.5],
      ["zx0", 3, 5],
    ]);
    const preview = await previewQuiz(db, { actor: instructor, quizId });
    expect(preview).toMatchObject({ ok: true, totalPoints: 8.5 });
    if (preview?.ok) expect(preview.questions.map((question) => question.id)).toEqual(["zy0", "zx1", "zx0"]);
    const actions = (await db.auditLog.findMany({ where: { entityId: quizId } })).map((entry) => entry.action).sort();
    expect(actions).toEqual(["quiz.add_items", "quiz.add_items", "quiz.create", "quiz.update_items"]);
  });

  test("assignment validations: each refused with a clear message, nothing saved", async () => {
    const emptyQuiz = await newRulesQuiz();
    const quizId = await newRulesQuiz();
    await saveQuizRules(db, { actor: instructor, quizId, rules: [{ moduleId: "mod_x", count: "2" }] });
    const good = { quizId, title: "第一次测验", opensAt: local(0), closesAt: local(7), classIds: [myClass] };
    const before = await snapshot();
    const cases: [unknown, string][] = [
      [{ ...good, closesAt: local(-1) }, "截止时间必须晚于开始时间"],
      [{ ...good, closesAt: good.opensAt }, "截止时间必须晚于开始时间"],
      [{ ...good, classIds: [] }, "请至少选择一个班级"],
      [{ ...good, opensAt: "2026-02-30T10:00" }, "开始时间格式无效"],
      [{ ...good, title: "" }, "请输入布置名称"],
      [{ ...good, quizId: emptyQuiz }, "测验还没有抽题规则，请至少添加一条"],
      [{ ...good, classIds: [myClass, otherClass] }, "所选班级不存在，或您无权管理该班级"],
    ];
    for (const [input, error] of cases) {
      expect(await createAssignment(db, { actor: instructor, input })).toMatchObject({ ok: false, error });
    }
    // The bank shrinks under a saved rule: the quiz can no longer be drawn.
    await db.question.updateMany({ where: { id: { in: ["zx0", "zx1", "zx2", "zx3", "zx4"] } }, data: { status: "RETIRED" } });
    const shrunk = await createAssignment(db, { actor: instructor, input: good });
    expect(shrunk).toMatchObject({ ok: false, error: "第 1 条规则（党的性质 · 全部题型 · 任意难度）要抽 2 题，但符合条件的启用题目只有 1 道" });
    await db.question.updateMany({ where: { id: { in: ["zx0", "zx1", "zx2", "zx3", "zx4"] } }, data: { status: "ACTIVE" } });
    // Another instructor cannot assign this quiz, even to their own class.
    expect(await createAssignment(db, { actor: otherInstructor, input: { ...good, classIds: [otherClass] } })).toMatchObject({ ok: false, error: "测验不存在，或您无权管理该测验" });
    expect(await snapshot()).toEqual(before);
  });

  test("assign to classes, see it, change the window; another class's instructor is refused", async () => {
    const quizId = await newRulesQuiz();
    await saveQuizRules(db, { actor: instructor, quizId, rules: [{ moduleId: "mod_y", count: "4" }] });
    const opensAt = "2026-12-01T09:00";
    const created = await createAssignment(db, { actor: instructor, input: { quizId, title: "十二月测验", opensAt, closesAt: "2026-12-08T18:30", classIds: [myClass] } });
    if (!created.ok) throw new Error(created.error);
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id: created.assignmentId }, include: { classes: true } });
    expect(assignment.opensAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(assignment.closesAt.toISOString()).toBe("2026-12-08T10:30:00.000Z");
    expect(assignment.classes.map((link) => link.classId)).toEqual([myClass]);
    expect(await db.auditLog.count({ where: { entityId: assignment.id, action: "assignment.create", actorId: instructor.id } })).toBe(1);

    // An administrator may assign any quiz to any classes.
    const byAdmin = await createAssignment(db, { actor: admin, input: { quizId, title: "全体", opensAt, closesAt: "2026-12-09T00:00", classIds: [myClass, otherClass] } });
    expect(byAdmin.ok).toBe(true);

    expect(await getAssignmentForStaff(db, { actor: otherInstructor, assignmentId: assignment.id })).toBeNull();
    expect(await getAssignmentForStaff(db, { actor: learner, assignmentId: assignment.id })).toBeNull();
    expect((await getAssignmentForStaff(db, { actor: instructor, assignmentId: assignment.id }))?.title).toBe("十二月测验");

    const before = await snapshot();
    expect(await updateAssignmentWindow(db, { actor: otherInstructor, input: { assignmentId: assignment.id, opensAt, closesAt: "2026-12-20T00:00" } })).toMatchObject({ ok: false, error: "布置不存在，或您无权管理" });
    expect(await updateAssignmentWindow(db, { actor: instructor, input: { assignmentId: assignment.id, opensAt, closesAt: "2026-11-30T00:00" } })).toMatchObject({ ok: false, error: "截止时间必须晚于开始时间" });
    expect(await snapshot()).toEqual(before);

    expect(await updateAssignmentWindow(db, { actor: instructor, input: { assignmentId: assignment.id, opensAt, closesAt: "2026-12-20T12:00" } })).toEqual({ ok: true });
    const moved = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(moved.closesAt.toISOString()).toBe("2026-12-20T04:00:00.000Z");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: assignment.id, action: "assignment.change_window" } });
    expect(entry.before).toMatchObject({ closesAt: "2026-12-08T10:30:00.000Z" });
    expect(entry.after).toMatchObject({ closesAt: "2026-12-20T04:00:00.000Z" });
    // The instructor of a class the administrator assigned to manages that assignment too.
    if (byAdmin.ok) expect((await getAssignmentForStaff(db, { actor: otherInstructor, assignmentId: byAdmin.assignmentId }))?.title).toBe("全体");
  });
  test("deleting: an unassigned quiz goes with its rules and is audited; an assigned one, another's, or a learner's try are refused and change nothing", async () => {
    const assigned = await newRulesQuiz();
    await saveQuizRules(db, { actor: instructor, quizId: assigned, rules: [{ moduleId: "mod_y", count: "2" }] });
    const made = await createAssignment(db, { actor: instructor, input: { quizId: assigned, title: "保留的测验", opensAt: local(0), closesAt: local(3), classIds: [myClass] } });
    expect(made.ok).toBe(true);
    const unassigned = await newRulesQuiz();
    await saveQuizRules(db, { actor: instructor, quizId: unassigned, rules: [{ moduleId: "mod_x", count: "2" }] });

    const before = await snapshot();
    expect(await deleteQuiz(db, { actor: instructor, quizId: assigned })).toEqual({ ok: false, error: QUIZ_ASSIGNED });
    for (const actor of [otherInstructor, learner]) {
      expect(await deleteQuiz(db, { actor, quizId: unassigned })).toEqual({ ok: false, error: "测验不存在，或您无权管理该测验" });
    }
    expect(await deleteQuiz(db, { actor: instructor, quizId: "" })).toEqual({ ok: false, error: "测验不存在，或您无权管理该测验" });
    expect(await deleteQuiz(db, { actor: instructor, quizId: "no-such-quiz" })).toEqual({ ok: false, error: "测验不存在，或您无权管理该测验" });
    expect(await snapshot()).toEqual(before);

    expect(await deleteQuiz(db, { actor: instructor, quizId: unassigned })).toEqual({ ok: true, title: SETTINGS.title });
    expect(await db.quiz.findUnique({ where: { id: unassigned } })).toBeNull();
    expect(await db.quizRule.count({ where: { quizId: unassigned } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "quiz.delete", entityId: unassigned } });
    expect(entry).toMatchObject({ actorId: instructor.id, before: { title: SETTINGS.title, composition: "RULES", items: 0, rules: 1 } });
    // An administrator may delete any unassigned quiz.
    const another = await newRulesQuiz();
    expect(await deleteQuiz(db, { actor: admin, quizId: another })).toMatchObject({ ok: true });
  });
});
