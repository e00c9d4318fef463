import { describe, expect, it } from "vitest";
import { scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { trueFalseExplanation } from "@/lib/questions/explanation";
import { asSingleChoice, fillBlankCandidate, fixtureContext, keyPlace, moduleContext } from "./fixtures";

// Stop 39: what a 解析 says of the falsehood it made. A term swapped for another of its set is said by what the course or a
// text of record says it is, or the 判断 waits in review; a number moved to one the course states for nothing waits too.

describe("a false 判断 whose term was swapped for another of its set", () => {
  const taughtCourse = moduleContext("职工守则", "纪律要求", [
    "讲座强调，政治纪律是最根本的纪律，全体党员必须牢记。",
    "廉洁纪律是党员干部廉洁从政、秉公用权的行为规则。",
  ], [{ kind: "term", text: "政治纪律" }, { kind: "term", passage: 1, text: "廉洁纪律" }]);
  const bareCourse = moduleContext("职工守则", "纪律要求", ["讲座强调，政治纪律是最根本的纪律，全体党员必须牢记。", "本单位每季度组织一次学习。"], [{ kind: "term", text: "政治纪律" }]);
  const explain = (context: ReturnType<typeof moduleContext>) =>
    trueFalseExplanation(
      { index: context.index, inventory: context.inventory },
      { original: "政治纪律", change: { kind: "term-swap", from: "政治纪律", to: "廉洁纪律" }, key: keyPlace(context.index, 0, "政治纪律"), quoted: "讲座强调，政治纪律是最根本的纪律" },
    );

  it("says what the swapped-in term is where the course says it, after the shared set", () => {
    const { text, teaches } = explain(taughtCourse);
    expect(text).toContain("两者同属“党的纪律”，但不能互换。「廉洁纪律」：“廉洁纪律是党员干部廉洁从政、秉公用权的行为规则”");
    expect(text).not.toContain("。。");
    expect(teaches).toBe(true);
  });

  it("does not teach where nothing says what the swapped-in term is, and the 判断 waits in review", () => {
    const { text, teaches } = explain(bareCourse);
    expect(text).toContain("两者同属“党的纪律”，但不能互换。《");
    expect(teaches).toBe(false);
    const base = fillBlankCandidate("讲座强调，政治纪律是最根本的纪律。", "政治纪律");
    const statement = (explanationTeaches: boolean): Candidate => ({
      question: { ...base.question, type: "TRUE_FALSE", stem: "讲座强调，廉洁纪律是最根本的纪律。", options: [], answer: false } as Question,
      evidence: { ...base.evidence, change: { kind: "term-swap", from: "政治纪律", to: "廉洁纪律" }, explanationTeaches },
    });
    const { index } = fixtureContext();
    expect(scoreCandidate(statement(false), index).doubts).toContain("UNTAUGHT_TERM_SWAP");
    expect(scoreCandidate(statement(true), index).doubts).not.toContain("UNTAUGHT_TERM_SWAP");
  });

  it("says a swapped-in term by its gloss of record where the course does not (群众监督 of the 宪法)", () => {
    const context = moduleContext("协会章程", "监督", ["协会理事会自觉接受舆论监督，定期公开账目。", "本协会每年召开一次会员大会。"], [{ kind: "term", text: "舆论监督" }]);
    const { text, teaches } = trueFalseExplanation(
      { index: context.index, inventory: context.inventory },
      { original: "舆论监督", change: { kind: "term-swap", from: "舆论监督", to: "群众监督" }, key: keyPlace(context.index, 0, "舆论监督"), quoted: "协会理事会自觉接受舆论监督，定期公开账目" },
    );
    expect(text).toContain("「群众监督」：中华人民共和国公民对于任何国家机关和国家工作人员，有提出批评和建议的权利（《中华人民共和国宪法》第四十一条）");
    expect(teaches).toBe(true);
  });
});

describe("a sibling of the key's set whose first word is a verb is no option of another kind", () => {
  const { index } = fixtureContext();
  const base = fillBlankCandidate("协会理事会自觉接受党内监督、群众监督和舆论监督。", "舆论监督");

  it("keeps 审计监督 beside 舆论监督 (both of the 监督体系), and still doubts a verb phrase that is of no set with the key", () => {
    expect(scoreCandidate(asSingleChoice(base, ["审计监督", "人大监督", "民主监督"]), index).doubts).not.toContain("DISTRACTOR_OTHER_KIND");
    expect(scoreCandidate(asSingleChoice(base, ["加强学习", "人大监督", "民主监督"]), index).doubts).toContain("DISTRACTOR_OTHER_KIND");
  });
});

describe("a blank closing a list of bare words that share the key's head word", () => {
  const { index } = fixtureContext();
  const doubts = (sentence: string, answer: string, stem?: string) => scoreCandidate(fillBlankCandidate(sentence, answer, stem), index).doubts;

  it("is doubted where the words before the blank lack the head the key carries (党员、干部、群众监督; 思想、作风、纪律建设)", () => {
    expect(doubts("协会理事必须自觉接受会员、职工、群众监督。", "群众监督")).toContain("HEAD_SHARED_BY_LIST");
    expect(doubts("学会要加强自身的思想、作风和纪律建设。", "纪律建设")).toContain("HEAD_SHARED_BY_LIST");
  });

  it("is not doubted beside whole members (党内监督和______), nor for a key of no set with a shared head", () => {
    expect(doubts("协会理事必须自觉接受党内监督和群众监督。", "群众监督")).not.toContain("HEAD_SHARED_BY_LIST");
    expect(doubts("学会要加强自身的思想建设、作风建设和纪律建设。", "纪律建设")).not.toContain("HEAD_SHARED_BY_LIST");
    expect(doubts("全会要求反对官僚、专断和形式主义。", "形式主义")).not.toContain("HEAD_SHARED_BY_LIST");
  });
});

describe("a list before the blank of things of another rank than the key's first part", () => {
  const { index } = fixtureContext();
  const doubts = (sentence: string, answer: string) => scoreCandidate(fillBlankCandidate(sentence, answer), index).doubts;

  it("is no list sharing the key's head (政策研究、制度建设; 自治制度以及基层群众自治制度)", () => {
    expect(doubts("办公室负责本系统的宏观指导、政策研究、制度建设和监督检查。", "制度建设")).not.toContain("HEAD_SHARED_BY_LIST");
    expect(doubts("坚持和完善民族区域自治制度以及基层群众自治制度。", "基层群众自治制度")).not.toContain("HEAD_SHARED_BY_LIST");
  });
});
