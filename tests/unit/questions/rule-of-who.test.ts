import { describe, expect, it } from "vitest";
import { ruleContrast, rulesOfWho } from "@/lib/questions/rule-of-who";

// Issue 16: a true rule of who decides teaches by the body a false version would swap in, where the document gives that
// body a rule of its own in the same frame (由全国代表大会决定, not 由中央委员会).

const sentences = (...texts: string[]) => texts.map((text, place) => ({ text, place }));

describe("rules of who (rulesOfWho)", () => {
  it("reads the body of each frame, never a list or a phrase around a body", () => {
    expect(rulesOfWho("协会委员的名额，由全国代表大会决定。").map(({ frame, body, subject }) => ({ frame, body, subject }))).toEqual([
      { frame: "由决定", body: "全国代表大会", subject: "协会委员的名额" },
    ]);
    expect(rulesOfWho("由它的上一级党组织根据具体情况决定。")).toEqual([]);
    expect(rulesOfWho("由党委或纪委集体讨论决定。")).toEqual([]);
  });
});

describe("a rule told apart from another body's rule (ruleContrast)", () => {
  const document = sentences("全国代表大会代表的名额，由中央委员会决定。", "中央委员会全体会议由中央常务委员会召集。");

  it("names the other body of the same frame and tier with its own rule", () => {
    const found = ruleContrast("中央委员会委员的名额，由全国代表大会决定。", document);
    expect(found?.other.body).toBe("中央委员会");
    expect(found?.sentence).toBe("全国代表大会代表的名额，由中央委员会决定。");
  });

  it("finds none where the document gives no other body the frame, or the other body is of another tier", () => {
    expect(ruleContrast("中央委员会委员的名额，由全国代表大会选举。", document)).toBeNull();
    expect(ruleContrast("分会的名额，由同级委员会决定。", document)).toBeNull();
  });

  it("does not contrast a statement of two rules, nor one whose actor may answer to several bodies", () => {
    expect(ruleContrast("地方代表大会代表的名额，由同级委员会决定，并报上一级委员会批准。", sentences("成立新分会，由上一级代表大会决定。"))).toBeNull();
    expect(ruleContrast("中央委员会向全国代表大会报告工作。", sentences("地方委员会向中央常务委员会报告工作。"))).toBeNull();
  });

  it("does not count the same body's rule said again, nor a body the statement itself names", () => {
    expect(ruleContrast("中央委员会委员的名额，由全国代表大会决定。", sentences("中央委员会的任期，由全国代表大会决定。"))).toBeNull();
    expect(ruleContrast("中央委员会的名额由全国代表大会决定，中央委员会负责执行。", document)).toBeNull();
  });
});

describe("bodies of no tier (党委, 纪委, 党组, 党员大会) and names that cover every kind", () => {
  it("tells a body of no tier from another of another kind ruling on another matter", () => {
    const found = ruleContrast("协会分会的年度计划，由协会党委决定。", sentences("协会会员的处分意见，由协会纪委决定。"));
    expect(found?.other.body).toBe("协会纪委");
  });

  it("never from a body of the same kind, nor one named as the level of the statement's", () => {
    expect(ruleContrast("协会分会的年度计划，由协会党委决定。", sentences("协会会员的处分意见，由召集年会的委员会决定。"))).toBeNull();
    expect(ruleContrast("协会分会的年度计划，由协会党委决定。", sentences("协会会员的处分意见，由同级党委常委会决定。"))).toBeNull();
  });

  it("never a body and a part of it, whatever level words name them", () => {
    expect(ruleContrast("分会的选举结果，报同级党委批准。", sentences("会员的处分意见，报本级地方党委常委会批准。"))).toBeNull();
  });

  it("never where the two rules are about one matter, in two cases", () => {
    expect(ruleContrast("对普通会员的处分意见，由协会党委决定。", sentences("对委员会委员的处分意见，由协会纪委决定。"))).toBeNull();
  });

  it("never with a name covering every kind (上级党组织 may be the 上级党的委员会)", () => {
    expect(ruleContrast("劝会员退会，应当报上级党组织批准。", sentences("分会的选举结果，报上一级党的委员会批准。"))).toBeNull();
    expect(ruleContrast("分会的选举结果，报上一级党的委员会批准。", sentences("劝会员退会，应当报上级党组织批准。"))).toBeNull();
  });

  it("tells two committees apart by level, not two names of one level", () => {
    expect(ruleContrast("地方代表大会的名额，由同级党的委员会决定。", sentences("分会委员的名额，由上一级党的委员会决定。"))?.other.body).toBe("上一级党的委员会");
    expect(ruleContrast("地方代表大会的名额，由上级党的委员会决定。", sentences("分会委员的名额，由上一级党的委员会决定。"))).toBeNull();
    // 基层 is a place in the hierarchy, not a level relative to the ruling body: it may be the level above.
    expect(ruleContrast("对会员的处分意见，报党的基层委员会批准。", sentences("分会的选举结果，报上一级党的委员会批准。"))).toBeNull();
  });
});
