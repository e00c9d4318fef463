import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { buildCourse } from "@/lib/content";
import { saveBuiltCourse } from "@/lib/server/content/save-built-course";
import { getModuleForReading } from "@/lib/server/study/get-module-for-reading";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

const ZHUNZE = [
  "关于新形势下党内政治生活的若干准则",
  "",
  "（2016年10月27日中国共产党第十八届中央委员会第六次全体会议通过）",
  "",
  "中发〔2016〕28号",
  "",
  "办好中国的事情，关键在党。",
  "",
  "开展严肃认真的党内政治生活，是我们党的优良传统和政治优势。",
].join("\n");

describe("document metadata in the reading view", () => {
  let testDb: TestDatabase;
  let learner: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    learner = await createUser(testDb.db, "LEARNER");
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("the issuing body, 文号 and date a document states are stored with it and shown under its modules' titles", async () => {
    const bytes = new TextEncoder().encode(ZHUNZE);
    const course = await buildCourse({ title: "准则学习", description: "测试", documents: [{ path: "zhunze.txt" }] }, [{ path: "zhunze.txt", bytes }]);
    await saveBuiltCourse(testDb.db, { course, slug: "zhunze", files: [{ path: "zhunze.txt", mediaType: "text/plain", sha256: "0".repeat(64), byteSize: bytes.length }], fingerprint: "f" });

    const document = await testDb.db.sourceDocument.findFirstOrThrow({ where: { courseId: course.id } });
    expect(document.metadata).toEqual({ issuer: "中国共产党第十八届中央委员会第六次全体会议", date: "2016年10月27日", documentNumber: "中发〔2016〕28号" });
    const reading = await getModuleForReading(testDb.db, learner, course.modules[0]!.id);
    expect(reading!.document).toMatchObject({ title: "关于新形势下党内政治生活的若干准则", metadataLine: "中国共产党第十八届中央委员会第六次全体会议 · 中发〔2016〕28号 · 2016年10月27日" });
    expect(reading!.sections.flatMap((section) => section.passages.map((passage) => passage.text)).join("")).not.toMatch(/通过|中发/);
  });

  test("a document that states nothing, or whose stored metadata is malformed, shows no metadata line", async () => {
    await testDb.db.course.create({ data: { id: "crs_plain", slug: "plain", title: "课程" } });
    await testDb.db.sourceDocument.create({
      data: { id: "doc_bad", courseId: "crs_plain", fileName: "a.txt", mediaType: "text/plain", title: "材料", sha256: "1", byteSize: 1, text: "", metadata: { issuer: 42, date: ["x"], note: "无关" } },
    });
    await testDb.db.module.create({ data: { id: "mod_plain", courseId: "crs_plain", documentId: "doc_bad", position: 0, title: "材料" } });
    const reading = await getModuleForReading(testDb.db, learner, "mod_plain");
    expect(reading!.document).toEqual({ fileName: "a.txt", title: "材料", metadataLine: null, notes: [] });
  });

  test("an annotated edition's explanatory notes are stored with its document and shown under the module that calls them, not a citation, not in another document", async () => {
    const lecture = [
      "反对党八股",
      "",
      "（一九四二年二月八日）",
      "",
      "刚才有同志讲了今天开会的宗旨。我们反对主观主义，那就算对于主观主义最后地“将一军”[1]。这些意思以前说过[2]，今天再讲一讲。",
      "",
      "注释",
      "",
      "[1] “将一军”是中国象棋中的术语，凡是一方走了一着棋使对方的将军有立即被捉的危险时，就叫做向对方将军。",
      "",
      "[2] 见本卷《整顿党的作风》注〔1〕。",
    ].join("\n");
    const files = [
      { path: "dangbagu.txt", bytes: new TextEncoder().encode(lecture) },
      { path: "zhunze-copy.txt", bytes: new TextEncoder().encode(ZHUNZE.replace("办好中国的事情", "办好中国的各项事情")) },
    ];
    const course = await buildCourse({ title: "文选学习", description: "测试", documents: files.map(({ path }) => ({ path })) }, files);
    await saveBuiltCourse(testDb.db, { course, slug: "wenxuan", files: files.map(({ path, bytes }) => ({ path, mediaType: "text/plain", sha256: "0".repeat(64), byteSize: bytes.length })), fingerprint: "f" });

    const stored = await testDb.db.sourceDocument.findFirstOrThrow({ where: { courseId: course.id, fileName: "dangbagu.txt" } });
    expect((stored.metadata as { notes?: unknown[] }).notes).toHaveLength(1);
    const [lectureModule, zhunzeModule] = course.modules;
    const reading = await getModuleForReading(testDb.db, learner, lectureModule!.id);
    expect(reading!.document!.notes).toEqual([{ mark: "[1]", text: "“将一军”是中国象棋中的术语，凡是一方走了一着棋使对方的将军有立即被捉的危险时，就叫做向对方将军。" }]);
    expect(reading!.sections.flatMap((section) => section.passages.map((passage) => passage.text)).join("")).not.toMatch(/中国象棋|整顿党的作风|\[\d\]/);
    const other = await getModuleForReading(testDb.db, learner, zhunzeModule!.id);
    expect(other!.document!.notes).toEqual([]);
    // Nothing of the notes reaches the course's knowledge points (the questions are drawn from them).
    expect(course.modules.flatMap((module) => module.knowledgePoints.map((point) => point.text)).join("")).not.toMatch(/中国象棋/);
  });
});
