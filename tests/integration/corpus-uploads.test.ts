import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { ingestDocument } from "@/lib/content";
import { normalizeSentence } from "@/lib/content/quality/document-invariants";
import { getUploadPreview } from "@/lib/server/uploads/get-upload-preview";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { getModuleForReading } from "@/lib/server/study/get-module-for-reading";
import { listCoursesWithProgress } from "@/lib/server/study/list-courses-with-progress";
import { CORPUS_DIR, corpusDocuments } from "../support/corpus";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

/** The media type a browser gives a file of this extension, as the upload form sends it. */
const MEDIA_TYPES: Record<string, string> = {
  ".md": "text/markdown",
  ".txt": "text/plain",
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * Every document costs three parses in a parse worker (upload, preview, publish: about a CPU second
 * each, mostly the worker loading the pipeline), so the whole corpus runs on PGlite, which every
 * run has, and PostgreSQL, where the parsing is the same, takes one document of each format and
 * encoding to prove the flow on a server.
 */
const ON_POSTGRES = ["dangzhang.md", "zuzhi-chuli-guiding-gbk.txt", "hebei-2026-gongzuo-baogao-utf16.txt", "dangjian-zhishiku.docx", "nongcun-ganbu-lianjie.pdf"];
/**
 * Layout fixtures whose text is no course content: a layui timeline page whose entries are the framework's own sample
 * text (kept for its layout, issue 15). It uploads and reads like the rest and yields no question; any other document
 * must yield questions.
 */
const NO_COURSE_CONTENT = new Set(["layui-shijianxian-utf16.txt"]);
const documents = testDatabaseKind() === "postgres" ? ON_POSTGRES : corpusDocuments();
// On PGlite two documents at a time, as the two parse workers allow: half the time on two cores.
const eachDocument = testDatabaseKind() === "postgres" ? test.each(documents) : test.concurrent.each(documents);

/**
 * Every corpus document (tests/fixtures/corpus, holdout/ included), uploaded as an instructor does
 * through /bank/upload (the route's uploadDocument, the preview page's getUploadPreview, the
 * publish action's publishUpload; each parses in the parse worker), then read by a learner
 * through the study page's use-cases. Invariants a learner would notice, not snapshots.
 */
describe("every corpus document uploaded becomes a course a learner can read", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let learner: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    learner = await createUser(testDb.db, "LEARNER");
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("the documents cover every supported type, and PostgreSQL's are in the corpus", () => {
    const extensions = new Set(documents.map((document) => path.extname(document)));
    expect([...extensions].sort()).toEqual(Object.keys(MEDIA_TYPES).sort());
    expect(corpusDocuments()).toEqual(expect.arrayContaining(ON_POSTGRES));
  });

  eachDocument("%s", async (document) => {
    const { db } = testDb;
    const bytes = readFileSync(path.join(CORPUS_DIR, document));
    // What the route reads from the multipart form: the file's name and bytes (its type is not trusted).
    const file = new File([bytes], path.basename(document), { type: MEDIA_TYPES[path.extname(document)] });
    // A course of its own, so that a module title another document shares is not numbered.
    const courseId = `crs_${document.replace(/[^\w]/g, "_")}`;
    await db.course.create({ data: { id: courseId, slug: courseId, title: `语料：${document}` } });

    const { documentId } = await uploadDocument(db, instructor, { courseId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    const stored = await db.sourceDocument.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } });
    const preview = await getUploadPreview(db, instructor, documentId);
    expect(preview?.document.title).toBe(stored.title);
    expect(preview!.modules.length).toBeGreaterThan(0);

    const counts = await publishUpload(db, instructor, documentId);
    expect(counts?.modules.created).toBe(preview!.modules.length);

    // The document's printed title: text the document prints (as decoded or extracted), not its file name.
    const { sourceText } = await ingestDocument(file.name, new Uint8Array(bytes));
    const title = stored.title.trim();
    expect(title).not.toBe(file.name.replace(/\.[^.]+$/, ""));
    expect(title).toMatch(/\p{Script=Han}/u);
    expect(normalizeSentence(sourceText)).toContain(normalizeSentence(title));

    // The learner finds the course on the study page and reads each of its modules.
    const course = (await listCoursesWithProgress(db, learner)).find((listed) => listed.id === courseId);
    expect(course?.modules.map((listed) => listed.title)).toEqual(preview!.modules.map((module) => module.title));
    for (const listed of course!.modules) {
      const reading = await getModuleForReading(db, learner, listed.id);
      expect(reading?.document?.title).toBe(title);
      if (course!.modules.length === 1) expect(reading!.title).toBe(title);
      expect(reading!.title.trim()).not.toBe("");
      expect(reading!.sections.some((section) => section.passages.length > 0)).toBe(true);
      reading!.sections.forEach((section, at) => {
        for (const passage of section.passages) expect(passage.text.trim(), `a passage of ${section.title}`).not.toBe("");
        // A section without passages of its own is a part over the sections that follow it.
        if (section.passages.length === 0) expect(reading!.sections[at + 1]?.depth ?? -1, `section ${section.title}`).toBeGreaterThan(section.depth);
      });
    }

    // Its questions wait for an instructor.
    const statuses = await db.question.groupBy({ by: ["status"], where: { module: { documentId } }, _count: true });
    if (NO_COURSE_CONTENT.has(document)) {
      expect(statuses).toEqual([]);
      expect(counts!.questions.created).toBe(0);
      return;
    }
    expect(statuses.map((row) => row.status)).toEqual(["DRAFT"]);
    expect(statuses[0]!._count).toBe(counts!.questions.created);
  });
});
