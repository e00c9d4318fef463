import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { buildResultsTable, resultsCsv, resultsWorkbook } from "@/lib/server/results/export-results";
import { getAssignmentResults } from "@/lib/server/results/get-assignment-results";
import { getItemAnalysis } from "@/lib/server/results/get-item-analysis";
import { getLearnerAnswers } from "@/lib/server/results/get-learner-answers";
import { updateDifficultyFromResults } from "@/lib/server/results/update-difficulty-from-results";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";
import { createAssignment, seedExamQuestions } from "./exam-fixtures";

const OPENS = new Date("2026-03-01T08:00:00Z");
const CLOSES = new Date("2026-03-01T12:00:00Z");
const NOW = new Date("2026-03-01T13:00:00Z");

/**
 * Five takers A…E whose first attempts total 9, 7, 5, 3, 1 (of 10). Item "good" (the single
 * choice, right answer A) scores 1 1 0 1 0, the wrong ones chose B; item "bad" (判断) scores
 * 0 0 1 0 1. By hand (see tests/unit/stats/item-statistics.test.ts): good p = 0.6, D = 1,
 * r = 1/√3 = 0.57735; bad p = 0.4, D = −1, r = −0.57735. A's second attempt (10 of 10) is not a
 * first attempt and stays out of the item analysis, but counts under BEST for A's score.
 */
