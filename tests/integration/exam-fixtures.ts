import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createClass } from "../support/fixtures";

/** A small course with one question of each type, for exam tests. */
export async function seedExamQuestions(db: Db, prefix: string): Promise<string[]> {
  const courseId = `crs_${prefix}`;
  await db.course.create({ data: { id: courseId, slug: prefix, title: "测验课程" } });
  await db.module.create({ data: { id: `mod_${prefix}`, courseId, position: 0, title: "群众路线" } });
  const base = { courseId, moduleId: `mod_${prefix}`, status: "ACTIVE" as const, explanation: "出自《群众路线》" };
  const ids = ["single", "multi", "tf", "fill", "short"].map((kind) => `${prefix}_${kind}`);
  await db.question.createMany({
    data: [
      { ...base, id: ids[0]!, contentHash: `${prefix}1`, type: "SINGLE_CHOICE", stem: "（　）是我们党的生命线。", options: [{ key: "A", text: "群众路线" }, { key: "B", text: "思想路线" }, { key: "C", text: "组织路线" }], answer: ["A"] },
      { ...base, id: ids[1]!, contentHash: `${prefix}2`, type: "MULTIPLE_CHOICE", stem: "下列属于党的优良作风的有（　）。", options: [{ key: "A", text: "理论联系实际" }, { key: "B", text: "密切联系群众" }, { key: "C", text: "形式主义" }], answer: ["A", "B"] },
      { ...base, id: ids[2]!, contentHash: `${prefix}3`, type: "TRUE_FALSE", stem: "密切联系群众是党的最大政治优势。", answer: true },
      { ...base, id: ids[3]!, contentHash: `${prefix}4`, type: "FILL_BLANK", stem: "密切联系群众是党的最大______。", answer: ["政治优势"], acceptedAnswers: [["政治优势"]] },
      { ...base, id: ids[4]!, contentHash: `${prefix}5`, type: "SHORT_ANSWER", stem: "什么是群众路线？", answer: "一切为了群众，一切依靠群众。", keyPoints: ["为了群众", "依靠群众"] },
    ],
  });
  return ids;
}

export interface AssignmentSetup {
  quizId: string;
  assignmentId: string;
  classId: string;
}

/** A fixed quiz over the questions (points 2, 3, 1, 2, 2) assigned to a new class of the learners. */
export async function createAssignment(
  db: Db,
  input: {
    questionIds: string[];
    learners: Actor[];
    instructors?: Actor[];
    opensAt: Date;
    closesAt: Date;
    quiz?: Partial<Prisma.QuizCreateInput>;
    points?: number[];
  },
): Promise<AssignmentSetup> {
  const klass = await createClass(db, { learners: input.learners, instructors: input.instructors ?? [] });
  const points = input.points ?? [2, 3, 1, 2, 2];
  const quiz = await db.quiz.create({
    data: {
      title: "群众路线测验",
      ...input.quiz,
      items: { create: input.questionIds.map((questionId, position) => ({ questionId, position, points: points[position] ?? 1 })) },
    },
  });
  const assignment = await db.assignment.create({
    data: { quizId: quiz.id, title: "第一次测验", opensAt: input.opensAt, closesAt: input.closesAt, classes: { create: [{ classId: klass.id }] } },
  });
  return { quizId: quiz.id, assignmentId: assignment.id, classId: klass.id };
}
