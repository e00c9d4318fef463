import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { buildCourse } from "@/lib/content";
import { inspectDocument } from "@/lib/content/inspect-document";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { checkDocumentInvariants } from "@/lib/content/quality/document-invariants";
import { passageTexts, sectionTitles } from "./inspected-text";

// News reports of schools and universities copied from their sites' pages into Notepad: the headline, the unit
// that published the report, the page's info bar of fields between bars (学校/单位 and 日期/发布时间/浏览次数),
// then the report. Small synthetic inputs of that layout.
const utf16Crlf = (lines: string[]) => new Uint8Array(iconv.encode(lines.join("\r\n") + "\r\n", "utf16le", { addBOM: true }));

const FIRST = "11月28日下午，某某市实验小学组织全体教职工召开学习贯彻党的二十大精神动员大会。";
const SECOND = "会上，党支部书记对学习贯彻工作进行了动员部署，要求全体党员带头学、深入学。";

describe("a school's news report with its unit and an info bar under the headline", () => {
  const lines = ["召开学习贯彻党的二十大精神动员会", "某某市实验小学", "学校: 某某市实验小学 | 日期: 2022年11月30日", FIRST, SECOND];

  it("drops the info bar and the unit above it: neither is a section title, the date is the document's", async () => {
    const document = await inspectDocument("dongyuanhui-utf16.txt", utf16Crlf(lines));
    const titles = sectionTitles(document);
    expect(titles.some((title) => /日期|实验小学$/.test(title))).toBe(false);
    expect(document.metadata.date).toBe("2022年11月30日");
    expect(passageTexts(document)).toEqual([FIRST, SECOND]);
  });

  it("reads an info bar whose first key is no metadata key when another key is (单位 ｜ 发布时间 ｜ 浏览次数)", () => {
    const bar = ["党委宣传部", "单位：党委宣传部｜发布时间：2023-05-06｜浏览次数：120"];
    expect(dropDocumentMetadata.apply(["学院召开专题党课", ...bar, FIRST]).lines.filter(Boolean)).toEqual(["学院召开专题党课", FIRST]);
  });

  it("keeps fields side by side that name no metadata key, and a unit's name that no info bar follows", () => {
    const glossed = ["目标：共同富裕 | 任务：乡村振兴", FIRST];
    expect(dropDocumentMetadata.apply(glossed).lines).toEqual(glossed);
    const unit = ["学习贯彻会议精神", "某某市实验小学", FIRST];
    expect(dropDocumentMetadata.apply(unit).lines).toEqual(unit);
  });
});

describe("an article's bare byline between its title and a dated info bar (stop 40)", () => {
  it("drops the author's name with the info bar: it is no section title, in a commentary as in a speech", () => {
    const page = ["社区治理的新思路", "李某某", "2017年08月22日09:55    来源：某某网-理论频道", FIRST, SECOND];
    expect(dropDocumentMetadata.apply(page).removed).toContainEqual({ rule: "byline-name", line: "李某某" });
  });

  it("drops a bare name under a second report's title further down the file, and keeps a short heading there", () => {
    const file = ["2021年度述职报告", FIRST, "2022年度述职报告", "李  某", SECOND, "工作回顾", FIRST];
    expect(dropDocumentMetadata.apply(file).lines).toEqual(["2021年度述职报告", FIRST, "2022年度述职报告", SECOND, "工作回顾", FIRST]);
    const chapter = ["社区议事规则", "第一章", "总　则", FIRST];
    expect(dropDocumentMetadata.apply(chapter).lines).toEqual(chapter);
  });

  it("leaves the article's text alone: the name is no section title, the paragraphs are the passages", async () => {
    const page = ["社区治理的新思路", "李某某", "2017年08月22日09:55    来源：某某网-理论频道", FIRST, SECOND];
    const document = await inspectDocument("pinglun-utf16.txt", utf16Crlf(page));
    expect(sectionTitles(document)).not.toContain("李某某");
    expect(passageTexts(document)).toEqual([FIRST, SECOND]);
  });

  it("keeps a short heading over a line that only starts with a date", () => {
    const heading = ["社区治理的新思路", "工作回顾", "2017年08月22日，社区召开居民议事会。", FIRST];
    expect(dropDocumentMetadata.apply(heading).lines).toEqual(heading);
  });
});

describe("the metadata-title invariant", () => {
  it("names an info bar kept as a section title", async () => {
    const text = ["召开学习贯彻党的二十大精神动员会", "", "一、动员部署", "", FIRST, "", "二、工作要求", "", SECOND].join("\n");
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "a.txt" }] }, [{ path: "a.txt", bytes: new TextEncoder().encode(text) }]);
    const broken = () => checkDocumentInvariants({ fileName: "a.txt", sourceText: text, course }).violations.map((violation) => violation.invariant);
    expect(broken()).not.toContain("metadata-title");
    const section = course.modules.flatMap((module) => module.sections).find((candidate) => !candidate.implicit)!;
    section.title = "学校：某某市实验小学 | 日期：2022年11月30日";
    expect(broken()).toContain("metadata-title");
  });
});

describe("a branch's news report whose headline, with commas, stands over its date and time of day", () => {
  // The author kept the printed text's line breaks: one line per printed line, a paragraph's first line short.
  const lines = [
    "学党章、懂条例、知准则，做合格党员",
    "2017-7-12",
    "18:09",
    "为了进一步掀起学习、",
    "遵守、贯彻、维护党章和纪律处分条例教育活动的高潮，我院教工",
    "党支部在学院会议室开展了学习党章知识竞赛活动，全体党员参加。",
    "竞赛活动分三部分：必答题，风险题和抢答题，各党小组派出党员参",
    "赛，其他党员作为观众，会场气氛热烈。",
  ];

  it("keeps the headline as the title, apart from the text, and drops the date and the time under it", async () => {
    const document = await inspectDocument("jingsai.txt", new TextEncoder().encode(lines.join("\n") + "\n"));
    expect(document.title).toBe("学党章、懂条例、知准则，做合格党员");
    expect(document.metadata.date).toBe("2017-7-12");
    const passages = passageTexts(document);
    expect(passages[0]).toMatch(/^为了进一步掀起学习、遵守、贯彻/);
    expect(passages.some((passage) => passage.includes("18:09") || passage.includes("做合格党员"))).toBe(false);
  });

  it("keeps a time of day that no date line stands over", () => {
    const text = ["会议议程", "14:30", FIRST];
    expect(dropDocumentMetadata.apply(text).lines).toEqual(text);
  });
});
