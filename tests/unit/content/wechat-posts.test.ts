// WeChat posts saved as Markdown (issue 15): credits separated by 丨 or |, the -END- mark before them,
// and sections headed by a couplet of parallel phrases. Written on real posts outside holdout/
// (wechat-yingxin-yanjiusheng.md, wechat-jiuyue-zhengguan.md in the corpus).
import { describe, expect, it } from "vitest";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { isTitleLine } from "@/lib/content/structure/classify-lines";
import { inspectDocument } from "@/lib/content/inspect-document";

const PARAGRAPH = "9月2日，学院拉开了迎接新生的序幕，老师们走进新生宿舍，送上关怀与慰问。";

describe("a WeChat post's closing credits", () => {
  it("drops credits separated by 丨 (the character drawn as a bar) or an ASCII bar, with the -END- mark before them", () => {
    const lines = [PARAGRAPH, "-END-", "供稿 | 罗 萱", "编辑 | 罗 萱", "初审 | 黄睿春", "审核发布 | 陈菊平"];
    expect(dropDocumentMetadata.apply(lines).lines.filter(Boolean)).toEqual([PARAGRAPH]);
    const bars = [PARAGRAPH, "来源：武汉大学研究生会", "文字丨吴兮越 李悦", "图片丨武汉大学研究生会", "责编丨张会闯", "审核丨伍林"];
    expect(dropDocumentMetadata.apply(bars).lines.filter(Boolean)).toEqual([PARAGRAPH]);
  });
  it("keeps a single 丨 label inside the text and the word END in a sentence", () => {
    const lines = ["图片丨图片居中，环绕方式为嵌入型", PARAGRAPH, "活动在歌声中走向END。", PARAGRAPH];
    expect(dropDocumentMetadata.apply(lines).lines).toEqual(lines);
  });
});

describe("a couplet title", () => {
  it("is two parallel phrases of about the same length with one comma", () => {
    for (const line of ["初识惊鸿，相遇珞珈", "传承信仰力量，绘就青春底色", "“新”火相传，筑梦未来"]) expect(isTitleLine(line)).toBe(true);
  });
  it("is not a clause of prose: a preposition, unequal parts, a lead word, three parts", () => {
    for (const line of ["为了迎接新生，学院精心准备", "同学们纷纷表示，收获很大", "会议指出，主要任务是", "初识惊鸿，相遇珞珈，未来可期"]) expect(isTitleLine(line)).toBe(false);
  });
  it("heads the section under it in a Markdown post instead of standing as a passage", async () => {
    const markdown = `${PARAGRAPH}\n\n### 初识惊鸿，相遇珞珈\n\n${PARAGRAPH.replace("9月2日", "9月3日")}\n\n### 殷切关怀，暖心政管\n\n${PARAGRAPH.replace("9月2日", "9月4日")}\n`;
    const inspected = await inspectDocument("推文.md", new TextEncoder().encode(markdown));
    const titles = inspected.modules.flatMap((module) => module.sections.map((section) => section.title));
    expect(titles).toEqual(expect.arrayContaining(["初识惊鸿，相遇珞珈", "殷切关怀，暖心政管"]));
    expect(inspected.midSentenceShare).toBe(0);
  });
});
