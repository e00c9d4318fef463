// A 解析's 出处 names a place a learner can find (QUESTIONS.md E, stop 37): never a marker line or a question number,
// and in untitled notes never a numbered note line; an untitled note's chapter heading is its topic, in 「」.
import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { indexCourse } from "@/lib/questions";
import { noteLine, passageCitation, placeless, untitledTopic } from "@/lib/questions/citation";

const utf8 = (text: string) => new TextEncoder().encode(text);

function upload(file: string, text: string, title?: string) {
  return buildCourse({ title: "课程", description: "课程", documents: [{ path: file, ...(title ? { title } : {}) }] }, [{ path: file, bytes: utf8(text) }]);
}

function citationOf(index: ReturnType<typeof indexCourse>, words: string): string {
  const located = index.passages.find(({ passage }) => passage.text.includes(words));
  expect(located).toBeDefined();
  return passageCitation(index, located!, located!.passage.text.indexOf(words));
}

describe("a heading that names no place", () => {
  it("is a marker line or a question number", () => {
    expect(placeless({ title: "●李四" })).toBe(true);
    expect(placeless({ title: "●工作回顾" })).toBe(true);
    expect(placeless({ title: "第7题" })).toBe(true);
    expect(placeless({ title: "二、调查研究的方法" })).toBe(false);
    expect(placeless({ title: "第三章 学风建设" })).toBe(false);
  });

  it("is a numbered note line when its label is short, not a numbered heading of its own", () => {
    expect(noteLine({ title: "方法", numbering: "1." })).toBe(true);
    expect(noteLine({ title: "2. 三个方面", numbering: "" })).toBe(true);
    expect(noteLine({ title: "为什么要大兴调查研究之风", numbering: "3." })).toBe(false);
    expect(noteLine({ title: "调查研究的方法", numbering: "一、" })).toBe(false);
  });

  it("gives way to the document when nothing above it names a place", async () => {
    const course = await upload(
      "xuefeng.md",
      ["# 论学风的重要性", "", "## ●李四", "", "学风问题是关系党的事业兴衰成败的大问题，各级党组织务必高度重视学风建设。"].join("\n"),
      "论学风的重要性",
    );
    expect(citationOf(indexCourse(course), "学风问题是")).toBe("《论学风的重要性》");
  });
});

describe("an untitled document of notes", () => {
  it("names its chapter heading as its topic, never a clause or a note line", () => {
    expect(untitledTopic("（九）加强学风建设")).toBe("加强学风建设");
    expect(untitledTopic("第五章 加强学风建设")).toBe("加强学风建设");
    expect(untitledTopic("（三）“三严三实”专题")).toBe("“三严三实”专题");
    expect(untitledTopic("1. 有人指出")).toBeNull();
    expect(untitledTopic("各地各部门认真学习，深入贯彻")).toBeNull();
  });

  it("keeps a numbered line as its place when no heading is above it", async () => {
    const index = indexCourse(await upload("wenda.md", ["### 1. 方法", "", "调查研究要坚持问题导向，深入基层一线，掌握第一手材料。"].join("\n")));
    expect(citationOf(index, "调查研究要")).toContain("方法");
  });

  it("cites the heading above a numbered note line, after its topic", async () => {
    const notes = [
      "# （九）加强学风建设",
      "",
      "## 一、学风建设的重要意义",
      "",
      "### 1. 三个方面",
      "",
      "学风建设关系党的思想路线的贯彻落实，关系干部队伍素质的全面提高，关系党的事业的兴旺发达。",
    ].join("\n");
    const index = indexCourse(await upload("biji.md", notes));
    expect(index.documentTitle(index.passages[0]!.module)).toBe("");
    const cited = citationOf(index, "学风建设关系");
    expect(cited).toContain("「加强学风建设」");
    expect(cited).not.toContain("三个方面");
    expect(cited).not.toContain("《");
  });
});
