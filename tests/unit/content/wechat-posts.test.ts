// WeChat posts saved as Markdown (issue 15): credits separated by 丨 or |, the -END- mark before them.
// Written on real posts outside holdout/ (wechat-jiuyue-zhengguan.md in the corpus).
import { describe, expect, it } from "vitest";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";

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
