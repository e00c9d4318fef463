import { describe, expect, it } from "vitest";
import { pageDebrisLines } from "@/lib/content/cleaning/page-debris";

const found = (lines: string[], kinds: Parameters<typeof pageDebrisLines>[1]) => [...pageDebrisLines(lines, kinds)].sort((a, b) => a - b);

describe("pageDebrisLines: one table of a page's toolbars and lists", () => {
  it("finds a font-size switch with its closing bracket and share label, and no switch of one size", () => {
    const lines = ["区委组织部召开专题会议", "【字号：", "大", "中", "小", "】", "分享：", "会议指出，要把学习成果转化为工作实效。", "字体", "大", "正文继续。"];
    expect(found(lines, ["fontSwitch"])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("finds a share toolbar's label and its buttons, blank lines between them included, up to the first sentence", () => {
    const lines = ["支部书记讲授专题党课。", "分享到：", "微信", "", "新浪微博", "QQ空间", "", "会后，全体党员重温了入党誓词。"];
    expect(found(lines, ["shareToolbar"])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("finds headline lists with their labels, but not a label that closes the run or a single headline", () => {
    const lines = ["全文完。", "相关新闻", "·街道开展主题党日活动", "", "·社区举办党史知识竞赛", "最新动态", "本文为正文的又一段，讲述了活动的经过。", "推荐阅读", "·只有一条标题"];
    expect(found(lines, ["headlineList"])).toEqual([1, 2, 4]);
  });

  it("unites the kinds asked for and only those", () => {
    const lines = ["分享到", "微信", "党员大会选举产生新一届支部委员会。", "【字体：", "大", "小", "】"];
    expect(found(lines, ["shareToolbar"])).toEqual([0, 1]);
    expect(found(lines, ["fontSwitch", "shareToolbar"])).toEqual([0, 1, 3, 4, 5, 6]);
  });
});
