// Study notes whose lists nest: a bullet that carries an ordered number and a bold lead (`* 3. **…**`), points indented
// under it at 2–4 spaces or a tab, a bold sub-lead set apart inside an item, a point left open under a finished one
// (issue #15, items 1, 3, 8; written on maogai-xinshidai-sixiang-biji.md in the corpus, tested on synthetic notes).
import { describe, expect, it, test } from "vitest";
import { buildCourse } from "@/lib/content";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";
import { checkDocumentInvariants, midSentencePassages } from "@/lib/content/quality/document-invariants";

const lines = (markdown: string) => readMarkdown(markdown).text.split("\n").filter(Boolean);

async function build(fileName: string, text: string) {
  const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: fileName }] }, [{ path: fileName, bytes: new TextEncoder().encode(text) }]);
  return { course, quality: checkDocumentInvariants({ fileName, sourceText: text, course }) };
}

describe("a paragraph set apart inside a list item", () => {
  const SUB_LEAD = "明确了学习笔记里最需要记住的几条基本要求";
  const POINTS = ["要坚持理论学习和实践锻炼相结合", "要坚持问题导向和目标导向相统一"];

  it.each([
    ["-", "  "],
    ["*", "  "],
    ["+", "   "],
    ["*", "\t"],
  ])("stays in the item it is indented under (bullet %j, indent %j), bold or not, with the item's nested points", (bullet, indent) => {
    for (const paragraph of [`**${SUB_LEAD}**`, SUB_LEAD]) {
      const markdown = ["## 主要内容", "", `${bullet} 八项要求（笔记整理）——最核心的内容：`, indent, `${indent}${paragraph}`, indent, ...POINTS.map((point) => `${indent}${bullet} ${point}`)].join("\n");
      const text = lines(markdown);
      expect(text).not.toContain(SUB_LEAD);
      const item = text.find((line) => line.startsWith("八项要求"))!;
      expect(item).toContain(SUB_LEAD);
      for (const point of POINTS) expect(item).toContain(point);
      expect(item).toMatch(/。$/);
    }
  });

  it.each([["1."], ["1)"]])("stays in an ordered item (%s) indented to the item's text", (marker) => {
    const second = marker.replace("1", "2");
    const markdown = ["## 主要内容", "", `${marker} 坚持党的领导`, `${second} 坚持人民至上：`, "", `   ${SUB_LEAD}`, "", "## 下一节", "", "正文在这里结束。"].join("\n");
    const text = lines(markdown);
    expect(text).not.toContain(SUB_LEAD);
    expect(text.some((line) => line.includes(`坚持人民至上：${SUB_LEAD}`))).toBe(true);
  });

  it("ends the item's sentence before a paragraph of its own that follows it", () => {
    const markdown = ["## 主要内容", "", "* 坚持理论学习和实践锻炼相结合的原则", "", "  这是学习笔记里需要反复强调的一条要求。", "", "* 坚持问题导向"].join("\n");
    expect(lines(markdown).join("\n")).toContain("坚持理论学习和实践锻炼相结合的原则。这是学习笔记里需要反复强调的一条要求。");
  });

  it("leaves a paragraph that is not indented to the item's text after the list", () => {
    const markdown = ["## 主要内容", "", "* 坚持理论学习", "* 坚持实践锻炼", "", "这是列表之后的一段正文，不属于列表。"].join("\n");
    expect(lines(markdown)).toContain("这是列表之后的一段正文，不属于列表。");
  });
});

