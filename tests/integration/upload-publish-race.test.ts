import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { discardUpload } from "@/lib/server/uploads/discard-upload";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { readUploadBytes } from "@/lib/server/uploads/upload-parts";
import { createTestDatabase, openSecondInstance, testDatabaseKind, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/**
 * Publishing uploads of one course at the same time: two tabs, a double click, a retried request,
 * or two app instances on one PostgreSQL database. On PostgreSQL each "instance" is its own Prisma
 * client with its own connection pool; PGlite has one connection, where the publishes' reads and
 * transactions interleave on it and the same rules must hold.
 */
describe("publishing uploads at the same time", () => {
  let testDb: TestDatabase;
  let second: { db: Db; close(): Promise<void> };
  let instances: Db[];
  let instructor: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    second = await openSecondInstance(testDb);
    instances = [testDb.db, second.db];
    instructor = await createUser(testDb.db, "INSTRUCTOR");
  });
  afterAll(async () => {
    await second?.close();
    await testDb?.close();
  });

  const instance = (index: number) => instances[index % 2]!;

  /** A short essay titled `title`, its text made distinct by `topic`. */
  const essay = (title: string, topic: string) =>
    new TextEncoder().encode(
      [
        title,
        "",
        `一、${topic}的内涵`,
        "",
        `${topic}是我们党的生命线和根本工作路线。一切为了群众，一切依靠群众，从群众中来，到群众中去。`,
        "",
        `二、践行${topic}的要求`,
        "",
        `毛泽东同志指出：“我们共产党人好比种子，人民好比土地。”党员干部要深入基层，落实${topic}，解决群众最关心最直接最现实的利益问题。`,
        "",
      ].join("\n"),
    );

  async function courseWithModule(id: string) {
    await testDb.db.course.create({ data: { id, slug: id, title: "课程" } });
    await testDb.db.module.create({ data: { id: `${id}_existing`, courseId: id, position: 2, title: "已有单元" } });
  }

  const modulesOf = (courseId: string) =>
    testDb.db.module.findMany({ where: { courseId, archivedAt: null }, orderBy: { position: "asc" }, select: { title: true, position: true, documentId: true } });

  test("two uploads of one course published at once on two instances both land after the course's modules, in distinct places, their repeated title numbered", async () => {
    await courseWithModule("crs_two");
    const uploads = await Promise.all(
      ["群众路线", "群众观点", "群众工作"].map((topic, index) =>
        uploadDocument(testDb.db, instructor, { courseId: "crs_two", fileName: `文档${index}.txt`, bytes: essay("坚持群众路线", topic) }),
      ),
    );
    const results = await Promise.all(uploads.map(({ documentId }, index) => publishUpload(instance(index), instructor, documentId)));
    expect(results.map((result) => result?.modules.created)).toEqual([1, 1, 1]);

    const modules = await modulesOf("crs_two");
    expect(modules.map((module) => module.position)).toEqual([2, 3, 4, 5]);
    expect(modules.map((module) => module.title).sort()).toEqual(["坚持群众路线", "坚持群众路线（三）", "坚持群众路线（二）", "已有单元"].sort());
    expect(new Set(modules.slice(1).map((module) => module.documentId))).toEqual(new Set(uploads.map((upload) => upload.documentId)));
    for (const { documentId } of uploads) {
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
    }
  });

  test("one upload published four times at once (a double click, a retried request, a second tab) publishes once", async () => {
    await courseWithModule("crs_same");
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_same", fileName: "一份.txt", bytes: essay("践行群众路线", "群众路线") });
    const results = await Promise.all(Array.from({ length: 4 }, (_, index) => publishUpload(instance(index), instructor, documentId)));
    const published = results.filter((result) => result !== null);
    expect(published).toHaveLength(1);
    expect(published[0]!.modules.created).toBe(1);

    expect((await modulesOf("crs_same")).map((module) => [module.title, module.position])).toEqual([
      ["已有单元", 2],
      ["践行群众路线", 3],
    ]);
    expect(await testDb.db.auditLog.count({ where: { entityId: documentId, action: "document.publish" } })).toBe(1);
    const questions = await testDb.db.question.count({ where: { module: { documentId } } });
    expect(questions).toBe(published[0]!.questions.created);
  });

  test("an upload published and discarded at once ends either published or discarded, never both", async () => {
    await courseWithModule("crs_discard");
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_discard", fileName: "二选一.txt", bytes: essay("贯彻群众路线", "群众路线") });
    const [published, discarded] = await Promise.all([publishUpload(instance(0), instructor, documentId), discardUpload(instance(1), instructor, documentId)]);
    const { status } = await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } });
    const modules = await testDb.db.module.count({ where: { documentId, archivedAt: null } });
    if (published) {
      expect(discarded).toBe(false);
      expect(status).toBe("PUBLISHED");
      expect(modules).toBe(1);
    } else {
      expect(discarded).toBe(true);
      expect(status).toBe("DISCARDED");
      expect(modules).toBe(0);
    }
    expect(await testDb.db.sourceDocumentPart.count({ where: { documentId } })).toBe(0);
  });

  // Needs two connections: a discard holding the document's row while the upload of the same file waits for it.
  test.runIf(testDatabaseKind() === "postgres")("a file uploaded again while its pending upload is discarded keeps its bytes: the upload never stands without them", async () => {
    await testDb.db.course.create({ data: { id: "crs_rediscard", slug: "crs_rediscard", title: "课程" } });
    const bytes = essay("走群众路线", "群众路线教育");
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_rediscard", fileName: "再传.md", bytes });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // The second instance discards it as discardUpload does, holding the row until the upload is waiting for it.
    const discard = second.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "SourceDocument" WHERE "id" = ${documentId} FOR UPDATE`;
        locked();
        await released;
        await tx.sourceDocument.updateMany({ where: { id: documentId, status: "UPLOADED" }, data: { status: "DISCARDED", build: null, buildVersion: null } });
        await tx.sourceDocumentPart.deleteMany({ where: { documentId } });
      },
      { timeout: 120_000 },
    );
    await holding;
    const again = uploadDocument(testDb.db, instructor, { courseId: "crs_rediscard", fileName: "再传.md", bytes });
    // Its parts are written; it waits on the row.
    for (;;) {
      const [row] = await testDb.db.$queryRaw<{ waiting: bigint }[]>`
        SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%"SourceDocument"%FOR UPDATE%'`;
      if (Number(row?.waiting ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();
    await discard;
    await again;
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } })).toEqual({ status: "UPLOADED" });
    expect(await readUploadBytes(testDb.db, documentId)).toEqual(bytes);
  });
});
