import { describe, expect, it } from "vitest";
import { PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { KIND_TRUST, kindTrustNote } from "@/lib/questions/kind-policy";
import { fillBlankCandidate, moduleContext, placedIn } from "./fixtures";

// Stops 37 and 38 (issue 16): a document of a kind readers judged far below the goal publishes only by the paths its kind
// is trusted for (KIND_TRUST). Sentences written for these tests, not copied from a fixture.
describe("publishing by kind (UNTRUSTED_KIND)", () => {
  const inModule = (context: ReturnType<typeof moduleContext>, sentence: string, answer: string, focus?: Candidate["question"]["focus"]): Candidate => {
    const base = fillBlankCandidate(sentence, answer);
    const module = context.index.modules[0]!;
    return placedIn(focus ? { ...base, question: { ...base.question, focus } } : base, module);
  };
  const doubtsOf = (context: ReturnType<typeof moduleContext>, sentence: string, answer: string, focus?: Candidate["question"]["focus"]) =>
    scoreCandidate(inModule(context, sentence, answer, focus), context.index).doubts;
  const news = moduleContext("全区党建工作推进会举行", "会议情况", ["本报讯 3月5日，全区党建工作推进会举行，会议要求坚决反对形式主义，坚持集体领导、民主集中、个别酝酿、会议决定的原则。"], []);

  it("sends a news report's blank on a word outside the party vocabulary to review", () => {
    const found = scoreCandidate(inModule(news, "会议要求推进智慧党建平台建设。", "智慧党建平台"), news.index);
    expect(found.doubts).toContain("UNTRUSTED_KIND");
    expect(found.score).toBeLessThan(PUBLISH_THRESHOLD);
  });

  it("sends a news report's blank on a term of the party vocabulary to review, and keeps its blank in a formulation of record", () => {
    expect(doubtsOf(news, "会议要求坚决反对形式主义。", "形式主义")).toContain("UNTRUSTED_KIND");
    expect(doubtsOf(news, "会议要求坚持集体领导、民主集中、个别酝酿、会议决定的原则。", "民主集中")).not.toContain("UNTRUSTED_KIND");
  });

  it("keeps a speech's quotation asked for its speaker, and sends its blank on a term to review", () => {
    const speech = moduleContext("在全县组织工作会议上的讲话", "一、提高认识", ["同志们：邓小平同志说过：“党要管党。”我们要坚持群众路线，把工作做实。"], []);
    expect(doubtsOf(speech, "我们要坚持群众路线，把工作做实。", "群众路线")).toContain("UNTRUSTED_KIND");
    expect(doubtsOf(speech, "邓小平同志说过：“党要管党。”", "邓小平", "speaker")).not.toContain("UNTRUSTED_KIND");
  });

  it("keeps the centre's document of record as a regulation, and publishes nothing of a unit's notice by its kind", () => {
    const central = moduleContext("中共中央关于加强基层组织建设的意见", "一、总体要求", ["坚持群众路线，推进基层组织建设。"], []);
    expect(doubtsOf(central, "坚持群众路线，推进基层组织建设。", "群众路线")).not.toContain("UNTRUSTED_KIND");
    const notice = moduleContext("关于开展主题党日活动的通知", "活动安排", ["各党支部要坚持集体领导、民主集中、个别酝酿、会议决定的原则安排活动。"], []);
    expect(doubtsOf(notice, "各党支部要坚持集体领导、民主集中、个别酝酿、会议决定的原则安排活动。", "民主集中")).toContain("UNTRUSTED_KIND");
    expect(KIND_TRUST.notice).toEqual([]);
  });

  it("leaves a regulation's and a commentary's blanks as they were", () => {
    const regulation = moduleContext("党员学习管理办法", "总则", ["第一条 为加强党员学习，推进智慧党建平台建设，制定本办法。", "第二条 支部每月学习一次。"], []);
    expect(doubtsOf(regulation, "推进智慧党建平台建设。", "智慧党建平台")).not.toContain("UNTRUSTED_KIND");
    const commentary = moduleContext("如何理解党的群众路线", "一、内涵", ["党的群众路线是党的生命线和根本工作路线。"], []);
    expect(doubtsOf(commentary, "党的群众路线是党的生命线和根本工作路线。", "群众路线")).not.toContain("UNTRUSTED_KIND");
  });

  it("tells the instructor on upload what a kind publishes", () => {
    expect(kindTrustNote({ kind: "regulation", evidence: [] })).toBe("");
    expect(kindTrustNote({ kind: "news", evidence: ["news-lead"] })).toContain("定型的提法");
    expect(kindTrustNote({ kind: "doctrine", evidence: ["title:central-document"] })).toBe("");
    expect(kindTrustNote({ kind: "doctrine", evidence: ["title:讲话"] })).toContain("领导人原话的出处");
  });
});
