import { describe, expect, it } from "vitest";
import { inspectDocument, type InspectedDocument } from "@/lib/content";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { dropDocumentMetadata, findSubtitle } from "@/lib/content/cleaning/drop-document-metadata";
import { documentMetadataLine, parseDocumentMetadata } from "@/lib/content/document-metadata";
import { markdownToText } from "@/lib/content/ingest/markdown-to-text";
import { corpusDocuments, inspectCorpusDocument } from "../../support/corpus";

// A title followed by a dash-led subtitle ("——巡视工作如何做深做细做实的思考", "——在…上的讲话"),
// as party news, speeches and CCDI articles print them. The subtitle belongs to the title; a dash
// line inside prose (an attribution under a quote) is prose.
const PARAGRAPH = "巡视工作，作为推进全面从严治党的重要支撑，是党风廉政建设和反腐败斗争的一把利剑。";
const SECOND = "应当看到，把握运用监督执纪“四种形态”，既是重大战略部署，也是巡视工作的重要任务。";

function passages(document: InspectedDocument): string[] {
  const walk = (sections: InspectedDocument["modules"][number]["sections"]): string[] => sections.flatMap((section) => [...section.passages.map((passage) => passage.text), ...walk(section.sections)]);
  return document.modules.flatMap((module) => walk(module.sections));
}

function inspectText(text: string, name = "article.txt"): Promise<InspectedDocument> {
  return inspectDocument(name, new TextEncoder().encode(text));
}

describe("findSubtitle / dropDocumentMetadata", () => {
  it("takes a dash-led line right under the title for the subtitle and drops it from the text", () => {
    const lines = ["以纪律为尺 凸显利剑作用", "", "——巡视工作如何做深做细做实的思考", "", PARAGRAPH];
    expect(findSubtitle(lines)).toEqual({ index: 2, titleIndex: 0, subtitle: "巡视工作如何做深做细做实的思考" });
    expect(dropDocumentMetadata.apply(lines).lines.filter(Boolean)).toEqual(["以纪律为尺 凸显利剑作用", PARAGRAPH]);
  });

  it("reads a speech's occasion, a profile's subject and a title asking a question", () => {
    expect(findSubtitle(["坚定不移推进全面从严治党", "——在全市党建工作会议上的讲话", "同志们：", PARAGRAPH])?.subtitle).toBe("在全市党建工作会议上的讲话");
    expect(findSubtitle(["扎根基层的“老黄牛”", "—记某某同志的先进事迹", PARAGRAPH])?.subtitle).toBe("记某某同志的先进事迹");
    expect(findSubtitle(["大数据给职务犯罪调查带来哪些变化？", "——访中国人民公安大学陈刚教授", PARAGRAPH])?.titleIndex).toBe(0);
  });

  it("leaves a dash line under a sentence or a quotation alone: an attribution under a quote is prose", () => {
    const lines = ["“江山就是人民，人民就是江山。”", "——习近平总书记在庆祝中国共产党成立100周年大会上", PARAGRAPH];
    expect(findSubtitle(lines)).toBeNull();
    expect(dropDocumentMetadata.apply(lines).lines).toEqual(lines);
    expect(findSubtitle(["“不忘初心、牢记使命”", "——摘自党的十九大报告", PARAGRAPH])).toBeNull();
  });

  it("leaves a dash line in the body alone, and a speech's dateline to the date rule", () => {
    const body = ["以纪律为尺 凸显利剑作用", ...Array.from({ length: 14 }, () => PARAGRAPH), "加强监督检查", "——巡视工作如何做深做细做实的思考", SECOND];
    expect(findSubtitle(body)).toBeNull();
    expect(dropDocumentMetadata.apply(body).lines).toContain("——巡视工作如何做深做细做实的思考");
    expect(findSubtitle(["政府工作报告", "——2026年1月10日在市第十六届人民代表大会第五次会议上", PARAGRAPH])).toBeNull();
  });

  it("does not take an outline item or a short name for a title and a subtitle", () => {
    expect(findSubtitle(["一、加强政治监督", "——聚焦“两个维护”", PARAGRAPH])).toBeNull();
    expect(findSubtitle(["不忘初心方得始终", "——毛泽东", PARAGRAPH])).toBeNull();
  });

  it("keeps the subtitle as document metadata, read back from storage and shown in the reading line", () => {
    const cleaned = cleanText(["以纪律为尺 凸显利剑作用", "——巡视工作如何做深做细做实的思考", PARAGRAPH].join("\n"));
    expect(cleaned.metadata.subtitle).toBe("巡视工作如何做深做细做实的思考");
    expect(cleaned.titleLine).toBe("以纪律为尺 凸显利剑作用");
    const stored = parseDocumentMetadata({ subtitle: "在全市党建工作会议上的讲话", date: "2026年3月1日" });
    expect(documentMetadataLine(stored)).toBe("——在全市党建工作会议上的讲话 · 2026年3月1日");
  });
});

