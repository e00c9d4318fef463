import { describe, expect, it } from "vitest";
import { hasDanglingReference } from "@/lib/questions/dangling-reference";

describe("stems that lean on what the course said before (stop 30)", () => {
  it("takes an opening frame pointing back with 这 or 此 (在这方面, 从这个意义上, 就此问题上)", () => {
    expect(hasDanglingReference("在这方面，我们最深刻的体会是必须坚持______。")).toBe(true);
    expect(hasDanglingReference("从这个意义上说，______是党的生命线。")).toBe(true);
    expect(hasDanglingReference("在这一点上，各级组织都要坚持______。")).toBe(true);
  });

  it("leaves a frame that names its own matter", () => {
    expect(hasDanglingReference("在思想建设方面，全党必须坚持______。")).toBe(false);
    expect(hasDanglingReference("在党的建设中，必须把______放在首位。")).toBe(false);
  });
});

describe("stems that go on from what the text said before (stop 31)", () => {
  it("takes a next point or example (再看“…”, 又如, 反观)", () => {
    expect(hasDanglingReference("再看“加强基层组织建设”，这是推动______向基层延伸的内在要求。")).toBe(true);
    expect(hasDanglingReference("又如，正确处理个人利益和______的关系，是一个试金石。")).toBe(true);
    expect(hasDanglingReference("反观一些地方，______流于形式。")).toBe(true);
  });

  it("takes a contrastive 则 in the first clause, not 原则, 以身作则 or a condition's 则", () => {
    expect(hasDanglingReference("新时代的党建思想则是坚持把______同实际相结合的成果。")).toBe(true);
    expect(hasDanglingReference("基层党组织则要发挥______作用。")).toBe(true);
    expect(hasDanglingReference("民主集中制原则是党的根本______。")).toBe(false);
    expect(hasDanglingReference("领导干部要以身作则，带头遵守______。")).toBe(false);
    expect(hasDanglingReference("违反规定的，则给予______处分。")).toBe(false);
  });

  it("takes a note's inline heading of a kind of remark, not a heading naming a thing", () => {
    expect(hasDanglingReference("时代背景：我们正处在向______进军的关键时期。")).toBe(true);
    expect(hasDanglingReference("核心认识：党的方针政策是国家发展的______。")).toBe(true);
    expect(hasDanglingReference("支部委员会：每月召开______，研究部署支部日常工作。")).toBe(false);
    expect(hasDanglingReference("党员大会：每季度召开1次，听取支部委员会的______。")).toBe(false);
    expect(hasDanglingReference("毛泽东同志在会上提出：“______是党的生命线。”")).toBe(false);
  });
});