describe("assignment results and item analysis", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let otherInstructor: Actor;
  let admin: Actor;
  let takers: Actor[];
  let idle: Actor;
  let busy: Actor;
  let assignmentId: string;
  let good: string;
  let bad: string;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const { db } = testDb;
    instructor = await createUser(db, "INSTRUCTOR");
    otherInstructor = await createUser(db, "INSTRUCTOR");
    admin = await createUser(db, "ADMIN");
    takers = [];
    for (let index = 0; index < 5; index += 1) takers.push(await createUser(db, "LEARNER"));
    idle = await createUser(db, "LEARNER");
    busy = await createUser(db, "LEARNER");
    await createClass(db, { instructors: [otherInstructor], learners: [idle] });
    const ids = await seedExamQuestions(db, "rs");
    good = ids[0]!;
    bad = ids[2]!;
    const setup = await createAssignment(db, { questionIds: [good, bad], points: [5, 5], learners: [...takers, idle, busy], instructors: [instructor], opensAt: OPENS, closesAt: CLOSES });
    assignmentId = setup.assignmentId;
    const totals = [9, 7, 5, 3, 1];
    const goodScores = [1, 1, 0, 1, 0];
    for (const [index, taker] of takers.entries()) {
      const attempt = await db.attempt.create({
        data: {
          userId: taker.id, mode: "QUIZ", assignmentId, quizId: setup.quizId, number: 1, status: "SUBMITTED", questionIds: [good, bad], scope: { points: [5, 5] },
          startedAt: new Date(OPENS.getTime() + 60_000), submittedAt: new Date(OPENS.getTime() + 60_000 * (2 + index)), score: totals[index]!, maxScore: 10,
        },
      });
      await db.response.createMany({
        data: [
          { attemptId: attempt.id, questionId: good, userId: taker.id, answer: goodScores[index] ? ["A"] : ["B"], correct: goodScores[index] === 1, score: goodScores[index]! },
          { attemptId: attempt.id, questionId: bad, userId: taker.id, answer: goodScores[index] ? false : true, correct: goodScores[index] === 0, score: 1 - goodScores[index]! },
        ],
      });
    }
    const retake = await db.attempt.create({
      data: { userId: takers[0]!.id, mode: "QUIZ", assignmentId, quizId: setup.quizId, number: 2, status: "SUBMITTED", questionIds: [good, bad], scope: { points: [5, 5] }, startedAt: OPENS, submittedAt: OPENS, score: 10, maxScore: 10 },
    });
    await db.response.createMany({
      data: [
        { attemptId: retake.id, questionId: good, userId: takers[0]!.id, answer: ["C"], correct: true, score: 1 },
        { attemptId: retake.id, questionId: bad, userId: takers[0]!.id, answer: true, correct: true, score: 1 },
      ],
    });
    const open = await db.attempt.create({ data: { userId: busy.id, mode: "QUIZ", assignmentId, quizId: setup.quizId, number: 1, questionIds: [good, bad], scope: { points: [5, 5] }, startedAt: OPENS } });
    await db.response.create({ data: { attemptId: open.id, questionId: good, userId: busy.id, answer: ["A"] } });
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("instructors of an assigned class and administrators read the results; others are refused", async () => {
    expect(await getAssignmentResults(testDb.db, instructor, { assignmentId, now: NOW })).not.toBeNull();
    expect(await getAssignmentResults(testDb.db, admin, { assignmentId, now: NOW })).not.toBeNull();
    expect(await getAssignmentResults(testDb.db, otherInstructor, { assignmentId, now: NOW })).toBeNull();
    expect(await getAssignmentResults(testDb.db, takers[0]!, { assignmentId, now: NOW })).toBeNull();
    expect(await getLearnerAnswers(testDb.db, otherInstructor, { assignmentId, userId: takers[0]!.id })).toBeNull();
    expect(await updateDifficultyFromResults(testDb.db, takers[0]!, { assignmentId })).toBeNull();
    expect(await buildResultsTable(testDb.db, otherInstructor, { assignmentId, now: NOW })).toBeNull();
  });

  test("completion, the histogram of counted scores and a row per learner", async () => {
    const results = (await getAssignmentResults(testDb.db, instructor, { assignmentId, now: NOW }))!;
    expect(results.completion).toEqual({ NOT_STARTED: 1, IN_PROGRESS: 1, SUBMITTED: 5 });
    expect(results.histogram).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    const byId = new Map(results.learners.map((row) => [row.userId, row]));
    expect(byId.get(takers[0]!.id)).toMatchObject({ status: "SUBMITTED", attemptsUsed: 2, counted: 100, attemptPercents: [90, 100] });
    expect(byId.get(takers[4]!.id)).toMatchObject({ status: "SUBMITTED", attemptsUsed: 1, counted: 10, secondsSpent: 300 });
    expect(byId.get(idle.id)).toMatchObject({ status: "NOT_STARTED", attemptsUsed: 0, counted: null });
    expect(byId.get(busy.id)).toMatchObject({ status: "IN_PROGRESS", attemptsUsed: 1, counted: null });
  });

  test("the drill-down shows a learner's graded answers, but not those of an attempt still in progress", async () => {
    const answers = (await getLearnerAnswers(testDb.db, instructor, { assignmentId, userId: takers[2]!.id }))!;
    expect(answers.attempts).toHaveLength(1);
    expect(answers.attempts[0]!.answers.map((item) => [item.questionId, item.status, item.given, item.earned])).toEqual([
      [good, "incorrect", ["B"], 0],
      [bad, "correct", true, 5],
    ]);
    const inProgress = (await getLearnerAnswers(testDb.db, instructor, { assignmentId, userId: busy.id }))!;
    expect(inProgress.attempts[0]).toMatchObject({ status: "IN_PROGRESS", answers: [] });
    expect(await getLearnerAnswers(testDb.db, instructor, { assignmentId, userId: idle.id })).toMatchObject({ attempts: [] });
  });

  test("item analysis in SQL gives the hand-computed facility, discrimination, point-biserial and option counts", async () => {
    const items = await getItemAnalysis(testDb.db, instructor, { assignmentId });
    expect(items.map((item) => item.questionId)).toEqual([good, bad]);
    const [first, second] = items;
    expect(first).toMatchObject({ takers: 5, optionCounts: { A: 3, B: 2 }, flags: [], suggestedDifficulty: 0.4 });
    expect(first!.facility).toBeCloseTo(0.6, 10);
    expect(first!.discrimination).toBeCloseTo(1, 10);
    expect(first!.pointBiserial).toBeCloseTo(1 / Math.sqrt(3), 10);
    expect(second).toMatchObject({ takers: 5, optionCounts: { true: 2, false: 3 }, flags: ["NEGATIVE_DISCRIMINATION"], suggestedDifficulty: 0.6 });
    expect(second!.facility).toBeCloseTo(0.4, 10);
    expect(second!.discrimination).toBeCloseTo(-1, 10);
    expect(second!.pointBiserial).toBeCloseTo(-1 / Math.sqrt(3), 10);
    expect(await getItemAnalysis(testDb.db, instructor, { assignmentId: "no-such-assignment" })).toEqual([]);
    expect((await getItemAnalysis(testDb.db, admin, { assignmentId })).map((item) => item.questionId)).toEqual([good, bad]);
  });

  test("item analysis is refused, as for a missing assignment, to an instructor of other classes and to a learner who took it", async () => {
    expect(await getItemAnalysis(testDb.db, otherInstructor, { assignmentId })).toEqual([]);
    expect(await getItemAnalysis(testDb.db, takers[0]!, { assignmentId })).toEqual([]);
  });

  test("item analysis counts the learners the reader may see: an instructor, those of the assigned classes they teach; an administrator, every assigned class's", async () => {
    const { db } = testDb;
    const [mine, theirs] = [await createUser(db, "LEARNER"), await createUser(db, "LEARNER")];
    const [teacher, colleague] = [await createUser(db, "INSTRUCTOR"), await createUser(db, "INSTRUCTOR")];
    const setup = await createAssignment(db, { questionIds: [good, bad], points: [5, 5], learners: [mine], instructors: [teacher], opensAt: OPENS, closesAt: CLOSES });
    const other = await createClass(db, { instructors: [colleague], learners: [theirs] });
    await db.assignmentClass.create({ data: { assignmentId: setup.assignmentId, classId: other.id } });
    for (const [learner, choice] of [[mine, "A"], [theirs, "C"]] as const) {
      const attempt = await db.attempt.create({
        data: { userId: learner.id, mode: "QUIZ", assignmentId: setup.assignmentId, quizId: setup.quizId, number: 1, status: "SUBMITTED", questionIds: [good, bad], scope: { points: [5, 5] }, startedAt: OPENS, submittedAt: OPENS, score: 5, maxScore: 10 },
      });
      await db.response.create({ data: { attemptId: attempt.id, questionId: good, userId: learner.id, answer: [choice], correct: choice === "A", score: choice === "A" ? 1 : 0 } });
    }
    const counts = async (actor: Actor) => (await getItemAnalysis(db, actor, { assignmentId: setup.assignmentId })).find((item) => item.questionId === good);
    expect(await counts(teacher)).toMatchObject({ takers: 1, optionCounts: { A: 1 } });
    expect(await counts(colleague)).toMatchObject({ takers: 1, optionCounts: { C: 1 } });
    expect(await counts(admin)).toMatchObject({ takers: 2, optionCounts: { A: 1, C: 1 } });
  });

  test("difficulty is updated from the facility once, with an audit entry per question", async () => {
    expect(await updateDifficultyFromResults(testDb.db, instructor, { assignmentId })).toBe(2);
    expect((await testDb.db.question.findUniqueOrThrow({ where: { id: good } })).difficulty).toBe(0.4);
    expect((await testDb.db.question.findUniqueOrThrow({ where: { id: bad } })).difficulty).toBe(0.6);
    const audit = await testDb.db.auditLog.findMany({ where: { action: "question.difficulty_from_results" }, orderBy: { entityId: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit.find((entry) => entry.entityId === good)).toMatchObject({ actorId: instructor.id, before: { difficulty: 0.5 }, after: { difficulty: 0.4 } });
    expect(await updateDifficultyFromResults(testDb.db, instructor, { assignmentId })).toBe(0);
  });

  test("the export holds a row per learner in CSV and two sheets in Excel", async () => {
    const table = (await buildResultsTable(testDb.db, admin, { assignmentId, now: NOW }))!;
    const csv = resultsCsv(table);
    const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("姓名,邮箱,班级,状态,作答次数,计分成绩（百分制）,各次成绩,用时（秒）,最后提交时间（北京时间）,逾期");
    expect(lines).toHaveLength(8);
    expect(lines.find((line) => line.includes(takers[0]!.email))).toContain("已提交,2,100,90 / 100");
    expect(lines.find((line) => line.includes(idle.email))).toContain("未开始,0,");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await resultsWorkbook(table)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["成绩", "题目分析"]);
    expect(workbook.getWorksheet("成绩")!.rowCount).toBe(8);
    const itemSheet = workbook.getWorksheet("题目分析")!;
    expect(itemSheet.getRow(2).getCell(1).value).toBe(good);
    expect(itemSheet.getRow(2).getCell(5).value).toBe(0.6);
  });

  test("the export writes times in 北京时间 and statuses, question types and flags in Chinese, never as codes", async () => {
    const table = (await buildResultsTable(testDb.db, instructor, { assignmentId, now: NOW }))!;
    const learnerRow = (learner: Actor) => table.learners.find((row) => row[1] === learner.email)!;
    // A's last attempt was handed in at 08:00 UTC, E's at 08:06 UTC: 16:00 and 16:06 in Beijing.
    expect(learnerRow(takers[0]!)[8]).toBe("2026-03-01 16:00");
    expect(learnerRow(takers[4]!)[8]).toBe("2026-03-01 16:06");
    expect(learnerRow(busy)[3]).toBe("作答中");
    expect(learnerRow(idle)[3]).toBe("未开始");
    const itemRow = (questionId: string) => table.items.find((row) => row[0] === questionId)!;
    expect(itemRow(good)[1]).toBe("单选题");
    expect(itemRow(bad)[1]).toBe("判断题");
    expect(itemRow(bad)[7]).toContain("区分度为负");
    const cells = [...table.learners, ...table.items].flat().map(String);
    expect(cells.filter((cell) => /\d{4}-\d{2}-\d{2}T|Z$|^(SUBMITTED|IN_PROGRESS|NOT_STARTED|SINGLE_CHOICE|TRUE_FALSE)$|DISCRIMINATION|TOO_(EASY|HARD)/.test(cell))).toEqual([]);
  });

  test("item analysis counts an unanswered item as 0, counts each chosen option of a 多选题, and leaves 简答题 and unfinished attempts out", async () => {
    const { db } = testDb;
    const [single, multi, , , short] = await seedExamQuestions(db, "ia");
    const learners = [await createUser(db, "LEARNER"), await createUser(db, "LEARNER"), await createUser(db, "LEARNER")];
    const setup = await createAssignment(db, { questionIds: [single!, multi!, short!], points: [4, 4, 2], learners, instructors: [instructor], opensAt: OPENS, closesAt: CLOSES });
    const paper = [single!, multi!, short!];
    // Totals 8, 4, 0: the first answers both right, the second only the 多选题, the third nothing.
    const answers: Array<Array<{ questionId: string; answer: unknown; score: number }>> = [
      [{ questionId: single!, answer: ["A"], score: 1 }, { questionId: multi!, answer: ["A", "B"], score: 1 }, { questionId: short!, answer: "群众", score: 0 }],
      [{ questionId: multi!, answer: ["A", "B"], score: 1 }],
      [],
    ];
    for (const [index, learner] of learners.entries()) {
      const total = answers[index]!.reduce((sum, item) => sum + item.score * 4, 0);
      const attempt = await db.attempt.create({ data: { userId: learner.id, mode: "QUIZ", assignmentId: setup.assignmentId, quizId: setup.quizId, number: 1, status: "SUBMITTED", questionIds: paper, startedAt: OPENS, submittedAt: OPENS, score: total, maxScore: 10 } });
      if (answers[index]!.length > 0) {
        await db.response.createMany({ data: answers[index]!.map((item) => ({ attemptId: attempt.id, questionId: item.questionId, userId: learner.id, answer: item.answer as never, correct: item.questionId === short ? null : item.score === 1, score: item.score })) });
      }
    }
    const unfinished = await createUser(db, "LEARNER");
    const open = await db.attempt.create({ data: { userId: unfinished.id, mode: "QUIZ", assignmentId: setup.assignmentId, quizId: setup.quizId, number: 1, questionIds: paper, startedAt: OPENS } });
    await db.response.create({ data: { attemptId: open.id, questionId: single!, userId: unfinished.id, answer: ["C"] } });

    const items = await getItemAnalysis(db, admin, { assignmentId: setup.assignmentId });
    expect(items.map((item) => item.questionId)).toEqual([single, multi]);
    const [first, second] = items;
    expect(first).toMatchObject({ takers: 3, optionCounts: { A: 1 } });
    expect(first!.facility).toBeCloseTo(1 / 3, 10);
    // One taker per 27% group (round(0.81) → 1): the top scorer got it, the bottom one did not.
    expect(first!.discrimination).toBeCloseTo(1, 10);
    expect(second).toMatchObject({ takers: 3, optionCounts: { A: 2, B: 2 } });
    expect(second!.facility).toBeCloseTo(2 / 3, 10);
    expect(second!.discrimination).toBeCloseTo(1, 10);
    expect(second!.pointBiserial).toBeCloseTo(Math.sqrt(3) / 2, 10);
  });
});