describe("a title over two Markdown lines joined by a hard break", () => {
  it("gives two title lines without their bold marks", () => {
    const text = markdownToText(["**以纪律为尺 凸显利剑作用  ", "——巡视工作如何做深做细做实的思考**", "", `　　${PARAGRAPH}`].join("\n"));
    expect(text.split("\n").filter(Boolean).map((line) => line.trim())).toEqual(["以纪律为尺 凸显利剑作用", "——巡视工作如何做深做细做实的思考", PARAGRAPH]);
  });
});

describe("documents with a subtitle under their title", () => {
  it("title the document by the title line; no passage holds the subtitle or ends mid-sentence with it", async () => {
    for (const text of [
      ["以纪律为尺 凸显利剑作用", "", "——巡视工作如何做深做细做实的思考", "", PARAGRAPH, "", SECOND].join("\n"),
      // The subtitle over a short section title: it used to be glued to it ("——…的结合基本案情").
      ["情与理不能改变法", "——从田某违纪案看案件处理中法、理、情的结合", "基本案情", PARAGRAPH, "点评", SECOND].join("\n"),
      // A title asking a question is still the title.
      ["大数据给职务犯罪调查带来哪些变化？", "——访中国人民公安大学陈刚教授", PARAGRAPH, SECOND].join("\n"),
    ]) {
      const document = await inspectText(text);
      expect(document.title).not.toMatch(/——|[？?]$/);
      expect(document.metadata.subtitle).toMatch(/^[^—]/);
      expect(passages(document).filter((passage) => passage.includes("——"))).toEqual([]);
      expect(passages(document)).toContain(PARAGRAPH);
      expect(document.invariants).toEqual([]);
    }
  });

  it("keeps a dash line in prose as prose", async () => {
    const document = await inspectText(["学习体会", "", PARAGRAPH, "", "“江山就是人民，人民就是江山。”", "——习近平", "", SECOND].join("\n"));
    expect(document.metadata.subtitle).toBeUndefined();
    expect(passages(document).join("")).toContain("——习近平");
  });

  const corpus = corpusDocuments().filter((document) => ["xunshi-jilv-weichi.md", "dashuju-zhiwu-fanzui-fangtan.md", "qingli-buneng-gaibian-fa.docx"].includes(document));
  it.each(corpus)("%s (a real article, title and subtitle) keeps its subtitle as metadata and breaks no invariant", async (name) => {
    expect(corpus).toHaveLength(3);
    const document = await inspectCorpusDocument(name);
    expect(document.metadata.subtitle).toBeTruthy();
    expect(document.title).not.toContain("——");
    expect(passages(document).some((passage) => passage.startsWith("——") || passage.includes(document.metadata.subtitle!))).toBe(false);
    expect(document.midSentenceShare).toBe(0);
    expect(document.invariants).toEqual([]);
  });
});

describe("a closing credit naming a unit", () => {
  it("leaves the last paragraph and becomes the author, alone or before a name", () => {
    for (const [credit, author] of [
      ["（中央纪委案件审理室）", "中央纪委案件审理室"],
      ["（中央纪委国家监委网站 曹静静）", "中央纪委国家监委网站 曹静静"],
    ] as const) {
      const cleaned = cleanText(["情与理不能改变法", PARAGRAPH, `${SECOND}${credit}`].join("\n"));
      expect(cleaned.lines.at(-1)).toBe(SECOND);
      expect(cleaned.metadata.author).toBe(author);
    }
  });
  it("keeps an editorial mark or a bracket that names no unit", () => {
    for (const tail of ["（全文完）", "（有删节）", "（第二十条）"]) expect(cleanText([PARAGRAPH, `${SECOND}${tail}`].join("\n")).lines.at(-1)).toBe(`${SECOND}${tail}`);
  });
});
