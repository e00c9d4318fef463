import { beforeAll, describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { normalizeForIdentity } from "@/lib/content/stable-id";
import type { BuiltCourse } from "@/lib/content/types";
import { allPassages, allSections, readManifest, readSource, sourceDocuments } from "./build-helpers";

let course: BuiltCourse;

beforeAll(async () => {
  const manifest = readManifest();
  // Build time is measured by `npm run bench:content`, not asserted here: a busy machine would fail it.
  course = await buildCourse(manifest, sourceDocuments(manifest));
}, 30_000);

describe("the five seed sources", () => {
  it("keep no site boilerplate, bookmarks, encoding debris or footnote markers", () => {
    for (const { passage } of allPassages(course)) {
      expect(passage.text).not.toMatch(/www\.zciku|来源：|作者：|更新时间|\[bookmark|\?quot;|&quot;|\ufffd|\[\d+\]|\^[①-⑳\d]|欢迎阅读/);
    }
  });

  it("keep no table-of-contents lines, CIP data or reference entries", () => {
    const texts = [...allPassages(course).map(({ passage }) => passage.text), ...course.modules.flatMap((module) => allSections(module.sections).map((section) => section.title))];
    for (const text of texts) {
      expect(text).not.toMatch(/(\.{3,}|…{2,}|\t)\s*\d+$|ISBN|CIP|人民出版社.{0,6}\d{4}年|^目\s*录$/);
    }
  });

  it("keep every paragraph once, though two essays are printed twice", () => {
    const keys = allPassages(course).map(({ passage }) => normalizeForIdentity(passage.text));
    expect(new Set(keys).size).toBe(keys.length);
    const repeatedEssay = course.modules.filter((module) => module.title.startsWith("浅谈新时期党群关系问题及对策思考"));
    const titles = repeatedEssay.flatMap((module) => allSections(module.sections).map((section) => section.title));
    expect(titles.filter((title) => title === "思想认识的隔阂疏远了党群关系")).toHaveLength(1);
    expect(course.reports.find((report) => report.path.includes("002"))?.duplicateModules).toBe(1);
  });

  it("give every module a title of its own, numbering the essays whose titles repeat", () => {
    const titles = course.modules.map((module) => module.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((title) => title.startsWith("保持党同人民群众的血肉联系的意义所在"))).toEqual([
      "保持党同人民群众的血肉联系的意义所在",
      "保持党同人民群众的血肉联系的意义所在（二）",
      "保持党同人民群众的血肉联系的意义所在（三）",
    ]);
  });

  it("cut no passage in the middle of a sentence where the source goes on", () => {
    // A passage may end open only where the source itself stops: a lead-in ending in "：", or a
    // sentence the source leaves unfinished at the end of its line, before a title or the end of the file.
    const raw = new Map(readManifest().documents.map((document) => [document.path, new TextDecoder().decode(readSource(document.path)).replace(/[ \t\u3000]+/g, "")]));
    for (const { passage, module } of allPassages(course)) {
      if (passage.kind === "keywords" || /[。！？…”）)：]$/.test(passage.text)) continue;
      const source = raw.get(module.source)!;
      const tail = passage.text.slice(-12);
      const after = source
        .slice(source.indexOf(tail) + tail.length)
        .split("\n")
        .filter((line) => line && !line.startsWith("^"))
        .join("\n");
      expect(source.includes(`${tail}\n`), tail).toBe(true);
      expect(after === "" || /^[^\n，。]{1,40}(\n|$)/.test(after), tail).toBe(true);
    }
  });

  it("turn each essay, paper and chapter into a module with a title", () => {
    expect(course.modules.length).toBeGreaterThanOrEqual(10);
    for (const module of course.modules) expect(module.title).not.toMatch(/^第[一二三四五六七八九十]+[篇章]|\.txt$|^\d+_/);
  });

  it("find the 四风 enumeration with its four items", () => {
    const points = course.modules.flatMap((module) => module.knowledgePoints);
    const fourWinds = points.find((point) => point.kind === "enumeration" && point.text === "四风");
    expect(fourWinds?.items).toEqual(["形式主义", "官僚主义", "享乐主义", "奢靡之风"]);
  });

  it("find at least ten quotations with their speakers, each span slicing its passage exactly", () => {
    const passages = new Map(allPassages(course).map(({ passage }) => [passage.id, passage]));
    const quotes = course.modules.flatMap((module) => module.knowledgePoints).filter((point) => point.kind === "quote");
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    expect(quotes.map((quote) => quote.speaker)).toEqual(expect.arrayContaining(["习近平", "江泽民", "胡锦涛", "毛泽东"]));
    for (const point of course.modules.flatMap((module) => module.knowledgePoints)) {
      if (!point.span) continue;
      const text = passages.get(point.span.passage)!.text.slice(point.span.start, point.span.end);
      expect([point.text, point.answer]).toContain(text);
    }
  });

  it("report what cleaning removed per document", () => {
    const byPath = Object.fromEntries(course.reports.map((report) => [report.path.slice(8, 11), report.cleaning]));
    expect(byPath["000"]!.footnoteMarkers).toBeGreaterThan(0);
    expect(byPath["002"]!.siteBoilerplate).toBeGreaterThan(0);
    expect(byPath["002"]!.teaserLines).toBe(1);
    expect(byPath["003"]!.frontMatter).toBeGreaterThan(0);
    expect(byPath["003"]!.tableOfContents).toBeGreaterThan(0);
    expect(byPath["004"]!.encodingDebris).toBeGreaterThan(0);
  });
});
