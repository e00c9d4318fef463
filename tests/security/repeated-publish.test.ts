import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { discardUpload } from "@/lib/server/uploads/discard-upload";
import { getUploadPreview } from "@/lib/server/uploads/get-upload-preview";
import { nameUpload } from "@/lib/server/uploads/name-upload";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { createTestDatabase, openSecondInstance, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/**
 * Repeated and raced publishes of an upload (docs/SECURITY.md, "Counting across instances"): a
 * request replayed or retried many times at once, on two app instances (two Prisma clients on
 * PostgreSQL with SECURITY_DB_KIND=postgres; PGlite's one connection otherwise), has the effect
 * of one publish and fails none. The timing of real races is covered by
 * tests/integration/upload-publish-race.test.ts.
 */
describe("repeated and raced publishes of an upload", () => {
  let testDb: TestDatabase;
  let second: { db: Db; close(): Promise<void> };
  let instructor: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    second = await openSecondInstance(testDb);
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    await testDb.db.course.create({ data: { id: "crs_replay", slug: "replay", title: "课程" } });
  });
  afterAll(async () => {
    await second?.close();
    await testDb?.close();
  });

  const essay = (title: string) =>
    new TextEncoder().encode(
      [title, "", "一、基本要求", "", "党员必须坚持党和人民的利益高于一切，个人利益服从党和人民的利益，吃苦在前，享受在后，克己奉公，多做贡献。", ""].join("\n"),
    );
  const instanceOf = (index: number) => (index % 2 === 0 ? testDb.db : second.db);

  test("one publish replayed ten times at once on two instances publishes once: one module, one audit entry, no request failing", async () => {
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_replay", fileName: "重放.txt", bytes: essay("党员的义务") });
    const settled = await Promise.allSettled(Array.from({ length: 10 }, (_, index) => publishUpload(instanceOf(index), instructor, documentId)));
    expect(settled.filter((result) => result.status === "rejected")).toEqual([]);
    const values = settled.map((result) => (result.status === "fulfilled" ? result.value : undefined));
    expect(values.filter((value) => value !== null)).toHaveLength(1);
    expect(await testDb.db.module.count({ where: { documentId } })).toBe(1);
    expect(await testDb.db.auditLog.count({ where: { entityId: documentId, action: "document.publish" } })).toBe(1);
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true, build: true } })).toEqual({ status: "PUBLISHED", build: null });
    expect(await testDb.db.sourceDocumentPart.count({ where: { documentId } })).toBe(0);
  });

  test("a publish replayed after a discard publishes nothing, and a discard replayed after a publish discards nothing", async () => {
    const discarded = await uploadDocument(testDb.db, instructor, { courseId: "crs_replay", fileName: "弃.txt", bytes: essay("党员的权利") });
    expect(await discardUpload(testDb.db, instructor, discarded.documentId)).toBe(true);
    expect(await publishUpload(second.db, instructor, discarded.documentId)).toBeNull();
    expect(await testDb.db.module.count({ where: { documentId: discarded.documentId } })).toBe(0);

    const published = await uploadDocument(testDb.db, instructor, { courseId: "crs_replay", fileName: "发.txt", bytes: essay("党员的条件") });
    expect(await publishUpload(testDb.db, instructor, published.documentId)).not.toBeNull();
    expect(await discardUpload(second.db, instructor, published.documentId)).toBe(false);
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: published.documentId }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
    expect(await testDb.db.auditLog.count({ where: { entityId: { in: [discarded.documentId, published.documentId] }, action: { in: ["document.publish", "document.discard"] } } })).toBe(2);
  });

  test("an upload of the same file replayed while its publish runs, on two instances, leaves it published: no bytes or build kept, no upload after the publish accepted", async () => {
    const bytes = essay("党员的纪律");
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_replay", fileName: "重传.txt", bytes });
    const uploads = Array.from({ length: 6 }, (_, index) => uploadDocument(instanceOf(index + 1), instructor, { courseId: "crs_replay", fileName: "重传.txt", bytes }));
    const settled = await Promise.allSettled([publishUpload(testDb.db, instructor, documentId), ...uploads]);
    const [publish, ...replays] = settled;
    expect(publish).toMatchObject({ status: "fulfilled", value: expect.objectContaining({ modules: expect.objectContaining({ created: 1 }) }) });
    // Each replay either came before the publish (and was published with it) or was refused after it.
    for (const replay of replays) {
      if (replay.status === "rejected") expect(replay.reason).toMatchObject({ userMessage: expect.stringContaining("该文件已发布到本课程") });
      else expect(replay.value.documentId).toBe(documentId);
    }
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true, build: true } })).toEqual({ status: "PUBLISHED", build: null });
    expect(await testDb.db.sourceDocumentPart.count({ where: { documentId } })).toBe(0);
    expect(await testDb.db.module.count({ where: { documentId } })).toBe(1);
    // And once published, a replay is refused outright.
    await expect(uploadDocument(second.db, instructor, { courseId: "crs_replay", fileName: "重传.txt", bytes })).rejects.toMatchObject({ userMessage: expect.stringContaining("该文件已发布到本课程") });
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
  });
  test("namings of an upload replayed and raced on two instances leave one title with its own build; a naming raced with the publish is published with it or refused", async () => {
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_replay", fileName: "命名.txt", bytes: essay("党员的作风") });
    const titles = ["党员的优良作风", "党员作风建设", "党员的优良作风", "《党员作风建设》", "党员的优良作风", "党员作风建设"];
    const named = await Promise.allSettled(titles.map((title, index) => nameUpload(instanceOf(index), instructor, documentId, title)));
    expect(named.filter((result) => result.status === "rejected")).toEqual([]);
    const row = await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { title: true, givenTitle: true } });
    expect(["党员的优良作风", "党员作风建设"]).toContain(row.title);
    expect(row.givenTitle).toBe(row.title);
    // The stored build is the one made with the title that stands.
    const preview = await getUploadPreview(second.db, instructor, documentId);
    expect(preview?.report?.title).toBe(row.title);
    expect(preview?.modules.map((module) => module.title)).toEqual([row.title]);

    const [naming, publish] = await Promise.all([nameUpload(second.db, instructor, documentId, "党员作风的基本要求"), publishUpload(testDb.db, instructor, documentId)]);
    expect(publish).not.toBeNull();
    const modules = (await testDb.db.module.findMany({ where: { documentId }, select: { title: true } })).map((module) => module.title);
    // Named before the publish took the row: published as named (generated again); after: refused, nothing changed.
    expect(modules).toEqual([naming ? "党员作风的基本要求" : row.title]);
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true, build: true } })).toEqual({ status: "PUBLISHED", build: null });
    expect(await nameUpload(second.db, instructor, documentId, "党员作风")).toBeNull();
  });
});
