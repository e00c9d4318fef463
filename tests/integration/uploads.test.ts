import fs from "node:fs";
import zlib from "node:zlib";
import iconv from "iconv-lite";
import { PDFDocument, rgb } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { ContentError, type BuiltCourse } from "@/lib/content";
import { GENERATOR_VERSION } from "@/lib/questions/version";
import { discardUpload } from "@/lib/server/uploads/discard-upload";
import { getUploadPreview } from "@/lib/server/uploads/get-upload-preview";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { UPLOAD_MAX_BYTES, UploadError, uploadDocument } from "@/lib/server/uploads/upload-document";
import { listPendingUploads } from "@/lib/server/uploads/find-upload";
import { purgeOrphanUploadParts, readUploadBytes, UPLOAD_PART_BYTES } from "@/lib/server/uploads/upload-parts";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";
import { DISCIPLINE_ESSAY } from "../support/essays";

const ESSAY = [
  "坚持群众路线",
  "",
  "一、群众路线的内涵",
  "",
  "群众路线是我们党的生命线和根本工作路线。一切为了群众，一切依靠群众，从群众中来，到群众中去。",
  "",
  "二、践行群众路线的要求",
  "",
  "毛泽东同志指出：“我们共产党人好比种子，人民好比土地。”党员干部要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。",
  "",
].join("\n");

/** A short regulation-like essay with lists and quotations, enough for a few questions. */
const LONG_ESSAY = [
  "廉洁自律的基本要求",
  "",
  "一、四风问题",
  "",
  "党的群众路线教育实践活动聚焦作风建设，集中解决形式主义、官僚主义、享乐主义和奢靡之风这“四风”问题。",
  "形式主义的主要表现是知行不一、不求实效，文山会海、花样翻新。官僚主义的主要表现是脱离实际、脱离群众，高高在上、漠视群众利益。",
  "",
  "二、中央八项规定",
  "",
  "2012年12月4日，中央政治局审议通过了关于改进工作作风、密切联系群众的八项规定。",
  "八项规定要求改进调查研究，精简会议活动，精简文件简报，规范出访活动，改进警卫工作，改进新闻报道，严格文稿发表，厉行勤俭节约。",
  "",
  "三、党的纪律",
  "",
  "党的纪律主要包括政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律。",
  "习近平总书记指出：“作风建设永远在路上，永远没有休止符。”党员领导干部要带头遵守廉洁自律规范，自觉保持人民公仆本色。",
  "",
].join("\n");


const encode = (text: string) => new TextEncoder().encode(text);

