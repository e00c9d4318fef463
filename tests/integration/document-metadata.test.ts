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
  test("a two-module collection's notes: each module's reading view holds exactly the notes its own text calls, readable, and the last module those placed nowhere", async () => {
    const KAIFENG = "凯丰（一九○六——一九五五），又名何克全，江西萍乡人，当时任中共中央宣传部代理部长。";
    const JIANGJUN = "“将一军”是中国象棋中的术语，凡是一方走了一着棋使对方的将军有立即被捉的危险时，就叫做向对方将军。";
    const WUSI = "五四运动是一九一九年五月四日在北京爆发的反帝反封建的爱国运动，是中国新民主主义革命的开端。";
    const MAOZEDONG = "毛泽东（一八九三——一九七六），湖南湘潭人，中国共产党、中国人民解放军和中华人民共和国的主要缔造者。";
    // Two pieces (第X篇: a module each), each with its own notes section numbered from 〔1〕; the second piece calls one
    // note right at its paragraph's start, where fewer than four Chinese characters tell no module.
    const collection = [
      "文选选读",
      "",
      "第一篇　反对本本主义",
      "",
      "没有调查，没有发言权。我们反对主观主义，那就算对于主观主义最后地“将一军”〔1〕。调查就是解决问题，凯丰〔2〕同志也这样说。",
      "",
      "注释",
      "",
      `〔1〕${JIANGJUN}`,
      "",
      `〔2〕${KAIFENG.replace("。", "，参见[人物介绍](https://baike.baidu.com/item/凯丰_(革命家))。")}`,
      "",
      "第二篇　改造我们的学习",
      "",
      "我们党的学习风气要改造。五四运动〔1〕以来，马克思列宁主义的普遍真理和中国革命的具体实践日益结合。",
      "",
      "毛泽东〔2〕同志号召全党把学习风气改造好。",
      "",
      "注释",
      "",
      `〔1〕${WUSI.replace(/。$/, "，详见 https://www.12371.cn/wusi 的介绍。")}`,
      "",
      `〔2〕${MAOZEDONG}`,
    ].join("\n");
    const bytes = new TextEncoder().encode(collection);
    const course = await buildCourse({ title: "文选两篇", description: "测试", documents: [{ path: "wenxuan.md" }] }, [{ path: "wenxuan.md", bytes }]);
    expect(course.modules.map((module) => module.title)).toEqual(["反对本本主义", "改造我们的学习"]);
    await saveBuiltCourse(testDb.db, { course, slug: "wenxuan-two", files: [{ path: "wenxuan.md", mediaType: "text/markdown", sha256: "0".repeat(64), byteSize: bytes.length }], fingerprint: "f" });

    const [first, second] = await Promise.all(course.modules.map((module) => getModuleForReading(testDb.db, learner, module.id)));
    expect(first!.document!.notes).toEqual([
      { mark: "〔1〕", text: JIANGJUN },
      { mark: "〔2〕", text: KAIFENG.replace("。", "，参见人物介绍。") },
    ]);
    expect(second!.document!.notes).toEqual([
      { mark: "〔1〕", text: WUSI.replace(/。$/, "，详见的介绍。") },
      { mark: "〔2〕", text: MAOZEDONG },
    ]);
    const notesText = [first, second].flatMap((reading) => reading!.document!.notes.map((note) => note.text)).join("");
    expect(notesText).not.toMatch(/https?:|www\.|[[\]()]/);
  });
});
