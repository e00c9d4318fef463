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
