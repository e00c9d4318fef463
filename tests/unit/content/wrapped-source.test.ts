// A page's info bar copied one field to a line: the source's key with nothing after it, its value on the next line
// ("来源:" over "四川日报"). The value is metadata, no title of a module (stop 35). Synthetic lines.
import { describe, expect, it } from "vitest";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";

const TEXT = "现在，我代表省人民政府，向大会报告工作，请予审议。";

describe("a source named on the line under its empty key", () => {
  it("is dropped with the key", () => {
    const result = dropDocumentMetadata.apply(["某省政府工作报告", "来源:", "某某日报", TEXT]);
    expect(result.lines).toEqual(["某省政府工作报告", TEXT]);
  });

  it("keeps a line under the key that is no source's name", () => {
    const result = dropDocumentMetadata.apply(["某省政府工作报告", "来源:", "一、过去一年的工作", TEXT]);
    expect(result.lines).toContain("一、过去一年的工作");
  });
});

describe("a scraped report's head with its font-size switch", () => {
  it("loses no sentence when the switch and the source under its key are dropped", async () => {
    const { buildCourse } = await import("@/lib/content/build-course");
    const { checkDocumentInvariants } = await import("@/lib/content/quality/document-invariants");
    const text = ["某省人民政府工作报告", "2026年02月10日 07时41分", "来源:", "某某日报", "【字体：", "大", "中", "小", "】", "分享：", "各位代表：", TEXT, "过去一年，全省经济运行稳中有进，民生事业持续改善。"].join("\n");
    const course = await buildCourse({ title: "课程", description: "课程", documents: [{ path: "report.txt" }] }, [{ path: "report.txt", bytes: new TextEncoder().encode(text) }]);
    const quality = checkDocumentInvariants({ fileName: "report.txt", sourceText: text, course });
    expect(quality.lostSentences).toEqual([]);
    expect(course.modules.map((module) => module.title)).not.toContain("某某日报");
  });
});
