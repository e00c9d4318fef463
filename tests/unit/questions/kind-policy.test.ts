import { describe, expect, it } from "vitest";
import { PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { fillBlankCandidate, moduleContext, placedIn } from "./fixtures";

// Stop 37 (issue 16): a document of a kind readers judged far below the goal publishes only what such a document can be
// trusted for. Sentences written for these tests, not copied from a fixture.
describe("publishing by kind (UNTRUSTED_KIND)", () => {
  const inModule = (context: ReturnType<typeof moduleContext>, sentence: string, answer: string): Candidate => {
    const base = fillBlankCandidate(sentence, answer);
    const module = context.index.modules[0]!;
    return placedIn(base, module);
  };
  const news = moduleContext("全区党建工作推进会举行", "会议情况", ["本报讯 3月5日，全区党建工作推进会举行，会议要求坚决反对形式主义，推进智慧党建平台建设。"], []);

  it("sends a news report's blank on a word outside the party vocabulary to review", () => {
    const found = scoreCandidate(inModule(news, "会议要求推进智慧党建平台建设。", "智慧党建平台"), news.index);
    expect(found.doubts).toContain("UNTRUSTED_KIND");
    expect(found.score).toBeLessThan(PUBLISH_THRESHOLD);
  });

  it("keeps a news report's blank on a term of the party vocabulary", () => {
    expect(scoreCandidate(inModule(news, "会议要求坚决反对形式主义。", "形式主义"), news.index).doubts).not.toContain("UNTRUSTED_KIND");
  });

  it("leaves a regulation's blanks as they were", () => {
    const regulation = moduleContext("党员学习管理办法", "总则", ["第一条 为加强党员学习，推进智慧党建平台建设，制定本办法。", "第二条 支部每月学习一次。"], []);
    expect(scoreCandidate(inModule(regulation, "推进智慧党建平台建设。", "智慧党建平台"), regulation.index).doubts).not.toContain("UNTRUSTED_KIND");
  });
});