describe("a list of sentences with a point left open", () => {
  it("ends the open point (a nested bullet under a finished item) with a stop, as its own paragraph", () => {
    const markdown = [
      "## 行动指南",
      "",
      "* 这一思想为新时代坚持和发展中国特色社会主义提供了根本指引。",
      "  * 中国特色社会主义是建设现代化强国、实现中华民族伟大复兴的必由之路",
      "* 为新时代治国理政提供了基本遵循。",
      "* 为全面从严治党提供了强大思想武器。",
      "  * 全面推进党的政治、思想、组织建设，以零容忍的态度惩治腐败",
    ].join("\n");
    const text = lines(markdown);
    expect(text).toContain("中国特色社会主义是建设现代化强国、实现中华民族伟大复兴的必由之路。");
    expect(text).toContain("全面推进党的政治、思想、组织建设，以零容忍的态度惩治腐败。");
  });

  it("leaves a short label without a clause break as it is", () => {
    const markdown = ["## 行动指南", "", "* 这一思想提供了根本指引。", "* 基本遵循", "* 这一思想提供了强大思想武器。"].join("\n");
    expect(lines(markdown)).toContain("基本遵循");
  });
});

describe("a statement set in bold over a list", () => {
  const STATEMENT = "中国特色社会主义进入新时代，在中华人民共和国发展史上具有重大意义，在人类社会发展史上也具有重大意义";

  it("is a sentence, ended with a stop, under a marked heading: not a heading nor a passage left open", async () => {
    const markdown = ["# 复习笔记", "", "## 新时代的意义", "", `**${STATEMENT}**`, "", "* **历史意义**：", "  * 中华民族迎来了从站起来、富起来到强起来的伟大飞跃"].join("\n");
    const read = readMarkdown(markdown);
    expect(read.text.split("\n")).toContain(`${STATEMENT}。`);
    expect(read.headings).not.toContain(STATEMENT);
    const { course } = await build("notes.md", markdown);
    expect(midSentencePassages(course.modules).map((passage) => passage.text)).toEqual([]);
  });

  it("stays a heading when short (a label), when no list follows, or before any marked heading", () => {
    expect(readMarkdown(["## 新时代的意义", "", "**历史意义与理论意义**", "", "* 伟大飞跃"].join("\n")).headings).toContain("历史意义与理论意义");
    expect(readMarkdown(["## 新时代的意义", "", `**${STATEMENT}**`, "", "#### 1. 历史意义", "", "伟大飞跃。"].join("\n")).headings).toContain(STATEMENT);
    expect(readMarkdown([`**${STATEMENT}**`, "", "* 伟大飞跃"].join("\n")).headings).toContain(STATEMENT);
  });
});

describe("a bullet that carries an ordered number over a nested ordered list", () => {
  const note = [
    "# 复习笔记",
    "",
    "## 十四个坚持",
    "",
    "* **经济建设**：",
    "  * 3. **坚持全面深化改革**",
    "       1. 坚持全面深化改革，要构建系统完备、科学规范、运行有效的制度体系",
    "  * 4. **坚持新发展理念**",
    "       1. 新发展理念：创新、协调、绿色、开放、共享",
    "       2. 坚持新发展理念，要推动新型工业化、信息化、城镇化、农业现代化同步发展",
    "* **政治建设**：",
    "  * 5. **坚持人民当家作主**",
    "       1. 坚持党的领导、人民当家作主、依法治国有机统一",
  ].join("\n");

  test("loses no sentence: the bullet's number is its text, the nested list's numbers are marks the reader drops", async () => {
    const { course, quality } = await build("notes.md", note);
    const text = course.modules.flatMap((module) => module.sections.flatMap(function all(section): string[] {
      return [...section.passages.map((passage) => passage.text), ...section.sections.flatMap(all)];
    })).join("\n");
    expect(text).toContain("3. 坚持全面深化改革");
    expect(quality.lostSentences).toEqual([]);
  });

  test("still reports a nested point that is missing", async () => {
    const { course } = await build("notes.md", note);
    const withExtra = note.replace("       2. 坚持新发展理念", "       2. 这一条笔记在任何段落里都找不到，它写得很长很长，长到不可能是一个标题或者一行杂质\n       3. 坚持新发展理念");
    expect(checkDocumentInvariants({ fileName: "notes.md", sourceText: withExtra, course }).lostSentences).toHaveLength(1);
  });
});
