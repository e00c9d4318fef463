import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { forgettingDecay, recallProbability, retrievability } from "@/lib/srs";
import { DEFAULT_AT_RISK_RULES } from "@/lib/stats";
import { ForbiddenError } from "@/lib/server/authz";
import { getReportsOverview } from "@/lib/server/reports/get-reports-overview";
import { getMasteryHeatmap } from "@/lib/server/reports/get-mastery-heatmap";
import { getClassHeatmap } from "@/lib/server/reports/get-class-heatmap";
import { listAtRiskLearners } from "@/lib/server/reports/list-at-risk-learners";
import { atRiskTable, heatmapTable, openAssignmentsTable, overviewTable } from "@/lib/server/reports/report-tables";
import { reportTableToCsv, reportTablesToXlsx } from "@/lib/server/reports/export-report-tables";
import { exportReportTables } from "@/lib/server/reports/export-reports";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe("organisation reports", () => {
  let testDb: TestDatabase;
  let now: Date;
  let admin: Actor, instructorA: Actor, instructorB: Actor;
  let x: Actor, y: Actor, z: Actor, w: Actor;
  let classA: string, classB: string;
  const ago = (ms: number) => new Date(now.getTime() - ms);
  // lib/srs/retention's curve with the default decay, t in fractional days.
  const predictedRetention = (days: number, stability: number) => recallProbability(days, stability, forgettingDecay());

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    // Noon in Shanghai: events a whole number of days (± a few hours) ago fall on that many study days ago.
    now = new Date(`${new Date().toISOString().slice(0, 10)}T04:00:00Z`);
    admin = await createUser(db, "ADMIN");
    instructorA = await createUser(db, "INSTRUCTOR");
    instructorB = await createUser(db, "INSTRUCTOR");
    [x, y, z, w] = [await createUser(db, "LEARNER"), await createUser(db, "LEARNER"), await createUser(db, "LEARNER"), await createUser(db, "LEARNER")];
    await db.user.update({ where: { id: w.id }, data: { createdAt: ago(30 * DAY) } });
    classA = (await createClass(db, { instructors: [instructorA], learners: [x, y] })).id;
    classB = (await createClass(db, { instructors: [instructorB], learners: [z] })).id;
    await db.classMember.updateMany({ where: { role: "LEARNER" }, data: { joinedAt: ago(60 * DAY) } });

    await db.course.create({ data: { id: "crs_r", slug: "r", title: "课程" } });
    await db.module.createMany({ data: [
      { id: "mod_1", courseId: "crs_r", position: 0, title: "单元一" },
      { id: "mod_2", courseId: "crs_r", position: 1, title: "单元二" },
    ] });
    const question = (id: string, moduleId: string) => ({ id, courseId: "crs_r", moduleId, type: "TRUE_FALSE" as const, stem: `题目 ${id}`, answer: true, contentHash: id, status: "ACTIVE" as const });
    await db.question.createMany({ data: [question("q1", "mod_1"), question("q2", "mod_1"), question("q3", "mod_2")] });

    // Cards: retention per class × module is the mean of R(t, S) over the class's reviewed cards.
    const card = (userId: string, questionId: string, stability: number, lastReview: Date, due: Date) =>
      ({ userId, questionId, stability, lastReview, due, state: "REVIEW" as const, reps: 1, difficulty: 5 });
    await db.card.createMany({ data: [
      card(x.id, "q1", 10, ago(5 * DAY + HOUR), new Date(now.getTime() + 5 * DAY)),
      card(x.id, "q3", 2, ago(3 * DAY), ago(DAY)),
      card(y.id, "q2", 20, ago(20 * DAY), new Date(now.getTime() + DAY)),
      card(z.id, "q1", 4, ago(4 * DAY), new Date(now.getTime() + DAY)),
      { userId: w.id, questionId: "q1", due: ago(DAY), state: "NEW" as const },
    ] });
    const xCard = await db.card.findFirstOrThrow({ where: { userId: x.id, questionId: "q1" } });
    await db.reviewLog.createMany({ data: [0, 1].map(() => ({
      cardId: xCard.id, userId: x.id, rating: 3, stateBefore: "REVIEW" as const, stateAfter: "REVIEW" as const,
      due: now, stability: 10, difficulty: 5, elapsedDays: 1, scheduledDays: 1, reviewedAt: ago(2 * DAY),
    })) });

    // Practice responses: x answers q1 right, q2 wrong, q3 right; y answers q1 right and grades q2 itself (not graded).
    const practice = async (user: Actor, at: Date, answers: Array<[string, boolean | null]>) => {
      const attempt = await db.attempt.create({ data: { userId: user.id, mode: "PRACTICE", questionIds: answers.map(([id]) => id), startedAt: at } });
      await db.response.createMany({ data: answers.map(([questionId, correct]) => ({ attemptId: attempt.id, questionId, userId: user.id, answer: true, correct, answeredAt: at })) });
    };
    await practice(x, ago(2 * DAY), [["q1", true], ["q2", false], ["q3", true]]);
    await practice(y, ago(20 * DAY), [["q1", true], ["q2", null]]);
    await db.pointsEntry.create({ data: { userId: z.id, activity: "READING", points: 1, day: new Date(ago(5 * DAY).toISOString().slice(0, 10)), sourceId: "s1" } });

    // Assignments: A1 open now for both classes; M1–M4 closed in the last 60 days, class A only.
    const quiz = await db.quiz.create({ data: { title: "测验" } });
    const assignment = async (id: string, opensAt: Date, closesAt: Date, classIds: string[]) =>
      db.assignment.create({ data: { id, quizId: quiz.id, title: `作业 ${id}`, opensAt, closesAt, classes: { create: classIds.map((classId) => ({ classId })) } } });
    await assignment("A1", ago(DAY), new Date(now.getTime() + 2 * DAY), [classA, classB]);
    const closedDays = { M1: 10, M2: 20, M3: 40, M4: 50 } as const;
    for (const [id, days] of Object.entries(closedDays)) await assignment(id, ago((days + 3) * DAY), ago(days * DAY), [classA]);
    const submit = (user: Actor, assignmentId: string, number: number, score: number, submittedAt: Date) =>
      db.attempt.create({ data: { userId: user.id, mode: "QUIZ", assignmentId, number, status: "SUBMITTED", score, maxScore: 10, startedAt: submittedAt, submittedAt, questionIds: [] } });
    await submit(x, "A1", 1, 4, ago(HOUR));
    await submit(z, "A1", 1, 5, ago(2 * HOUR));
    await submit(z, "A1", 2, 9, ago(2 * HOUR));
    await submit(x, "M1", 1, 5, ago(10 * DAY + HOUR));
    await submit(x, "M2", 1, 6, ago(20 * DAY + HOUR));
    await submit(x, "M3", 1, 9, ago(40 * DAY + HOUR));
    await submit(x, "M4", 1, 10, ago(50 * DAY + HOUR));
    // An attempt in progress counts for nothing.
    await db.attempt.create({ data: { userId: y.id, mode: "QUIZ", assignmentId: "A1", number: 1, questionIds: [] } });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("the overview counts learners, activity, reviews, scores and open assignments for the whole organisation", async () => {
    const overview = await getReportsOverview(testDb.db, { actor: admin, now });
    expect(overview).toMatchObject({ learners: 4, classes: 2, active7: 2, active30: 3, reviews7: 2, reviews30: 2, submittedAttempts30: 5 });
    expect(overview.averageScore30).toBeCloseTo((0.4 + 0.5 + 0.9 + 0.5 + 0.6) / 5, 10);
    expect(overview.openAssignments).toHaveLength(1);
    expect(overview.openAssignments[0]).toMatchObject({ id: "A1", assigned: 3, submitted: 2 });
    expect(overview.openAssignments[0]!.completion).toBeCloseTo(2 / 3, 10);
    expect(overview.openAssignments[0]!.averageScore).toBeCloseTo((0.4 + 0.9) / 2, 10);
    expect(overview.weeks).toHaveLength(12);
    const byIndex = Object.fromEntries(overview.weeks.map((week) => [week.index, week]));
    expect(byIndex[0]).toMatchObject({ activeLearners: 2, reviews: 2 });
    expect(byIndex[0]!.averageScore).toBeCloseTo(0.6, 10);
    expect(byIndex[1]).toMatchObject({ activeLearners: 0, reviews: 0 });
    expect(byIndex[1]!.averageScore).toBeCloseTo(0.5, 10);
    expect(byIndex[2]).toMatchObject({ activeLearners: 1, reviews: 0 });
    expect(byIndex[5]!.averageScore).toBeCloseTo(0.9, 10);
    expect(byIndex[7]!.averageScore).toBeCloseTo(1, 10);
    expect(byIndex[3]!.averageScore).toBeNull();
    expect(overview.weeks[11]!.lastDay).toBe(overview.today);
  });

  test("an instructor's overview covers only the classes they teach; a learner gets none", async () => {
    const overview = await getReportsOverview(testDb.db, { actor: instructorA, now });
    expect(overview).toMatchObject({ learners: 2, classes: 1, active7: 1, active30: 2, submittedAttempts30: 3 });
    expect(overview.openAssignments[0]).toMatchObject({ id: "A1", assigned: 2, submitted: 1 });
    expect(overview.openAssignments[0]!.averageScore).toBeCloseTo(0.4, 10);
    await expect(getReportsOverview(testDb.db, { actor: x, now })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("the heatmap gives each class × module the mean predicted retention of its reviewed cards (lib/srs/retention), its overdue cards and the share of right answers", async () => {
    const heatmap = await getMasteryHeatmap(testDb.db, { actor: admin, now });
    expect(heatmap.modules.map((module) => module.title)).toEqual(["单元一", "单元二"]);
    const rowA = heatmap.rows.find((row) => row.id === classA)!;
    const rowB = heatmap.rows.find((row) => row.id === classB)!;
    expect(rowA.learners).toBe(2);
    expect(rowA.cells.mod_1!.retention).toBeCloseTo((predictedRetention(5 + 1 / 24, 10) + predictedRetention(20, 20)) / 2, 8);
    expect(rowA.cells.mod_1).toMatchObject({ cards: 2, overdue: 0, responses: 3 });
    expect(rowA.cells.mod_1!.accuracy).toBeCloseTo(2 / 3, 10);
    expect(rowA.cells.mod_2).toMatchObject({ cards: 1, overdue: 1, responses: 1, accuracy: 1 });
    expect(rowB.cells.mod_1!.retention).toBeCloseTo(0.9, 6);
    expect(rowB.cells.mod_1!.accuracy).toBeNull();
    expect(rowB.cells.mod_2).toBeUndefined();
    // The SQL formula agrees with lib/srs (ts-fsrs) for a stored card.
    const stored = await testDb.db.card.findFirstOrThrow({ where: { userId: x.id, questionId: "q3" } });
    const expected = retrievability({ ...stored, state: "REVIEW" }, now, { desiredRetention: 0.9 });
    expect(rowA.cells.mod_2!.retention).toBeCloseTo(expected, 6);
  });

  test("an instructor's heatmap lists only their classes; inside a class, learners × modules; other classes are refused", async () => {
    const heatmap = await getMasteryHeatmap(testDb.db, { actor: instructorB, now });
    expect(heatmap.rows.map((row) => row.id)).toEqual([classB]);
    const inside = await getClassHeatmap(testDb.db, { actor: instructorA, classId: classA, now });
    expect(inside?.rows.map((row) => row.id).sort()).toEqual([x.id, y.id].sort());
    const rowX = inside!.rows.find((row) => row.id === x.id)!;
    const rowY = inside!.rows.find((row) => row.id === y.id)!;
    expect(rowX.cells.mod_1!.retention).toBeCloseTo(predictedRetention(5 + 1 / 24, 10), 8);
    expect(rowX.cells.mod_1!.accuracy).toBeCloseTo(0.5, 10);
    expect(rowY.cells.mod_1).toMatchObject({ retention: expect.closeTo(0.9, 6), accuracy: 1, responses: 1 });
    expect(inside!.weakQuestions).toEqual([]);
    await expect(getClassHeatmap(testDb.db, { actor: instructorB, classId: classA, now })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getClassHeatmap(testDb.db, { actor: x, classId: classA, now })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getClassHeatmap(testDb.db, { actor: admin, classId: "no-such-class", now })).toBeNull();
  });

  test("at-risk learners come with their reasons in Chinese, most pressing first", async () => {
    const list = await listAtRiskLearners(testDb.db, { actor: admin, now });
    expect(list.total).toBe(3);
    expect(list.learners.map((learner) => [learner.id, learner.reasons.map((reason) => reason.text)])).toEqual([
      [y.id, ["已 20 天未学习", "近 60 天错过 4 次测验"]],
      [x.id, ["测验成绩下滑：最近 2 次平均 45%，此前平均 75%"]],
      [w.id, ["加入后从未学习"]],
    ]);
    expect(list.learners[1]!.features).toEqual({ overdueReviews: 1, missedAssignments: 0, recentScores: [0.4, 0.5, 0.6, 0.9], daysSinceActive: 2, daysSinceJoined: 60 });
    expect(list.learners[1]!.classes.map((k) => k.id)).toEqual([classA]);
    const strict = await listAtRiskLearners(testDb.db, { actor: admin, now, rules: { ...DEFAULT_AT_RISK_RULES, overdueReviews: 1 } });
    expect(strict.learners.find((learner) => learner.id === x.id)!.reasons.map((reason) => reason.code)).toEqual(["FALLING_SCORES", "OVERDUE_REVIEWS"]);
  });

  test("an instructor sees the at-risk learners of their classes only", async () => {
    expect((await listAtRiskLearners(testDb.db, { actor: instructorA, now })).learners.map((learner) => learner.id)).toEqual([y.id, x.id]);
    expect(await listAtRiskLearners(testDb.db, { actor: instructorB, now })).toMatchObject({ total: 0, learners: [] });
    await expect(listAtRiskLearners(testDb.db, { actor: y, now })).rejects.toBeInstanceOf(ForbiddenError);
  });

  test("exports write the same figures as CSV and as an Excel workbook", async () => {
    const [overview, heatmap, atRisk] = await Promise.all([
      getReportsOverview(testDb.db, { actor: admin, now }),
      getMasteryHeatmap(testDb.db, { actor: admin, now }),
      listAtRiskLearners(testDb.db, { actor: admin, now }),
    ]);
    const csv = reportTableToCsv(atRiskTable(atRisk));
    expect(csv.startsWith("\ufeff姓名,邮箱,班级,原因,逾期复习,错过测验,距上次学习（天）\r\n")).toBe(true);
    expect(csv).toContain("已 20 天未学习；近 60 天错过 4 次测验");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await reportTablesToXlsx([overviewTable(overview), heatmapTable(heatmap)])) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["总览", "掌握热力图"]);
    expect(workbook.getWorksheet("总览")!.getRow(4).values).toEqual([undefined, "近 7 天活跃学员", 2]);
    const heat = workbook.getWorksheet("掌握热力图")!;
    expect(heat.getRow(1).values).toEqual([undefined, "班级", "学员数", "单元一 预测记忆率 (%)", "单元一 正确率 (%)", "单元一 逾期卡片", "单元二 预测记忆率 (%)", "单元二 正确率 (%)", "单元二 逾期卡片"]);
    const rowA = heat.getRows(2, 2)!.find((row) => row.getCell(2).value === 2)!;
    expect(rowA.getCell(4).value).toBe(66.7);
    expect(rowA.getCell(5).value).toBe(0);
    expect(rowA.getCell(7).value).toBe(100);
    expect(rowA.getCell(8).value).toBe(1);
  });

  test("the open assignments sheet gives opening and closing times in 北京时间 as 2026-12-03 14:05", async () => {
    const overview = await getReportsOverview(testDb.db, { actor: admin, now });
    const table = openAssignmentsTable(overview);
    // The time-zone database's reading of the same instants, independent of lib/format.
    const beijing = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
    expect(table.rows[0]!.slice(0, 3)).toEqual(["作业 A1", beijing.format(ago(DAY)), beijing.format(new Date(now.getTime() + 2 * DAY))]);
    expect(table.rows[0]![1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  test("a class export is its learners × modules, for the class's instructor only", async () => {
    const file = await exportReportTables(testDb.db, { actor: instructorA, format: "csv", classId: classA, now });
    expect(file?.name).toMatch(/-掌握情况$/);
    const lines = String(file!.body).replace("\ufeff", "").trim().split("\r\n");
    expect(lines[0]).toBe("学员,单元一 预测记忆率 (%),单元一 正确率 (%),单元一 逾期卡片,单元二 预测记忆率 (%),单元二 正确率 (%),单元二 逾期卡片");
    expect(lines).toHaveLength(3);
    await expect(exportReportTables(testDb.db, { actor: instructorB, format: "csv", classId: classA, now })).rejects.toBeInstanceOf(ForbiddenError);
    const workbook = await exportReportTables(testDb.db, { actor: admin, format: "xlsx", now });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(workbook!.body as Uint8Array) as never);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["总览", "进行中的测验", "每周趋势", "掌握热力图", "需关注学员"]);
  });

  test("database triggers keep one activity row per learner and study day", async () => {
    const rows = await testDb.db.learnerActivityDay.findMany({ where: { userId: { in: [x.id, z.id] } }, orderBy: { userId: "asc" } });
    const byUser = Object.fromEntries(rows.map((row) => [row.userId, { responses: row.responses, reviews: row.reviews, awards: row.awards }]));
    expect(byUser[x.id]).toEqual({ responses: 3, reviews: 2, awards: 0 });
    expect(byUser[z.id]).toEqual({ responses: 0, reviews: 0, awards: 1 });
  });
});
