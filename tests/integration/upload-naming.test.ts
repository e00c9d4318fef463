import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { discardUpload } from "@/lib/server/uploads/discard-upload";
import { getUploadPreview } from "@/lib/server/uploads/get-upload-preview";
import { nameUpload, UPLOAD_TITLE_MAX_LENGTH } from "@/lib/server/uploads/name-upload";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

const corpus = (file: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/corpus", file)));
/** Two uploads that print no title (docs.json "uploaded"): each is shown by its opening clause. */
const MOULI = { file: "wei-qinyou-feifa-mouli.md", shownAs: "刑法第一百六十六条对为亲友非法牟利罪作出规定" };
const XINGHUI = { file: "jianjie-guyi-xinghui.md", shownAs: "二十届中央纪委三次全会强调" };
const TITLED = ["党员的义务", "", "一、基本要求", "", "党员必须坚持党和人民的利益高于一切，个人利益服从党和人民的利益，吃苦在前，享受在后。", ""].join("\n");

describe("naming an upload at its preview (issue 15)", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let otherInstructor: Actor;
  let admin: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    otherInstructor = await createUser(testDb.db, "INSTRUCTOR");
    admin = await createUser(testDb.db, "ADMIN");
    await testDb.db.course.create({ data: { id: "crs_name", slug: "name", title: "课程" } });
  });
  afterAll(async () => {
    await testDb?.close();
  });

  /** Everything a naming could change. */
  async function stateOf(documentId: string) {
    return {
      document: await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } }),
      audit: await testDb.db.auditLog.count({ where: { entityId: documentId } }),
    };
  }

  test("an untitled upload named at its preview is titled: its module takes the title and its published questions cite 《title》", async () => {
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_name", fileName: MOULI.file, bytes: corpus(MOULI.file) });
    const before = await getUploadPreview(testDb.db, instructor, documentId);
    expect(before?.report).toMatchObject({ title: MOULI.shownAs, untitled: true });

    // Trimmed, and a 《》 pair around it dropped: the citation adds its own.
    expect(await nameUpload(testDb.db, instructor, documentId, "  《为亲友非法牟利罪的理解与适用》 ")).toEqual({ title: "为亲友非法牟利罪的理解与适用" });
    const after = await getUploadPreview(testDb.db, instructor, documentId);
    expect(after?.document.title).toBe("为亲友非法牟利罪的理解与适用");
    expect(after?.report?.title).toBe("为亲友非法牟利罪的理解与适用");
    expect(after?.report?.untitled).toBeUndefined();
    expect(after?.modules.map((module) => module.title)).toEqual(["为亲友非法牟利罪的理解与适用"]);
    const audit = await testDb.db.auditLog.findFirstOrThrow({ where: { entityId: documentId, action: "document.rename" } });
    expect(audit).toMatchObject({ actorId: instructor.id, before: { title: MOULI.shownAs }, after: { title: "为亲友非法牟利罪的理解与适用" } });

    await publishUpload(testDb.db, instructor, documentId);
    const modules = await testDb.db.module.findMany({ where: { documentId }, select: { title: true } });
    expect(modules.map((module) => module.title)).toEqual(["为亲友非法牟利罪的理解与适用"]);
    const questions = await testDb.db.question.findMany({ where: { module: { documentId } }, select: { stem: true, explanation: true } });
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.some((question) => question.explanation?.includes("《为亲友非法牟利罪的理解与适用》"))).toBe(true);
    for (const question of questions) expect(`${question.stem}${question.explanation ?? ""}`).not.toContain(`《${MOULI.shownAs}`);
  }, 120_000);

  test("a bad title gets a Chinese message and changes nothing; so does a naming by anyone out of reach, or of an upload no longer pending", async () => {
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_name", fileName: XINGHUI.file, bytes: corpus(XINGHUI.file) });
    const before = await stateOf(documentId);
    for (const [title, message] of [
      ["", "请填写文档标题。"],
      ["   ", "请填写文档标题。"],
      ["《 》", "请填写文档标题。"],
      [undefined, "请填写文档标题。"],
      ["行贿罪\n的认定", "文档标题不能包含换行或控制字符。"],
      ["行贿\u0000罪", "文档标题不能包含换行或控制字符。"],
      ["\u202E定认的罪贿行", "文档标题不能包含换行或控制字符。"],
      ["认".repeat(UPLOAD_TITLE_MAX_LENGTH + 1), `文档标题不能超过 ${UPLOAD_TITLE_MAX_LENGTH} 个字。`],
    ] as const) {
      await expect(nameUpload(testDb.db, instructor, documentId, title), JSON.stringify(title)).rejects.toMatchObject({ userMessage: message });
    }
    expect(await nameUpload(testDb.db, otherInstructor, documentId, "间接故意型行贿的认定")).toBeNull();
    expect(await nameUpload(testDb.db, instructor, "no-such-document", "间接故意型行贿的认定")).toBeNull();
    expect(await stateOf(documentId)).toEqual(before);
    // 100 characters (an emoji is one) are allowed; an administrator reaches every upload.
    const longest = `${"认".repeat(UPLOAD_TITLE_MAX_LENGTH - 1)}🚩`;
    expect(await nameUpload(testDb.db, admin, documentId, longest)).toEqual({ title: longest });

    expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
    const discarded = await stateOf(documentId);
    expect(await nameUpload(testDb.db, instructor, documentId, "间接故意型行贿的认定")).toBeNull();
    expect(await stateOf(documentId)).toEqual(discarded);
  }, 120_000);

  test("a titled upload is renamed the same way; naming it again with the same title writes nothing; the title survives a parse by another pipeline version and is dropped by a fresh upload of the file", async () => {
    const bytes = new TextEncoder().encode(TITLED);
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_name", fileName: "义务.txt", bytes });
    expect((await getUploadPreview(testDb.db, instructor, documentId))?.report).toMatchObject({ title: "党员的义务" });
    await nameUpload(testDb.db, instructor, documentId, "党员的基本义务");
    const named = await stateOf(documentId);
    expect(named.document).toMatchObject({ title: "党员的基本义务", givenTitle: "党员的基本义务" });
    expect(await nameUpload(testDb.db, instructor, documentId, "《党员的基本义务》")).toEqual({ title: "党员的基本义务" });
    expect(await stateOf(documentId)).toEqual(named);

    // Another version of the pipeline made the stored build: the file is parsed again, with the given title.
    await testDb.db.sourceDocument.update({ where: { id: documentId }, data: { buildVersion: "generator-older" } });
    const reparsed = await getUploadPreview(testDb.db, instructor, documentId);
    expect(reparsed?.report?.title).toBe("党员的基本义务");
    expect(reparsed?.modules.map((module) => module.title)).toEqual(["党员的基本义务"]);

    await uploadDocument(testDb.db, instructor, { courseId: "crs_name", fileName: "义务.txt", bytes });
    expect((await stateOf(documentId)).document).toMatchObject({ title: "党员的义务", givenTitle: null });
    expect((await getUploadPreview(testDb.db, instructor, documentId))?.report?.title).toBe("党员的义务");
  }, 120_000);
});
