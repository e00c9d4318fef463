import { afterAll, beforeAll } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { endPracticeAttempt, findOpenAttempt } from "@/lib/server/practice/open-practice-attempt";
import { startModulePractice, type PracticeOrder } from "@/lib/server/practice/start-practice";
import { createTestDatabase, type TestDatabase } from "./test-database";

export const PRACTICE_PASSAGE = "群众路线是我们党的生命线和根本工作路线。密切联系群众是党的最大政治优势。";

/**
 * A course with one module ("mod_p" in "crs_p") whose passage holds one question of each type,
 * in source order q_single, q_short, q_tf, q_fill, plus a draft (q_draft) that practice never
 * serves. Ids are fixed: use one throwaway database per test file.
 */
export async function seedPracticeModule(db: Db): Promise<void> {
  await db.course.create({ data: { id: "crs_p", slug: "p", title: "课程" } });
  await db.module.create({ data: { id: "mod_p", courseId: "crs_p", position: 0, title: "群众路线" } });
  await db.section.create({ data: { id: "sec_p", moduleId: "mod_p", position: 0, depth: 0, title: "内涵" } });
  await db.passage.create({ data: { id: "psg_p", moduleId: "mod_p", sectionId: "sec_p", position: 0, text: PRACTICE_PASSAGE } });
  const base = { courseId: "crs_p", moduleId: "mod_p", sectionId: "sec_p", passageId: "psg_p", status: "ACTIVE" as const, explanation: "出自《群众路线》" };
  await db.question.createMany({
    data: [
      { ...base, id: "q_single", contentHash: "h1", type: "SINGLE_CHOICE", spanStart: 0, spanEnd: 19, stem: "（　）是我们党的生命线和根本工作路线。", options: [{ key: "A", text: "群众路线" }, { key: "B", text: "思想路线" }, { key: "C", text: "组织路线" }, { key: "D", text: "政治路线" }], answer: ["A"] },
      { ...base, id: "q_tf", contentHash: "h2", type: "TRUE_FALSE", spanStart: 20, spanEnd: 36, stem: "密切联系群众是党的最大政治优势。", answer: true },
      { ...base, id: "q_fill", contentHash: "h3", type: "FILL_BLANK", spanStart: 21, spanEnd: 36, stem: "密切联系群众是党的最大______。", answer: ["政治优势"], acceptedAnswers: [["政治优势"]] },
      { ...base, id: "q_short", contentHash: "h4", type: "SHORT_ANSWER", spanStart: 1, spanEnd: 19, stem: "什么是群众路线？", answer: "群众路线是我们党的生命线和根本工作路线。", keyPoints: ["生命线", "根本工作路线"] },
      { ...base, id: "q_draft", contentHash: "h5", type: "TRUE_FALSE", status: "DRAFT", stem: "草稿", answer: false },
    ],
  });
}

/**
 * A second module ("mod_x") beside seedPracticeModule's, for answers that are partly right: a
 * 填空 of two blanks (q_fill2), a 多选 of two keys (q_multi), and a second 简答 (q_short2).
 */
export async function seedPartialCreditModule(db: Db): Promise<void> {
  await db.module.create({ data: { id: "mod_x", courseId: "crs_p", position: 1, title: "政治优势" } });
  await db.section.create({ data: { id: "sec_x", moduleId: "mod_x", position: 0, depth: 0, title: "优势" } });
  await db.passage.create({ data: { id: "psg_x", moduleId: "mod_x", sectionId: "sec_x", position: 0, text: "密切联系群众是党的最大政治优势。" } });
  const base = { courseId: "crs_p", moduleId: "mod_x", sectionId: "sec_x", passageId: "psg_x", status: "ACTIVE" as const, spanStart: 0, spanEnd: 16 };
  const options = [{ key: "A", text: "密切联系群众" }, { key: "B", text: "最大政治优势" }, { key: "C", text: "脱离群众" }];
  await db.question.createMany({
    data: [
      { ...base, id: "q_short2", contentHash: "h6", type: "SHORT_ANSWER", stem: "党的最大政治优势是什么？", answer: "密切联系群众。", keyPoints: ["密切联系群众"] },
      { ...base, id: "q_fill2", contentHash: "h7", type: "FILL_BLANK", stem: "密切联系______是党的最大______。", answer: ["群众", "政治优势"], acceptedAnswers: [["群众"], ["政治优势"]] },
      { ...base, id: "q_multi", contentHash: "h8", type: "MULTIPLE_CHOICE", stem: "下列说法正确的是（　）。", options, answer: ["A", "B"] },
    ],
  });
}

/**
 * A new 专项练习 attempt of a module, as the tests written before "one open attempt per mode"
 * expect: the learner's open attempt in the mode is ended first, so a start never resumes.
 */
export async function freshModulePractice(db: Db, actor: Actor, input: { moduleId: string; order: PracticeOrder; now?: Date }): Promise<string | null> {
  const open = await findOpenAttempt(db, actor.id, "PRACTICE");
  if (open) await endPracticeAttempt(db, { userId: actor.id, attemptId: open.id, now: input.now });
  return startModulePractice(db, actor, input);
}

/**
 * A throwaway database holding both practice modules (seedPracticeModule, seedPartialCreditModule),
 * opened before the calling file's tests and closed after them: read `.db` inside a test.
 */
export function usePracticeDatabase(): { readonly db: Db } {
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await seedPracticeModule(testDb.db);
    await seedPartialCreditModule(testDb.db);
  });
  afterAll(async () => {
    await testDb?.close();
  });
  return {
    get db() {
      if (!testDb) throw new Error("usePracticeDatabase: the database opens in beforeAll");
      return testDb.db;
    },
  };
}
