import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildCourse, type BuiltCourse } from "@/lib/content";
import { buildCourseFromFolder } from "@/lib/server/content/build-course-from-folder";
import { saveBuiltCourse, type SyncCounts } from "@/lib/server/content/save-built-course";
import { readManifest, sourceDocuments } from "../unit/content/build-helpers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

function totals(counts: SyncCounts) {
  return Object.values(counts).reduce(
    (sum, change) => ({ created: sum.created + change.created, updated: sum.updated + change.updated, archived: sum.archived + change.archived }),
    { created: 0, updated: 0, archived: 0 },
  );
}

describe("storing a built course", () => {
  let testDb: TestDatabase;
  let course: BuiltCourse;
  const manifest = readManifest();
  const files = manifest.documents.map((document) => ({ path: document.path, mediaType: "text/plain", sha256: "x", byteSize: 1 }));

  beforeAll(async () => {
    testDb = await createTestDatabase();
    course = await buildCourse(manifest, sourceDocuments(manifest));
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("the first save stores every module, section, passage and knowledge point with its ids", async () => {
    const counts = await saveBuiltCourse(testDb.db, { course, slug: "course", files, fingerprint: "f1", newQuestionStatus: "ACTIVE" });
    expect(counts.modules.created).toBe(course.modules.length);
    const { db } = testDb;
    expect(await db.module.count()).toBe(course.modules.length);
    expect(await db.passage.count()).toBe(counts.passages.created);
    expect(await db.knowledgePoint.count()).toBe(course.modules.reduce((sum, module) => sum + module.knowledgePoints.length, 0));
    const stored = await db.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(stored).toMatchObject({ slug: "course", title: "密切党群关系", newQuestionStatus: "ACTIVE", sourceFingerprint: "f1" });
    // Every stored span slices its passage to the point's text or answer.
    const points = await db.knowledgePoint.findMany({ where: { passageId: { not: null } }, include: { passage: true } });
    for (const point of points) {
      const slice = point.passage!.text.slice(point.spanStart!, point.spanEnd!);
      expect(slice.length).toBeGreaterThan(0);
    }
  });

  test("saving the same build again writes nothing", async () => {
    const before = await testDb.db.passage.findFirstOrThrow({ orderBy: { id: "asc" } });
    const counts = await saveBuiltCourse(testDb.db, { course, slug: "course", files, fingerprint: "f1" });
    expect(totals(counts)).toEqual({ created: 0, updated: 0, archived: 0 });
    expect(await testDb.db.passage.findFirstOrThrow({ orderBy: { id: "asc" } })).toEqual(before);
  });

  test("editing one paragraph of a document changes only that paragraph and its knowledge points", async () => {
    const documents = sourceDocuments(manifest);
    const target = documents[1]!;
    const text = new TextDecoder().decode(target.bytes);
    const sentence = "执政为民是中国共产党实现党群关系和谐的核心";
    expect(text).toContain(sentence);
    target.bytes = new TextEncoder().encode(text.replace(sentence, "执政为民始终是中国共产党实现党群关系和谐的核心"));
    const edited = await buildCourse(manifest, documents);
    const counts = await saveBuiltCourse(testDb.db, { course: edited, slug: "course", files, fingerprint: "f2" });
    expect(counts.modules).toEqual({ created: 0, updated: 0, archived: 0 });
    expect(counts.passages).toEqual({ created: 1, updated: 0, archived: 1 });
    const archived = await testDb.db.passage.findMany({ where: { archivedAt: { not: null } } });
    expect(archived).toHaveLength(1);
    expect(archived[0]!.text).toContain(sentence);
    const archivedPoints = await testDb.db.knowledgePoint.findMany({ where: { archivedAt: { not: null } } });
    expect(archivedPoints.every((point) => point.passageId === archived[0]!.id)).toBe(true);
    expect(counts.knowledgePoints.archived).toBe(archivedPoints.length);
    // The archived passage is kept, so questions and history pointing at it survive.
    expect(await testDb.db.passage.count()).toBe((await testDb.db.passage.count({ where: { archivedAt: null } })) + 1);
  });

  test("building from a folder skips a course whose sources and pipeline did not change", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dangke-course-"));
    fs.mkdirSync(path.join(folder, "sources"));
    fs.writeFileSync(path.join(folder, "sources", "a.md"), "# 群众路线\n\n群众路线是党的生命线和根本工作路线。一切为了群众，一切依靠群众。\n");
    fs.writeFileSync(path.join(folder, "course.json"), JSON.stringify({ slug: "mini", title: "小课程", description: "测试", documents: [{ path: "sources/a.md" }] }));
    const manifestPath = path.join(folder, "course.json");
    const first = await buildCourseFromFolder(testDb.db, { manifestPath, pipelineFingerprint: "p1" });
    expect(first.upToDate).toBe(false);
    expect((await buildCourseFromFolder(testDb.db, { manifestPath, pipelineFingerprint: "p1" })).upToDate).toBe(true);
    expect((await buildCourseFromFolder(testDb.db, { manifestPath, pipelineFingerprint: "p2" })).upToDate).toBe(false);
    fs.appendFileSync(path.join(folder, "sources", "a.md"), "\n密切联系群众是党的最大政治优势。\n");
    const changed = await buildCourseFromFolder(testDb.db, { manifestPath, pipelineFingerprint: "p2" });
    expect(changed.upToDate).toBe(false);
    expect(changed.counts!.passages.created).toBeGreaterThan(0);
    const document = await testDb.db.sourceDocument.findFirstOrThrow({ where: { fileName: "sources/a.md" } });
    expect(document).toMatchObject({ mediaType: "text/markdown", status: "PUBLISHED" });
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
