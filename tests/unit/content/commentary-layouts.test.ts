import { describe, expect, it } from "vitest";
import { inspectDocument, type InspectedDocument, type InspectedSection } from "@/lib/content/inspect-document";

// Case commentaries and study articles as discipline-inspection sites print them (the CCDI
// 业务探讨 column): labels and list leads ending in a colon over their text, closing credits,
// numbered conclusions over their reasoning. Small synthetic inputs, one layout each.
const utf8 = (text: string) => new TextEncoder().encode(text);

function passageTexts(document: InspectedDocument): string[] {
  const visit = (section: InspectedSection): string[] => [...section.passages.map((passage) => passage.text), ...section.sections.flatMap(visit)];
  return document.modules.flatMap((module) => module.sections.flatMap(visit));
}

const inspect = (text: string, fileName = "评析.md") => inspectDocument(fileName, utf8(text));

describe("a paragraph ending in a colon", () => {
  it("keeps the paragraph it leads: a label on a line of its own opens its text", async () => {
    const document = await inspect(
      ["# 收受干股如何定性", "", "**基本案情：**", "", "张某，某局局长。2019年，张某接受请托，收受某公司干股。", "", "**评析意见：**", "", "张某的行为构成受贿罪。理由是其利用职务便利为他人谋利。"].join("\n"),
    );
    const passages = passageTexts(document);
    expect(passages).toContain("基本案情：张某，某局局长。2019年，张某接受请托，收受某公司干股。");
    expect(passages.some((text) => /[：:]$/.test(text))).toBe(false);
    expect(document.invariants).toEqual([]);
  });

  it("keeps the items after it that share a marker (一是、二是), and no paragraph past them", async () => {
    const document = await inspect(
      [
        "# 谈话笔录的制作",
        "",
        "制作谈话笔录应当注意以下几个方面：",
        "",
        "一是要如实记录谈话内容。",
        "",
        "二是要注意记录的完整性。",
        "",
        "实践中，还应当结合案件情况灵活把握，不能机械套用。",
      ].join("\n"),
    );
    expect(passageTexts(document)).toEqual(["制作谈话笔录应当注意以下几个方面：一是要如实记录谈话内容。二是要注意记录的完整性。", "实践中，还应当结合案件情况灵活把握，不能机械套用。"]);
  });

  it("keeps only the next paragraph when that one has no item marker", async () => {
    const document = await inspect(["# 受贿数额的认定", "", "对于受贿数额，存在两种意见：", "", "有观点认为应按交易时价格计算。", "", "也有观点认为应按案发时价格计算。"].join("\n"));
    expect(passageTexts(document)).toEqual(["对于受贿数额，存在两种意见：有观点认为应按交易时价格计算。", "也有观点认为应按案发时价格计算。"]);
  });

  it("leaves an article it leads a passage of its own (…摘录： over 第一条)", async () => {
    const document = await inspect(["# 法条摘录", "", "监察法摘录：", "", "第一条 为了深化国家监察体制改革，制定本法。", "", "第二条 坚持中国共产党对国家监察工作的领导。", "", "第三条 各级监察委员会是行使国家监察职能的专责机关。"].join("\n"));
    expect(passageTexts(document).filter((text) => text.startsWith("第一条"))).toHaveLength(1);
  });
});
