import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/prisma";
import { saveExamAnswer } from "@/lib/server/exams/save-exam-answer";
import { startAssignmentAttempt } from "@/lib/server/exams/start-assignment-attempt";
import { submitExamAttempt } from "@/lib/server/exams/submit-exam-attempt";
import type { WorkbenchWorld } from "./authz-world";

/** An instructor whose 工作台 the navigation browser test reads (tests/e2e/navigation.test.ts). */
export const WORKBENCH_INSTRUCTOR = { email: "instructor3@dangke.test", name: "吴教员", password: "instructor3-pass" } as const;
const WORKBENCH_LEARNER = { email: "learner4@dangke.test", name: "郑学员", password: "learner4-pass" } as const;
const WORKBENCH_CLASS = { name: "第三党支部", inviteCode: "WORKBN26" } as const;
const DRAFT_HASH = "e2e-workbench-draft";

/**
 * One class of that instructor with one learner, one quiz open for a week whose 简答题 the learner
 * answered and handed in (one answer to mark), and one question in review (待审核) besides any
 * the bank already has.
 */
export async function seedWorkbench(db: Db): Promise<WorkbenchWorld> {
  const instructor = await upsertUser(db, WORKBENCH_INSTRUCTOR, "INSTRUCTOR");
  const learner = await upsertUser(db, WORKBENCH_LEARNER, "LEARNER");
  const workbenchClass = await db.class.upsert({
    where: { inviteCode: WORKBENCH_CLASS.inviteCode },
    update: {},
    create: {
      ...WORKBENCH_CLASS,
      members: { create: [{ userId: instructor.id, role: "INSTRUCTOR" }, { userId: learner.id, role: "LEARNER" }] },
    },
  });
  const shortAnswer = await db.question.findFirstOrThrow({ where: { status: "ACTIVE", type: "SHORT_ANSWER" }, orderBy: { id: "asc" } });
  if (!(await db.question.findUnique({ where: { contentHash: DRAFT_HASH } }))) {
    await db.question.create({
      data: {
        id: `q_${randomBytes(8).toString("hex")}`,
        courseId: shortAnswer.courseId,
        moduleId: shortAnswer.moduleId,
        type: "TRUE_FALSE",
        stem: "工作台示例：“三会一课”是党的组织生活基本制度。",
        answer: true,
        status: "DRAFT",
        origin: "MANUAL",
        contentHash: DRAFT_HASH,
        createdById: instructor.id,
      },
    });
  }
  const title = "工作台测验";
  const existing = await db.assignment.findFirst({ where: { title, createdById: instructor.id } });
  if (existing) return { assignmentId: existing.id, assignmentTitle: title, className: WORKBENCH_CLASS.name };
  const quiz = await db.quiz.create({
    data: { title, courseId: shortAnswer.courseId, createdById: instructor.id, items: { create: [{ questionId: shortAnswer.id, position: 0, points: 2 }] } },
  });
  const assignment = await db.assignment.create({
    data: {
      quizId: quiz.id,
      title,
      opensAt: new Date(Date.now() - 3_600_000),
      closesAt: new Date(Date.now() + 7 * 86_400_000),
      createdById: instructor.id,
      classes: { create: [{ classId: workbenchClass.id }] },
    },
  });
  const actor = { id: learner.id, name: learner.name, email: learner.email, role: learner.role };
  const started = await startAssignmentAttempt(db, actor, { assignmentId: assignment.id });
  if (!started.ok) throw new Error(`the workbench learner cannot start the quiz: ${started.reason}`);
  await saveExamAnswer(db, actor, { attemptId: started.attemptId, questionId: shortAnswer.id, response: "坚持三会一课制度，严肃党内政治生活。" });
  const submitted = await submitExamAttempt(db, actor, { attemptId: started.attemptId });
  if (!submitted.ok) throw new Error("the workbench learner cannot hand in the quiz");
  return { assignmentId: assignment.id, assignmentTitle: title, className: WORKBENCH_CLASS.name };
}

async function upsertUser(db: Db, account: { email: string; name: string; password: string }, role: "INSTRUCTOR" | "LEARNER") {
  const existing = await db.user.findUnique({ where: { email: account.email } });
  if (existing) return existing;
  return db.user.create({ data: { email: account.email, name: account.name, role, passwordHash: await hashPassword(account.password) } });
}
