import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { buildCourse, parseCourseManifest } from "@/lib/content";
import { buildCourseFromFolder } from "@/lib/server/content/build-course-from-folder";
import { saveBuiltCourse, type SyncCounts } from "@/lib/server/content/save-built-course";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

// One document that belongs in several courses, as 党章 does.
const SHARED = [
  "# 中国共产党章程（节选）",
  "",
  "## 第一章 党员",
  "",
  "第一条 年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子，承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、执行党的决议和按期交纳党费的，可以申请加入中国共产党。",
  "",
  "第二条 中国共产党党员是中国工人阶级的有共产主义觉悟的先锋战士。中国共产党党员必须全心全意为人民服务，不惜牺牲个人的一切，为实现共产主义奋斗终身。",
  "",
  "## 第二章 党的组织制度",
  "",
  "第十条 党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。党员个人服从党的组织，少数服从多数，下级组织服从上级组织，全党各个组织和全体党员服从党的全国代表大会和中央委员会。",
  "",
].join("\n");

const OWN = "# 群众路线\n\n群众路线是党的生命线和根本工作路线。一切为了群众，一切依靠群众，从群众中来，到群众中去。\n";

function total(counts: SyncCounts) {
  return Object.values(counts).reduce((sum, change) => ({ created: sum.created + change.created, archived: sum.archived + change.archived }), { created: 0, archived: 0 });
}

/** A content/-style course folder: course.json and its sources. */
function courseFolder(root: string, name: string, manifest: object, sources: Record<string, string>): string {
  const folder = path.join(root, name);
  fs.mkdirSync(path.join(folder, "sources"), { recursive: true });
  for (const [file, text] of Object.entries(sources)) fs.writeFileSync(path.join(folder, "sources", file), text);
  fs.writeFileSync(path.join(folder, "course.json"), JSON.stringify(manifest));
  return path.join(folder, "course.json");
}

