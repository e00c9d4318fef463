// Prepares the database of a browser-test server for the authorization matrix: the demo
// accounts and course (as `npm start` makes them), plus a second class with its own instructor
// and learner, one object of each kind whose pages the matrix opens, and a machine-rewritten
// question (seed-rewritten-question.ts). Writes the ids as JSON
// to the file named by AUTHZ_WORLD_FILE. Run before the server starts (PGlite is single-process).
import fs from "node:fs";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/prisma";
import { seedDemoAccounts, DEMO_CLASS } from "@/lib/server/seed/demo-accounts";
import { startModulePractice } from "@/lib/server/practice/start-practice";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt } from "@/lib/server/exams/submit-exam-attempt";
import { loadCourses } from "../../../scripts/load-courses";
import { runCli } from "../../../scripts/run-cli";
import { withMigratedDatabase } from "../../../scripts/setup-database";
import { seedRetentionLearner } from "./seed-retention-learner";
import { seedRewrittenQuestion } from "./seed-rewritten-question";
import { seedWorkbench } from "./seed-workbench";
import { MATRIX_CLASS, MATRIX_INSTRUCTOR, MATRIX_LEARNER, type AuthzWorld } from "./authz-world";

runCli(async () => {
  const file = process.env.AUTHZ_WORLD_FILE;
  if (!file) throw new Error("AUTHZ_WORLD_FILE is not set");
  const world = await withMigratedDatabase(async (db) => {
    await seedDemoAccounts(db);
    await loadCourses(db);
    return seedWorld(db);
  });
  fs.writeFileSync(file, JSON.stringify(world, null, 2));
});

async function seedWorld(db: Db): Promise<AuthzWorld> {
  const demoClass = await db.class.findUniqueOrThrow({ where: { inviteCode: DEMO_CLASS.inviteCode } });
  const demoLearner = await db.user.findUniqueOrThrow({ where: { email: "learner@dangke.local" } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@dangke.local" } });
  const instructor = await upsertUser(db, MATRIX_INSTRUCTOR, "INSTRUCTOR");
  const learner = await upsertUser(db, MATRIX_LEARNER, "LEARNER");
  const matrixClass = await db.class.upsert({
    where: { inviteCode: MATRIX_CLASS.inviteCode },
    update: {},
    create: {
      name: MATRIX_CLASS.name,
      inviteCode: MATRIX_CLASS.inviteCode,
      members: {
        create: [
          { userId: instructor.id, role: "INSTRUCTOR" },
          { userId: learner.id, role: "LEARNER" },
        ],
      },
    },
  });
  const question = await db.question.findFirstOrThrow({ where: { status: "ACTIVE", moduleId: { not: null } }, orderBy: { id: "asc" } });
  const course = await db.course.findFirstOrThrow({ orderBy: { id: "asc" } });
  const pending = await db.sourceDocument.findFirst({ where: { uploadedById: instructor.id, status: "UPLOADED" } });
  const documentId =
    pending?.id ??
    (
      await uploadDocument(db, actorOf(instructor), {
        courseId: course.id,
        fileName: "矩阵测试材料.md",
        bytes: new TextEncoder().encode(UPLOADED_TEXT),
      })
    ).documentId;
  const moduleId = question.moduleId ?? "";
  const practiceAttemptId = await startModulePractice(
    db,
    actorOf(learner),
    { moduleId, order: "source" },
  );
  if (!practiceAttemptId) throw new Error("the course has no questions to practise");
  // Not `question`: tests/e2e/bank.test.ts edits the first 填空题 of the bank, which it may be, and a
  // question of an assignment that has not closed cannot be edited (docs/EXAMS.md, Key visibility).
  const examQuestion = await db.question.findFirstOrThrow({ where: { status: "ACTIVE", type: "TRUE_FALSE" }, orderBy: { id: "asc" } });
  const quiz =
    (await db.quiz.findFirst({ where: { createdById: instructor.id } })) ??
    (await db.quiz.create({
      data: {
        title: "矩阵测验",
        courseId: course.id,
        createdById: instructor.id,
        items: { create: [{ questionId: examQuestion.id, position: 0, points: 1 }] },
      },
    }));
  const assignment =
    (await db.assignment.findFirst({ where: { quizId: quiz.id } })) ??
    (await db.assignment.create({
      data: {
        quizId: quiz.id,
        title: "矩阵测验",
        opensAt: new Date(Date.now() - 3_600_000),
        closesAt: new Date(Date.now() + 7 * 86_400_000),
        createdById: instructor.id,
        classes: { create: [{ classId: matrixClass.id }] },
      },
    }));
  const exam = await startAssignmentAttempt(db, actorOf(learner), { assignmentId: assignment.id });
  if (!exam.ok) throw new Error(`the matrix learner cannot start the matrix quiz: ${exam.reason}`);
  await submitExamAttempt(db, actorOf(learner), { attemptId: exam.attemptId });
  const retention = await seedRetentionLearner(db);
  const workbench = await seedWorkbench(db);
  const rewritten = await seedRewrittenQuestion(db, actorOf(instructor), course.id);
  return {
    rewritten,
    retention,
    workbench,
    examAttemptId: exam.attemptId,
    quizId: quiz.id,
    assignmentId: assignment.id,
    classId: matrixClass.id,
    otherClassId: demoClass.id,
    learnerId: learner.id,
    otherLearnerId: demoLearner.id,
    instructorId: instructor.id,
    adminId: admin.id,
    moduleId,
    questionId: question.id,
    documentId,
    practiceAttemptId,
  };
}

async function upsertUser(db: Db, account: { email: string; name: string; password: string }, role: "INSTRUCTOR" | "LEARNER") {
  const existing = await db.user.findUnique({ where: { email: account.email } });
  if (existing) return existing;
  return db.user.create({ data: { email: account.email, name: account.name, role, passwordHash: await hashPassword(account.password) } });
}

function actorOf(user: { id: string; name: string; email: string; role: "LEARNER" | "INSTRUCTOR" | "ADMIN" }) {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

const UPLOADED_TEXT = `# 关于加强基层党组织建设的学习材料

## 一、提高认识

基层党组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。加强基层党组织建设，必须坚持以党的政治建设为统领，把基层党组织建设成为宣传党的主张、贯彻党的决定、领导基层治理、团结动员群众、推动改革发展的坚强战斗堡垒。

## 二、主要任务

各级党组织要严格落实“三会一课”制度，认真开展主题党日活动，规范组织生活，增强党内政治生活的政治性、时代性、原则性、战斗性。要加强党员教育管理，引导党员在学习上作表率、在工作上争先锋。
`;
