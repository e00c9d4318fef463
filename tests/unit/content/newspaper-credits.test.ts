import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

// Newspaper commentaries and expert interviews as a paper's site prints them: a credit line under the
// title (who wrote it, the paper, the day and page) and a closing note on who the author is. Both are
// metadata, never a section title or a passage.
const utf8 = (text: string) => new TextEncoder().encode(text);
const inspect = (text: string, fileName = "评论.txt") => inspectDocument(fileName, utf8(text));

const BODY = [
  "扶正必须祛邪，激浊方能扬清。条例明确提出了如何依规处理诬告陷害行为，为澄清正名工作提供了制度依据。",
  "",
  "针对党员干部的诬告陷害行为，不仅会空耗监督执纪的工作精力，也会挫伤党员干部的干事热情。",
];

describe("a newspaper's credit line under the title", () => {
  it("is the author, the paper and the date, not a section title", async () => {
    const document = await inspect(["还清白者清白 为担当者担当（专家解读）", "陈  卓《人民日报》（2025年01月07日第 07 版）", "", ...BODY].join("\n"));
    expect(sectionTitles(document).some((title) => title.includes("人民日报"))).toBe(false);
    expect(passageTexts(document).some((text) => text.includes("人民日报"))).toBe(false);
    expect(document.metadata).toMatchObject({ author: "陈卓", source: "人民日报", date: "2025年01月07日" });
  });

  it("names a commentator's byline (本报评论员) or the paper alone", async () => {
    const byline = await inspect(["一步不停歇 半步不退让", "", "本报评论员《人民日报》（2025年01月09日第 01 版）", "", ...BODY].join("\n"));
    expect(sectionTitles(byline).some((title) => title.includes("本报评论员"))).toBe(false);
    expect(byline.metadata).toMatchObject({ author: "本报评论员", source: "人民日报" });
    const paper = await inspect(["一步不停歇 半步不退让", "", "《人民日报》（2026年1月5日）", "", ...BODY].join("\n"));
    expect(passageTexts(paper).some((text) => text.includes("人民日报"))).toBe(false);
    expect(sectionTitles(paper).some((title) => title.includes("人民日报"))).toBe(false);
  });

  it("is metadata when a printed page wrapped it over two lines (…第 04 / 版）)", async () => {
    const document = await inspect(["保持严的基调 不断加固中央八项规定堤坝", "本报记者 吴储岐《人民日报》（2025年01月03日第 04", "版）", ...BODY].join("\n"));
    expect(sectionTitles(document).some((title) => /人民日报|版）/.test(title))).toBe(false);
    expect(passageTexts(document).some((text) => /人民日报|版）/.test(text))).toBe(false);
    expect(document.metadata).toMatchObject({ author: "本报记者吴储岐", source: "人民日报", date: "2025年01月03日" });
  });

  it("keeps a heading that names a paper without a credit (学习《人民日报》社论的体会)", async () => {
    const document = await inspect(["学习体会", "", "学习《人民日报》社论的体会", "", ...BODY, "", "一、新时代实施乡村振兴战略的重大意义", "", ...BODY].join("\n"));
    expect(sectionTitles(document)).toContain("学习《人民日报》社论的体会");
  });

  it("keeps a sentence that cites a paper", async () => {
    const document = await inspect(["学习体会", "", "《人民日报》（2025年01月09日）刊发评论员文章，强调反腐败斗争一步不停歇。", "", ...BODY].join("\n"));
    expect(passageTexts(document)[0]).toContain("刊发评论员文章");
  });
});

describe("a closing note on who the author is", () => {
  it("（作者为…，本报记者…采访整理） is metadata, not a passage ending mid-sentence", async () => {
    const document = await inspect(["还清白者清白 为担当者担当", "", ...BODY, "", "（作者为重庆市委党校重庆市中国化马克思主义研究中心研究员、副编审，本报记者王欣悦采访整理）"].join("\n"));
    expect(passageTexts(document).some((text) => text.includes("作者为"))).toBe(false);
    expect(document.invariants).toEqual([]);
  });
});
