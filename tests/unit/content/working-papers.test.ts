import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { inspectDocument, type InspectedSection } from "@/lib/content/inspect-document";
import { splitSentences } from "@/lib/content/split-sentences";
import { SALUTATION } from "@/lib/content/structure/classify-lines";

// Stop 36 (issue 16): a unit's working papers (notices of study and meeting arrangements, schemes). Texts written for these
// tests in the form such notices take, not copied from a corpus file.
const utf8 = (text: string) => new TextEncoder().encode(text);

function titles(sections: InspectedSection[]): string[] {
  return sections.flatMap((section) => [section.title, ...titles(section.sections)]);
}

const NOTICE = [
  "关于开展第四季度主题党日活动的通知",
  "各支部：",
  "为深入学习党的创新理论，经研究，决定开展第四季度主题党日活动，现将有关事项通知如下：",
  "一、活动形式",
  "支部党员大会",
  "二、时间地点",
  "12月20日前（各支部自行安排），党员活动室",
  "三、活动内容",
  "各支部组织党员集中学习党章，重温入党誓词，开展批评和自我批评。",
  "各支部要结合实际制定方案，认真做好会议记录。",
  "四、工作要求",
  "各支部要高度重视，精心组织，确保全员参与。",
  "活动结束后，请将签到表和图文资料报机关党委办公室。",
  "中共某某学院机关委员会",
  "2025年12月5号",
].join("\n");

describe("a notice's fields, addressees and signature", () => {
  it("keeps a field heading's value as its text, and reads the notice without broken invariants", async () => {
    const document = await inspectDocument("tongzhi.txt", utf8(NOTICE));
    const all = titles(document.modules.flatMap((module) => module.sections));
    expect(all).toEqual(expect.arrayContaining(["活动形式", "时间地点", "活动内容", "工作要求"]));
    expect(all).not.toContain("支部党员大会");
    expect(all.some((title) => /2025年12月5号|中共某某学院/.test(title))).toBe(false);
    expect(document.invariants).toEqual([]);
  });

  it("reads 各支部： and its like as a notice's addressees", () => {
    for (const line of ["各支部：", "各党总支：", "各处室：", "各学院、各部门："]) expect(SALUTATION.test(line), line).toBe(true);
    expect(SALUTATION.test("指导思想：")).toBe(false);
  });

  it("starts a passage's first sentence after its addressees", () => {
    const sentences = splitSentences("各支部：学习党的创新理论是首要政治任务。要抓好落实。");
    expect(sentences[0]!.text).toBe("学习党的创新理论是首要政治任务。");
    expect(splitSentences("指导思想：以党的创新理论为指导。")[0]!.text).toBe("指导思想：以党的创新理论为指导。");
  });
});

describe("cleaning a scheme printed from a web page", () => {
  it("drops a draft's status line and decodes an entity the page escaped twice", () => {
    const cleaned = cleanText(["某某中学党委关于深化党建品牌建设&amp;nbsp;推进立德树人的实施方案", "（征求意见稿）", "为深化党建品牌建设，结合我校实际，制定本方案。"].join("\n"));
    expect(cleaned.lines).not.toContain("（征求意见稿）");
    expect(cleaned.lines.join("\n")).not.toMatch(/&|nbsp/);
  });

  it("in wrapped text keeps a field heading apart from its value and joins a bracketed note to its paragraph", () => {
    const lines = [
      "一、活动时间",
      "2025年10月至11月",
      "二、活动内容",
      "各支部要组织党员认真学习党章党规，深入领",
      "会党的创新理论的核心要义和实践要求，切实",
      "把学习成果转化为推动工作的实际成效，引导",
      "党员在本职岗位上充分发挥先锋模范作用。",
      "（全体在职党支部）",
      "各支部要精心组织主题党日活动，重温入党誓",
      "词，参观红色教育基地，开展志愿服务活动，",
      "组织党员过政治生日，营造浓厚学习氛围。",
      "三、工作要求",
      "各支部要高度重视，精心组织，确保活动取得",
      "实效，并及时报送活动开展情况和图文资料。",
    ];
    const cleaned = cleanText(lines.join("\n")).lines;
    expect(cleaned).toContain("2025年10月至11月");
    expect(cleaned.some((line) => line.endsWith("充分发挥先锋模范作用。（全体在职党支部）"))).toBe(true);
  });
});
