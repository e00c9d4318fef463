import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { buildOutline } from "@/lib/content/structure/build-outline";
import { modulePassages } from "@/lib/content/structure/outline";
import { inspectDocument } from "@/lib/content/inspect-document";

const WORDS = ["党群关系", "人民群众", "密切联系", "执政能力", "基层组织", "工作作风", "社会主义", "改革开放", "民主监督", "思想教育", "利益", "发展", "我们", "必须", "坚持", "加强", "重视", "群众路线"];
const word = fc.constantFrom(...WORDS);
/** A plain Chinese sentence: words joined, maybe a comma, a full stop at the end. */
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 8 }), fc.array(word, { minLength: 0, maxLength: 6 }))
  .map(([head, tail]) => `${head.join("")}${tail.length ? `，${tail.join("")}` : ""}。`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(""));

function pipelineSentences(text: string): string[] {
  const cleaned = cleanText(text);
  const outline = buildOutline(cleaned.lines, "测试");
  return outline.modules.flatMap(modulePassages).flatMap((passage) => passage.text.match(/[^。]+。/g) ?? []);
}

describe("the pipeline on generated input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const cleaned = cleanText(text);
        buildOutline(cleaned.lines, "测试");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary strings built from the characters documents use", () => {
    const char = fc.constantFrom(..."党群关系一二三、（）()1.。，：；“”\"[]^①…\n \t第篇章节摘要关键词参考文献www.com来源作者?quot;&".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 300 }).map((chars) => chars.join("")), (text) => {
        const cleaned = cleanText(text);
        buildOutline(cleaned.lines, "测试");
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every sentence of a document of plain paragraphs, in order", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\n\n", "\r\n"), (paragraphs, separator) => {
        const text = paragraphs.join(separator);
        const expected = paragraphs.flatMap((p) => p.match(/[^。]+。/g) ?? []);
        expect(pipelineSentences(text)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every sentence when paragraphs are hard-wrapped like a PDF column", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 4, maxLength: 8 }), fc.integer({ min: 18, max: 30 }), (paragraphs, width) => {
        const lines = paragraphs.flatMap((p) => p.match(new RegExp(`.{1,${width}}`, "gu"))!);
        // A column is recognised by its full-width lines (lib/content/cleaning/line-width-bands.ts):
        // at least six, and at least 12% of the lines. Short paragraphs that barely wrap are not a
        // PDF column; a full-width line without punctuation there reads as a title, as in scraped text.
        fc.pre(lines.filter((line) => line.length === width).length >= Math.max(6, lines.length * 0.12));
        const wrapped = lines.join("\n");
        const expected = paragraphs.flatMap((p) => p.match(/[^。]+。/g) ?? []);
        expect(pipelineSentences(wrapped).join("")).toBe(expected.join(""));
      }),
      { numRuns: 100 },
    );
  });

  it("never lets inspectDocument throw anything but a ContentError on arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        await inspectDocument("any.txt", bytes).catch((error: unknown) => {
          expect((error as Error).name).toBe("ContentError");
        });
      }),
      { numRuns: 100 },
    );
  });
});
