import { describe, expect, it } from "vitest";
import { detectHeading } from "@/lib/content/detect-heading";
import { markdownToText } from "@/lib/content/ingest/markdown-to-text";
import { normalizePunctuation } from "@/lib/content/cleaning/normalize-punctuation";
import { classifyLines, isQaReleaseTitle } from "@/lib/content/structure/classify-lines";

// Review sheets and Q&A releases (stop 36): a question and its answer stay together, however the sheet sets them out.
describe("a review sheet's questions and their answers", () => {
  it("reads a full-width period ending a Chinese line as its full stop, so numbered answers stay apart", () => {
    const sheet = ["1. 党的根本宗旨是：<u>全心全意为人民服务</u>．", "", "2. 党的最高理想：<u>实现共产主义</u>．", "", "3. 党的三大作风", "", "    1. <u>理论联系实际</u>；", "    2. <u>密切联系群众</u>；", "    3. <u>批评与自我批评</u>．", "", "4. 党执政兴国的第一要务：<u>发展</u>．"].join("\n");
    const paragraphs = markdownToText(sheet).split("\n").filter(Boolean);
    expect(paragraphs).toContain("1. 党的根本宗旨是：全心全意为人民服务。");
    // The question and its answer's points are one passage; the next question is not run into it.
    expect(paragraphs).toContain("3. 党的三大作风：（1）理论联系实际；（2）密切联系群众；（3）批评与自我批评。");
    expect(paragraphs).toContain("4. 党执政兴国的第一要务：发展。");
    // A bare outline number keeps its period.
    expect(markdownToText("一．\n")).not.toContain("一。");
  });

  it("normalizes a period after a closing title mark as a full stop", () => {
    expect(normalizePunctuation.apply(["大会的主题是：《不忘初心，继续前进》．"]).lines).toEqual(["大会的主题是：《不忘初心，继续前进》。"]);
  });

  it("joins a question to the answer fields set under it with hard breaks, never running them together", () => {
    const sheet = ["5. 遵义会议<br>", "   时间：<u>1935 年 1 月</u><br>", "   意义：<u>在最危急的关头挽救了党</u>。", "6. 古田会议的意义：<u>确立了思想建党、政治建军的原则</u>。"].join("\n");
    const paragraphs = markdownToText(sheet).split("\n").filter(Boolean);
    expect(paragraphs[0]).toBe("5. 遵义会议：时间：1935 年 1 月；意义：在最危急的关头挽救了党。");
    expect(paragraphs[0]).not.toMatch(/1 月意义/);
  });

  it("keeps a numbered statement and the answer field after it as one item, never a title and its text", () => {
    expect(detectHeading("2. 第二个五年计划从1958年开始，重点仍是发展重工业。意义：为工业体系打下了基础。")).toBeNull();
    // A short numbered title over a sentence is still split.
    expect(detectHeading("2. 总体要求。坚持党的全面领导，推进各项工作。")?.title).toBe("总体要求");
  });

  it("never parts a number from its unit as a title and its text", () => {
    const heading = detectHeading("3. 党的一大召开于1921 年7月，在上海开幕。");
    expect(heading === null || !/1921$/.test(heading.title)).toBe(true);
  });

  it("reads a Q&A release's headline as its title, however long, and no sentence as one", () => {
    expect(isQaReleaseTitle("国家发展改革委有关负责人就《关于完善基层治理的若干措施》答记者问")).toBe(true);
    expect(isQaReleaseTitle("教育部负责同志就新修订的学位条例答本报记者问")).toBe(true);
    expect(isQaReleaseTitle("记者问：这次修订的重点是什么？")).toBe(false);
    expect(isQaReleaseTitle("会上，有关负责人就群众关心的问题答记者问。")).toBe(false);
    const roles = classifyLines(["国家发展改革委有关负责人就《关于完善基层治理的若干措施》答记者问", "问：为什么要出台这些措施？", "答：基层治理是国家治理的基石。"]);
    expect(roles[0]).toEqual({ role: "title" });
  });
});