describe("uploading a document", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let otherInstructor: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    otherInstructor = await createUser(testDb.db, "INSTRUCTOR");
    // The course publishes new questions at once: an upload's questions must wait for an instructor all the same.
    await testDb.db.course.create({ data: { id: "crs_1", slug: "c", title: "课程", newQuestionStatus: "ACTIVE" } });
    await testDb.db.module.create({ data: { id: "mod_existing", courseId: "crs_1", position: 4, title: "已有单元" } });
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function writes() {
    return { documents: await testDb.db.sourceDocument.count(), parts: await testDb.db.sourceDocumentPart.count(), audit: await testDb.db.auditLog.count() };
  }

  async function textLessPdf(): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.8, 0.1, 0.1) });
    return pdf.save();
  }

  test.each([
    ["an empty file", "empty.txt", () => new Uint8Array(), "是空的"],
    ["a binary file", "photo.txt", () => Uint8Array.from({ length: 4096 }, (_, index) => (index * 37) % 256), "不是文本文件"],
    ["a file over the size limit", "big.txt", () => new Uint8Array(UPLOAD_MAX_BYTES + 1).fill(0x41), "超过了 20.0 MB 的上限"],
    ["an unsupported type", "bank.xlsx", () => encode(ESSAY), "不支持"],
    ["a PDF without a text layer", "scan.pdf", textLessPdf, "没有可提取的文字"],
    ["a document with no Chinese text", "notes.txt", () => encode("Lorem ipsum dolor sit amet. ".repeat(40)), "没有识别到可用的中文正文"],
  ])("%s is refused with a Chinese message and writes nothing", async (_case, fileName, makeBytes, message) => {
    const before = await writes();
    const bytes = await makeBytes();
    const refusal = uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName, bytes });
    await expect(refusal).rejects.toBeInstanceOf(ContentError);
    await expect(refusal).rejects.toMatchObject({ userMessage: expect.stringContaining(message) });
    expect(await writes()).toEqual(before);
  });

  test("an unknown course is refused and writes nothing", async () => {
    const before = await writes();
    await expect(uploadDocument(testDb.db, instructor, { courseId: "no-course", fileName: "a.md", bytes: encode(ESSAY) })).rejects.toMatchObject({
      userMessage: "请选择要发布到的课程",
    });
    expect(await writes()).toEqual(before);
  });

  test("a GBK text file is read, previewed only by its uploader, and published after the course's modules", async () => {
    const bytes = new Uint8Array(iconv.encode(ESSAY, "gbk"));
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "群众路线.txt", bytes });
    const preview = await getUploadPreview(testDb.db, instructor, documentId);
    expect(preview?.modules.map((module) => module.title)).toEqual(["坚持群众路线"]);
    expect(preview?.modules[0]!.knowledgePoints.some((point) => point.kind === "quote" && point.speaker?.includes("毛泽东"))).toBe(true);
    expect(await getUploadPreview(testDb.db, otherInstructor, documentId)).toBeNull();
    expect(await publishUpload(testDb.db, otherInstructor, documentId)).toBeNull();

    const counts = await publishUpload(testDb.db, instructor, documentId);
    expect(counts?.modules.created).toBe(1);
    const published = await testDb.db.module.findFirstOrThrow({ where: { documentId }, include: { passages: true } });
    expect(published.position).toBe(5);
    expect(published.passages.map((passage) => passage.text).join("")).toContain("群众路线是我们党的生命线和根本工作路线");
    const document = await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(document).toMatchObject({ status: "PUBLISHED", uploadedById: instructor.id });
    expect(await testDb.db.sourceDocumentPart.count({ where: { documentId } })).toBe(0);
    expect(await publishUpload(testDb.db, instructor, documentId)).toBeNull();
    expect(await testDb.db.auditLog.count({ where: { entityId: documentId } })).toBe(2);
  });

  test("an upload keeps the metadata its document states (author, date) on the document", async () => {
    const text = ["作者：张三", "日期：2026-03-30", "", ESSAY].join("\n");
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "署名.txt", bytes: encode(text) });
    const document = await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(document.metadata).toEqual({ author: "张三", date: "2026-03-30" });
  });

  test("a published upload gets questions, all of them drafts waiting for an instructor", async () => {
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "廉洁.md", bytes: encode(LONG_ESSAY) });
    const counts = await publishUpload(testDb.db, instructor, documentId);
    const questions = await testDb.db.question.findMany({ where: { module: { documentId } }, select: { status: true, flagged: true, flagReason: true } });
    expect(questions.length).toBeGreaterThan(0);
    expect(counts?.questions.created).toBe(questions.length);
    expect(questions.every((question) => question.status === "DRAFT")).toBe(true);
    for (const question of questions.filter((row) => row.flagged)) expect(question.flagReason).toMatch(/^待审核：/);
  });

  test("a publish whose generation runs out of time publishes nothing, and a retry publishes the document with its questions", async () => {
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "纪律.md", bytes: encode(DISCIPLINE_ESSAY) });
    const state = async () => ({
      document: await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true, buildVersion: true } }),
      parts: await testDb.db.sourceDocumentPart.count({ where: { documentId } }),
      modules: await testDb.db.module.count({ where: { courseId: "crs_1" } }),
      questions: await testDb.db.question.count(),
      audit: await testDb.db.auditLog.count({ where: { entityId: documentId } }),
    });
    const before = await state();
    // A limit no worker can answer within: the generation is ended.
    const refusal = publishUpload(testDb.db, instructor, documentId, { maxHeapMb: 512, timeLimitMs: 1 });
    await expect(refusal).rejects.toBeInstanceOf(UploadError);
    await expect(refusal).rejects.toMatchObject({ userMessage: "文档“纪律.md”的题目生成超时（超过 1 秒），没有发布任何内容，请拆分文档后重试。" });
    expect(await state()).toEqual(before);
    expect(before.document.status).toBe("UPLOADED");

    const counts = await publishUpload(testDb.db, instructor, documentId);
    expect(counts?.modules.created).toBe(1);
    const questions = await testDb.db.question.findMany({ where: { module: { documentId } }, select: { status: true } });
    expect(questions.length).toBeGreaterThan(0);
    expect(counts?.questions.created).toBe(questions.length);
    expect(questions.every((question) => question.status === "DRAFT")).toBe(true);
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ status: "PUBLISHED" });
  });

  test("an upload whose title the course already has is previewed and published numbered, the course's module untouched", async () => {
    await testDb.db.module.create({ data: { id: "mod_same_title", courseId: "crs_1", position: 6, title: "坚持群众路线的时代意义" } });
    const bytes = encode(ESSAY.replace("坚持群众路线\n", "坚持群众路线的时代意义\n").replace("群众路线是我们党", "新时代的群众路线依然是我们党"));
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "时代意义.txt", bytes });
    const preview = await getUploadPreview(testDb.db, instructor, documentId);
    expect(preview?.modules.map((module) => module.title)).toEqual(["坚持群众路线的时代意义（二）"]);
    await publishUpload(testDb.db, instructor, documentId);
    const titles = (await testDb.db.module.findMany({ where: { courseId: "crs_1", title: { startsWith: "坚持群众路线的时代意义" } }, orderBy: { position: "asc" } })).map((module) => module.title);
    expect(titles).toEqual(["坚持群众路线的时代意义", "坚持群众路线的时代意义（二）"]);
  });

  test("a discarded upload keeps no bytes and cannot be published", async () => {
    const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "b.md", bytes: encode(ESSAY.replace("坚持", "践行")) });
    expect(await discardUpload(testDb.db, otherInstructor, documentId)).toBe(false);
    expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
    expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ status: "DISCARDED" });
    expect(await testDb.db.sourceDocumentPart.count({ where: { documentId } })).toBe(0);
    expect(await publishUpload(testDb.db, instructor, documentId)).toBeNull();
    expect(await testDb.db.module.count({ where: { documentId } })).toBe(0);
  });

  describe("the same file uploaded again", () => {
    /** Everything a re-upload could change about a document: its row, its modules, its questions, its parts and its audit trail. */
    async function stateOf(documentId: string) {
      return {
        document: await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } }),
        modules: await testDb.db.module.findMany({ where: { documentId }, orderBy: { id: "asc" } }),
        questions: await testDb.db.question.findMany({ where: { module: { documentId } }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
        parts: await testDb.db.sourceDocumentPart.count({ where: { documentId } }),
        audit: await testDb.db.auditLog.count({ where: { entityId: documentId } }),
      };
    }

    test("a file already published to the course is refused with a Chinese message; the document stays published, its modules and questions untouched", async () => {
      const bytes = encode(ESSAY.replace("坚持", "发扬"));
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "已发布.md", bytes });
      await publishUpload(testDb.db, instructor, documentId);
      const published = await stateOf(documentId);
      expect(published.document.status).toBe("PUBLISHED");
      expect(published.modules).toHaveLength(1);
      for (const [actor, fileName] of [[instructor, "已发布.md"], [otherInstructor, "改了名字.md"]] as const) {
        const again = uploadDocument(testDb.db, actor, { courseId: "crs_1", fileName, bytes });
        await expect(again).rejects.toBeInstanceOf(UploadError);
        await expect(again).rejects.toMatchObject({ userMessage: expect.stringContaining("该文件已发布到本课程") });
        expect(await stateOf(documentId)).toEqual(published);
      }
      expect((await listPendingUploads(testDb.db, instructor)).map((upload) => upload.id)).not.toContain(documentId);
    });

    test("a discarded file uploaded again is pending again, and can be previewed and published", async () => {
      const bytes = encode(ESSAY.replace("坚持", "走好"));
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "放弃过.md", bytes });
      expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
      const again = await uploadDocument(testDb.db, otherInstructor, { courseId: "crs_1", fileName: "放弃过.md", bytes });
      expect(again.documentId).toBe(documentId);
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ status: "UPLOADED", uploadedById: otherInstructor.id });
      expect((await getUploadPreview(testDb.db, otherInstructor, documentId))?.modules.map((module) => module.title)).toEqual(["走好群众路线"]);
      expect((await publishUpload(testDb.db, otherInstructor, documentId))?.modules.created).toBe(1);
    });

    test("a file pending in another course is another upload: each course previews and publishes its own", async () => {
      await testDb.db.course.create({ data: { id: "crs_2", slug: "c2", title: "另一门课程" } });
      const bytes = encode(ESSAY.replace("坚持", "守好"));
      const first = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "两门课.md", bytes });
      const second = await uploadDocument(testDb.db, instructor, { courseId: "crs_2", fileName: "两门课.md", bytes });
      expect(second.documentId).not.toBe(first.documentId);
      expect((await getUploadPreview(testDb.db, instructor, second.documentId))?.document.course?.id).toBe("crs_2");
      await publishUpload(testDb.db, instructor, second.documentId);
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: first.documentId } })).toMatchObject({ status: "UPLOADED", courseId: "crs_1" });
      expect(await testDb.db.sourceDocumentPart.count({ where: { documentId: first.documentId } })).toBe(1);
      expect((await getUploadPreview(testDb.db, instructor, first.documentId))?.modules.map((module) => module.title)).toEqual(["守好群众路线"]);
      // Published in the other course: uploading it to this one again is still this course's pending upload.
      expect((await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "两门课.md", bytes })).documentId).toBe(first.documentId);
      expect((await publishUpload(testDb.db, instructor, first.documentId))?.modules.created).toBe(1);
      expect(await testDb.db.module.findMany({ where: { documentId: { in: [first.documentId, second.documentId] } }, select: { courseId: true }, orderBy: { courseId: "asc" } })).toEqual([
        { courseId: "crs_1" },
        { courseId: "crs_2" },
      ]);
    });

    test("a file pending in the course stays one upload: its uploader's again, refused to another instructor, whose upload list it never joins", async () => {
      const bytes = encode(ESSAY.replace("坚持", "践悟"));
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "待发布.md", bytes });
      expect((await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "待发布.md", bytes })).documentId).toBe(documentId);
      const other = uploadDocument(testDb.db, otherInstructor, { courseId: "crs_1", fileName: "待发布.md", bytes });
      await expect(other).rejects.toMatchObject({ userMessage: expect.stringContaining("已由其他教员上传到本课程") });
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ status: "UPLOADED", uploadedById: instructor.id });
      expect((await listPendingUploads(testDb.db, otherInstructor)).map((upload) => upload.id)).not.toContain(documentId);
      // An administrator, who sees every upload, takes it up again; it stays its uploader's.
      const administrator = await createUser(testDb.db, "ADMIN");
      expect((await uploadDocument(testDb.db, administrator, { courseId: "crs_1", fileName: "待发布.md", bytes })).documentId).toBe(documentId);
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ status: "UPLOADED", uploadedById: instructor.id });
      expect(await getUploadPreview(testDb.db, instructor, documentId)).not.toBeNull();
      expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
    });
  });

  describe("parsed once, at upload", () => {
    /** Replaces the upload's kept bytes by another document's: what is parsed from them now differs. */
    async function replaceBytes(documentId: string, text: string) {
      await testDb.db.sourceDocumentPart.deleteMany({ where: { documentId } });
      await testDb.db.sourceDocumentPart.create({ data: { documentId, index: 0, bytes: encode(text) } });
    }

    test("the preview and the publish read the build stored at upload, not the file", async () => {
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "一次.md", bytes: encode(ESSAY.replace("坚持", "牢记")) });
      const document = await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { build: true, buildVersion: true } });
      expect(document.build?.byteLength).toBeGreaterThan(0);
      expect(document.buildVersion).toBe(GENERATOR_VERSION);
      await replaceBytes(documentId, ESSAY.replace("坚持群众路线\n", "另一篇文章\n"));
      expect((await getUploadPreview(testDb.db, instructor, documentId))?.modules.map((module) => module.title)).toEqual(["牢记群众路线"]);
      await publishUpload(testDb.db, instructor, documentId);
      expect((await testDb.db.module.findFirstOrThrow({ where: { documentId } })).title).toBe("牢记群众路线");
      // Published: neither the bytes nor the build are kept.
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { build: true, buildVersion: true } })).toEqual({ build: null, buildVersion: null });
    });

    test("an annotated edition's stored build is read back with its notes: the preview counts them and does not parse the file again", async () => {
      const annotated = [
        "反对党八股",
        "",
        "我们反对主观主义，那就算对于主观主义最后地“将一军”[1]。党八股的危害在全党都存在[2]，必须加以反对。",
        "",
        "注释",
        "",
        "[1] “将一军”是中国象棋中的术语，凡是一方走了一着棋使对方的将军有立即被捉的危险时，就叫做向对方将军。",
        "",
        "[2] 党八股是指党内某些人在写文章、发表演说时不看对象、空话连篇、言之无物的文风，是主观主义的一种表现。",
      ].join("\n");
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "党八股.txt", bytes: encode(annotated) });
      await replaceBytes(documentId, ESSAY.replace("坚持群众路线\n", "另一篇文章\n"));
      const preview = await getUploadPreview(testDb.db, instructor, documentId);
      expect(preview?.modules.map((module) => module.title)).toEqual(["反对党八股"]);
      expect(preview?.notes).toBe(2);
      expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
    });

    test("a document without notes previews none", async () => {
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "无注释.md", bytes: encode(ESSAY.replace("坚持", "践行")) });
      expect((await getUploadPreview(testDb.db, instructor, documentId))?.notes).toBe(0);
      expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
    });

    test("a build made by another version of the pipeline (an upload kept across an update) is parsed again from the file and stored", async () => {
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "旧版.md", bytes: encode(ESSAY.replace("坚持", "弘扬")) });
      await testDb.db.sourceDocument.update({ where: { id: documentId }, data: { buildVersion: "generator-older" } });
      await replaceBytes(documentId, ESSAY.replace("坚持群众路线\n", "重新解析的文章\n"));
      expect((await getUploadPreview(testDb.db, instructor, documentId))?.modules.map((module) => module.title)).toEqual(["重新解析的文章"]);
      expect((await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } })).buildVersion).toBe(GENERATOR_VERSION);
      // An upload stored before builds were kept has none: the same.
      await testDb.db.sourceDocument.update({ where: { id: documentId }, data: { build: null, buildVersion: null } });
      expect((await getUploadPreview(testDb.db, instructor, documentId))?.modules.map((module) => module.title)).toEqual(["重新解析的文章"]);
      expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { build: true } })).toEqual({ build: null });
    });

    /** The stored build of another upload: a well-formed BuiltCourse, but not this document's. */
    async function foreignBuild(): Promise<Uint8Array> {
      const other = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "别人的.md", bytes: encode(ESSAY.replace("坚持", "学习")) });
      const { build } = await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: other.documentId }, select: { build: true } });
      await discardUpload(testDb.db, instructor, other.documentId);
      return build!;
    }

    /** The stored build with one knowledge point of a kind the pipeline does not make. */
    async function reshapedBuild(documentId: string): Promise<Uint8Array> {
      const { build } = await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { build: true } });
      const built = JSON.parse(zlib.gunzipSync(build!).toString("utf8")) as BuiltCourse;
      built.modules[0]!.knowledgePoints[0]!.kind = "rumour" as never;
      return zlib.gzipSync(JSON.stringify(built));
    }

    test.each([
      ["one byte of it changed", "甲", (documentId: string) => testDb.db.$executeRaw`
        UPDATE "SourceDocument" SET "build" = set_byte("build", 40, (get_byte("build", 40) + 1) % 256) WHERE "id" = ${documentId}`],
      ["bytes that are not gzip", "乙", (documentId: string) => testDb.db.$executeRaw`UPDATE "SourceDocument" SET "build" = decode('00ff00ff', 'hex') WHERE "id" = ${documentId}`],
      ["JSON that is not a built course", "丙", (documentId: string) => testDb.db.$executeRaw`
        UPDATE "SourceDocument" SET "build" = ${new Uint8Array(zlib.gzipSync(JSON.stringify({ modules: "none" })))} WHERE "id" = ${documentId}`],
      ["a built course of a shape the pipeline does not make", "丁", async (documentId: string) => testDb.db.$executeRaw`
        UPDATE "SourceDocument" SET "build" = ${new Uint8Array(await reshapedBuild(documentId))} WHERE "id" = ${documentId}`],
      ["another upload's build", "戊", async (documentId: string) => testDb.db.$executeRaw`
        UPDATE "SourceDocument" SET "build" = ${await foreignBuild()} WHERE "id" = ${documentId}`],
    ])("a stored build with %s never reaches the publish: the file is parsed again from its bytes", async (_case, mark, corrupt) => {
      const title = `${mark}号文章`;
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: `损坏${mark}.md`, bytes: encode(ESSAY.replace("坚持", `${mark}坚持`)) });
      await replaceBytes(documentId, ESSAY.replace("坚持群众路线\n", `${title}\n`));
      await corrupt(documentId);
      const counts = await publishUpload(testDb.db, instructor, documentId);
      expect(counts?.modules.created).toBe(1);
      expect((await testDb.db.module.findFirstOrThrow({ where: { documentId } })).title).toBe(title);
      expect(await testDb.db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
    });

    test("a build that failed the check is replaced by the one parsed again, which the next reader uses", async () => {
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "替换.md", bytes: encode(ESSAY.replace("坚持", "铭记")) });
      await replaceBytes(documentId, ESSAY.replace("坚持群众路线\n", "第二次解析\n"));
      await testDb.db.$executeRaw`UPDATE "SourceDocument" SET "build" = decode('00ff00ff', 'hex') WHERE "id" = ${documentId}`;
      expect((await getUploadPreview(testDb.db, instructor, documentId))?.modules.map((module) => module.title)).toEqual(["第二次解析"]);
      // Stored again: the preview after another change of the bytes still shows what was parsed then.
      await replaceBytes(documentId, ESSAY.replace("坚持群众路线\n", "第三次解析\n"));
      expect((await getUploadPreview(testDb.db, instructor, documentId))?.modules.map((module) => module.title)).toEqual(["第二次解析"]);
      expect(await discardUpload(testDb.db, instructor, documentId)).toBe(true);
    });
  });

  describe("the file's bytes, kept in parts", () => {
    const bigText = () => {
      const source = fs.readFileSync("content/sources/004_3f17b374d5719947.txt", "utf8");
      return encode(Array.from({ length: 8 }, (_, index) => `第${index + 1}章 学习材料\n${source}`).join("\n"));
    };

    test("a file of several parts is kept part by part and read back byte for byte; parts of an older size are trimmed", async () => {
      const bytes = bigText();
      const expectedParts = Math.ceil(bytes.byteLength / UPLOAD_PART_BYTES);
      expect(expectedParts).toBeGreaterThan(1);
      const first = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "长文.txt", bytes });
      expect(await testDb.db.sourceDocumentPart.count({ where: { documentId: first.documentId } })).toBe(expectedParts);
      expect(Buffer.from((await readUploadBytes(testDb.db, first.documentId))!).equals(Buffer.from(bytes))).toBe(true);
      // A part left by an older part size: the same file uploaded again replaces and trims the parts.
      await testDb.db.sourceDocumentPart.create({ data: { documentId: first.documentId, index: expectedParts + 3, bytes: encode("旧的") } });
      await testDb.db.sourceDocumentPart.update({ where: { documentId_index: { documentId: first.documentId, index: 0 } }, data: { bytes: encode("旧的") } });
      const again = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "长文.txt", bytes });
      expect(again.documentId).toBe(first.documentId);
      expect(await testDb.db.sourceDocumentPart.count({ where: { documentId: first.documentId } })).toBe(expectedParts);
      expect(Buffer.from((await readUploadBytes(testDb.db, first.documentId))!).equals(Buffer.from(bytes))).toBe(true);
      expect(await discardUpload(testDb.db, instructor, first.documentId)).toBe(true);
    });

    test("an upload whose document row cannot be written leaves no part, no document and no audit entry", async () => {
      // A real database fault: the insert of the document row fails after its parts were written.
      await testDb.db.$executeRawUnsafe(`CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
      await testDb.db.$executeRawUnsafe(`CREATE TRIGGER refuse_document BEFORE INSERT ON "SourceDocument" FOR EACH ROW EXECUTE FUNCTION refuse_document()`);
      try {
        const before = await writes();
        await expect(uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "失败.txt", bytes: bigText() })).rejects.toThrow(/refused/);
        expect(await writes()).toEqual(before);
      } finally {
        await testDb.db.$executeRawUnsafe(`DROP TRIGGER refuse_document ON "SourceDocument"`);
        await testDb.db.$executeRawUnsafe(`DROP FUNCTION refuse_document()`);
      }
    });

    test("parts an hour old that no pending upload needs are purged; a pending upload's parts stay", async () => {
      const { documentId } = await uploadDocument(testDb.db, instructor, { courseId: "crs_1", fileName: "待审.md", bytes: encode(ESSAY.replace("坚持", "贯彻")) });
      // Written by SQL, read by Prisma: the same instant whatever the session's time zone.
      const [part] = await testDb.db.sourceDocumentPart.findMany({ where: { documentId } });
      expect(Math.abs(part!.createdAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
      await testDb.db.sourceDocumentPart.create({ data: { documentId: "document_cut_short", index: 0, bytes: encode("残留") } });
      const inTwoHours = new Date(Date.now() + 2 * 3600_000);
      expect(await purgeOrphanUploadParts(testDb.db, new Date())).toBe(0);
      expect(await purgeOrphanUploadParts(testDb.db, inTwoHours)).toBe(1);
      expect(await testDb.db.sourceDocumentPart.count({ where: { documentId: "document_cut_short" } })).toBe(0);
      expect(await testDb.db.sourceDocumentPart.count({ where: { documentId } })).toBe(1);
    });
  });
});