describe("a document used by more than one course", () => {
  let testDb: TestDatabase;
  let root: string;
  let instructor: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "dangke-shared-"));
    instructor = await createUser(testDb.db, "INSTRUCTOR");
  });
  afterAll(async () => {
    await testDb.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("two course folders with the same document both build, twice, with ids of their own", async () => {
    const first = courseFolder(root, "first", { slug: "first", title: "党章学习", description: "测试课程", documents: [{ path: "sources/dangzhang.md" }] }, { "dangzhang.md": SHARED });
    const second = courseFolder(
      root,
      "second",
      { slug: "second", title: "入党积极分子培训", description: "测试课程", documents: [{ path: "sources/qunzhong.md" }, { path: "sources/dangzhang.md" }] },
      { "qunzhong.md": OWN, "dangzhang.md": SHARED },
    );
    const built = [await buildCourseFromFolder(testDb.db, { manifestPath: first, pipelineFingerprint: "p1" }), await buildCourseFromFolder(testDb.db, { manifestPath: second, pipelineFingerprint: "p1" })];
    const [one, two] = built.map((result) => result.course!);
    const sharedModules = two!.modules.filter((module) => module.source === "sources/dangzhang.md");
    expect(sharedModules.map((module) => module.title)).toEqual(one!.modules.map((module) => module.title));
    const idsOf = (course: typeof one) => new Set(course!.modules.flatMap((module) => [module.id, ...module.knowledgePoints.map((point) => point.id)]));
    const overlap = [...idsOf(one)].filter((id) => idsOf(two).has(id));
    expect(overlap).toEqual([]);
    expect(await testDb.db.module.count({ where: { course: { slug: "first" } } })).toBe(one!.modules.length);
    expect(await testDb.db.module.count({ where: { course: { slug: "second" } } })).toBe(two!.modules.length);

    // Built again (a pipeline change forces it): the same ids, nothing created or archived.
    for (const manifestPath of [first, second]) {
      const again = await buildCourseFromFolder(testDb.db, { manifestPath, pipelineFingerprint: "p2" });
      expect(again.upToDate).toBe(false);
      expect(total(again.counts!)).toEqual({ created: 0, archived: 0 });
    }
  });

  test("a course stored with the unscoped ids of earlier versions keeps them when rebuilt, and another course can then use its document", async () => {
    const legacy = courseFolder(root, "legacy", { slug: "legacy", title: "密切党群关系", description: "测试课程", documents: [{ path: "sources/dangzhang.md" }] }, { "dangzhang.md": SHARED });
    // What content:build stored before ids were scoped: the pipeline's ids as they are.
    const manifest = parseCourseManifest(JSON.parse(fs.readFileSync(legacy, "utf8")));
    const bytes = new Uint8Array(fs.readFileSync(path.join(root, "legacy/sources/dangzhang.md")));
    const old = await buildCourse(manifest, [{ path: "sources/dangzhang.md", bytes }]);
    const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
    await saveBuiltCourse(testDb.db, { course: old, slug: "legacy", fingerprint: "old", files: [{ path: "sources/dangzhang.md", mediaType: "text/markdown", sha256, byteSize: bytes.byteLength }] });
    const section = await testDb.db.section.findFirstOrThrow({ where: { module: { courseId: old.id } } });
    const learner = await createUser(testDb.db, "LEARNER");
    await testDb.db.sectionProgress.create({ data: { userId: learner.id, sectionId: section.id, completedAt: new Date() } });

    const upgraded = await buildCourseFromFolder(testDb.db, { manifestPath: legacy, pipelineFingerprint: "new" });
    expect(upgraded.course!.modules.map((module) => module.id)).toEqual(old.modules.map((module) => module.id));
    expect(total(upgraded.counts!)).toEqual({ created: 0, archived: 0 });
    expect(await testDb.db.passage.count({ where: { archivedAt: { not: null } } })).toBe(0);
    expect(await testDb.db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ archivedAt: null });
    expect(await testDb.db.sectionProgress.count({ where: { sectionId: section.id } })).toBe(1);

    const newcomer = courseFolder(root, "newcomer", { slug: "newcomer", title: "党章专题", description: "测试课程", documents: [{ path: "sources/dangzhang.md" }] }, { "dangzhang.md": SHARED });
    const built = await buildCourseFromFolder(testDb.db, { manifestPath: newcomer, pipelineFingerprint: "new" });
    expect(built.counts!.modules.created).toBe(old.modules.length);
    // Rebuilding the old course once more still finds its unscoped ids.
    const again = await buildCourseFromFolder(testDb.db, { manifestPath: legacy, pipelineFingerprint: "newer" });
    expect(total(again.counts!)).toEqual({ created: 0, archived: 0 });
  });

  test("an old course that adds another old course's document keeps its own modules' ids and gives the new ones ids of its own", async () => {
    const store = async (slug: string, title: string, sources: Record<string, string>) => {
      const manifestPath = courseFolder(root, slug, { slug, title, description: "测试课程", documents: Object.keys(sources).map((file) => ({ path: `sources/${file}` })) }, sources);
      const manifest = parseCourseManifest(JSON.parse(fs.readFileSync(manifestPath, "utf8")));
      const documents = Object.entries(sources).map(([file, text]) => ({ path: `sources/${file}`, bytes: new TextEncoder().encode(text) }));
      const course = await buildCourse(manifest, documents);
      const files = documents.map((document) => ({ path: document.path, mediaType: "text/markdown", sha256: "old", byteSize: document.bytes.byteLength }));
      await saveBuiltCourse(testDb.db, { course, slug, fingerprint: "old", files });
      return { manifestPath, course };
    };
    // Two courses stored by the earlier version, each with documents of its own.
    // (A path of their own: the earlier test's old course already holds sources/dangzhang.md under unscoped ids.)
    await store("old-a", "老课程甲", { "zhangcheng.md": SHARED });
    const b = await store("old-b", "老课程乙", { "qunzhong.md": OWN });
    // Course B's manifest now lists course A's document too.
    fs.writeFileSync(path.join(root, "old-b/sources/zhangcheng.md"), SHARED);
    fs.writeFileSync(b.manifestPath, JSON.stringify({ slug: "old-b", title: "老课程乙", description: "测试课程", documents: [{ path: "sources/qunzhong.md" }, { path: "sources/zhangcheng.md" }] }));
    const rebuilt = await buildCourseFromFolder(testDb.db, { manifestPath: b.manifestPath, pipelineFingerprint: "new" });
    const own = rebuilt.course!.modules.filter((module) => module.source === "sources/qunzhong.md");
    expect(own.map((module) => module.id)).toEqual(b.course.modules.map((module) => module.id));
    expect(rebuilt.counts!.modules).toMatchObject({ created: rebuilt.course!.modules.length - own.length, archived: 0 });
  });

  test("the same file uploaded to two courses is published to both", async () => {
    const courses = ["crs_upload_a", "crs_upload_b"];
    for (const id of courses) await testDb.db.course.create({ data: { id, slug: id, title: id } });
    const bytes = new TextEncoder().encode(SHARED);
    for (const courseId of courses) {
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId, fileName: "党章.md", bytes });
      const counts = await publishUpload(testDb.db, instructor, documentId);
      expect(counts!.modules.created).toBeGreaterThan(0);
    }
    const [a, b] = await Promise.all(courses.map((courseId) => testDb.db.module.count({ where: { courseId, archivedAt: null } })));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });
});
