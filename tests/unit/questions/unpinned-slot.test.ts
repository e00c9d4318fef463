import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate } from "@/lib/questions";
import { bodyAfterSameLead, governanceFrameBlank, principleRunSlot, umbrellaBlank, UNRELATED_TO_BLANK, unpinnedExhortationSlot, unpinnedQualitySlot } from "@/lib/questions/confidence";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, placedIn } from "./fixtures";

/** A 填空 on the key of the sentence, placed in a one-module course of that title (a 述职报告 or a regulation). */
function inDocument(title: string, sentence: string, answer: string): { candidate: Candidate; index: ReturnType<typeof indexCourse> } {
  const course = { modules: [fixtureModule(title, "一、工作情况", [sentence], [], "mod_slot")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(sentence, answer);
  const candidate = placedIn(base, module);
  return { candidate, index: indexCourse(course) };
}

const doubtsOf = (title: string, sentence: string, answer: string) => {
  const { candidate, index } = inDocument(title, sentence, answer);
  return scoreCandidate(candidate, index).doubts;
};

describe("a quality one is told to raise, of a set of like qualities (UNPINNED_SLOT, stop 35)", () => {
  it("takes 增强/强化/提高______ where the sentence names no other member of the key's set", () => {
    expect(unpinnedQualitySlot("各级干部要强化______和科学谋划，多办实事。", "各级干部要强化系统思维和科学谋划，多办实事。", ["系统思维"])).toBe(true);
    expect(unpinnedQualitySlot("党员干部要不断增强______，提高政治站位。", "党员干部要不断增强大局意识，提高政治站位。", ["大局意识"])).toBe(true);
    expect(unpinnedQualitySlot("提高______，强化政治担当。", "提高政治能力，强化政治担当。", ["政治能力"])).toBe(true);
  });

  it("leaves a blank the sentence pins by a sibling, a key that is no quality, or a longer clause", () => {
    expect(unpinnedQualitySlot("要不断增强______，不断增强政治领悟力。", "要不断增强政治判断力，不断增强政治领悟力。", ["政治判断力"])).toBe(false);
    expect(unpinnedQualitySlot("要强化______，持之以恒改作风。", "要强化作风建设，持之以恒改作风。", ["作风建设"])).toBe(false);
    expect(unpinnedQualitySlot("要增强______的本领，做好群众工作。", "要增强系统思维的本领，做好群众工作。", ["系统思维"])).toBe(false);
  });

  it("sends such a blank to review in a speech (and, since stop 38, in a regulation: blank-variants.test.ts)", () => {
    const sentence = "领导干部要强化系统思维和科学谋划，多做为民造福的实事好事。";
    expect(doubtsOf("在全市干部大会上的讲话", sentence, "系统思维")).toContain("UNPINNED_SLOT");
  });
});

describe("the writer's tally of the year in a personal account (PERSONAL_ACCOUNT, stop 35)", () => {
  it("sends a blank in a sentence counting the writer's work of the year to review in a 述职报告, not in a speech", () => {
    const sentence = "深入学习有关法律法规，全年参加专题学习5次，将底线思维贯穿工作全过程。";
    expect(doubtsOf("2025年度述职述廉报告", sentence, "底线思维")).toContain("PERSONAL_ACCOUNT");
    expect(doubtsOf("在全市干部大会上的讲话", sentence, "底线思维")).not.toContain("PERSONAL_ACCOUNT");
  });
});

describe("blanks nothing pins down (UNPINNED_SLOT, stop 28)", () => {
  it("takes the bare object of an exhortation in a report or speech", () => {
    expect(unpinnedExhortationSlot("始终坚持实事求是，不务虚功，不图虚名，不搞______，不做表面文章。", "始终坚持实事求是，不务虚功，不图虚名，不搞形式主义，不做表面文章。", ["形式主义"])).toBe(true);
    expect(unpinnedExhortationSlot("不断加强______，坚定政治信念。", "不断加强政治建设，坚定政治信念。", ["政治建设"])).toBe(true);
    expect(unpinnedExhortationSlot("希望同志们坚持______，勇于在实践中探索。", "希望同志们坚持理论联系实际，勇于在实践中探索。", ["理论联系实际"])).toBe(true);
    // Either blank of two.
    expect(unpinnedExhortationSlot("始终坚持______，不务虚功，不搞______，不做表面文章。", "始终坚持实事求是，不务虚功，不搞形式主义，不做表面文章。", ["实事求是", "形式主义"])).toBe(true);
  });

  it("leaves a blank its sentence pins: a definition after it, a sibling of its set, a longer clause, or 坚定", () => {
    expect(unpinnedExhortationSlot("坚持______，就要一切从实际出发。", "坚持实事求是，就要一切从实际出发。", ["实事求是"])).toBe(false);
    const centralism = "坚持民主集中制，按照集体领导和个人分工负责相结合的制度开展工作。";
    expect(unpinnedExhortationSlot(centralism.replace("民主集中制", "______"), centralism, ["民主集中制"])).toBe(false);
    expect(unpinnedExhortationSlot("坚持以______为中心，大力发展社会生产力。", "坚持以经济建设为中心，大力发展社会生产力。", ["经济建设"])).toBe(false);
    expect(unpinnedExhortationSlot("严格遵守党的______和政治规矩。", "严格遵守党的政治纪律和政治规矩。", ["政治纪律"])).toBe(false);
    expect(unpinnedExhortationSlot("让党员在文化的熏陶下，坚定______。", "让党员在文化的熏陶下，坚定文化自信。", ["文化自信"])).toBe(false);
  });

  it("sends such a blank to review in a 述职报告, not in a regulation's article", () => {
    const sentence = "坚持出实招、办实事、求实效，杜绝形式主义，推动工作更进一步。";
    expect(doubtsOf("学校党委班子成员年度述职报告", sentence, "形式主义")).toContain("UNPINNED_SLOT");
    expect(doubtsOf("中国共产党廉洁自律准则", sentence, "形式主义")).not.toContain("UNPINNED_SLOT");
  });

  it("sends 自觉走______ in a 述职报告 to review: the pledge takes any road the party names (stop 34)", () => {
    const pledge = "牢固树立以服务对象为中心，自觉走群众路线。";
    expect(doubtsOf("学校党委班子成员年度述职报告", pledge, "群众路线")).toContain("UNPINNED_SLOT");
    expect(doubtsOf("学校党委班子成员年度述职报告", "自觉走群众路线的人带走了经验，留下了方法。", "群众路线")).not.toContain("UNPINNED_SLOT");
  });
});

describe("a key whose body the sentence gives after the same lead (KEY_ECHOED_IN_STEM)", () => {
  it("takes 伟大的长征…伟大的______ and leaves a body elsewhere alone", () => {
    const sentence = "伟大的长征给党和人民留下了伟大的长征精神。";
    const start = sentence.lastIndexOf("长征精神");
    expect(bodyAfterSameLead(sentence, { start, end: start + 4 }, "长征精神")).toBe(true);
    const line = "一切为了群众，一切依靠群众，这是我们的群众路线。";
    const at = line.indexOf("群众路线");
    expect(bodyAfterSameLead(line, { start: at, end: at + 4 }, "群众路线")).toBe(false);
    const { candidate, index } = inDocument("江泽民文选（精神文明建设）", sentence, "长征精神");
    const echoed = { ...candidate, question: { ...candidate.question, stem: "伟大的长征给党和人民留下了伟大的______。" }, evidence: { ...candidate.evidence, blanks: [{ start, end: start + 4 }] } };
    expect(scoreCandidate(echoed, index).doubts).toContain("KEY_ECHOED_IN_STEM");
  });
});

describe("a blank on what an excluded thing is unrelated to (MODIFIER_BLANK)", () => {
  it("takes 与______无关的参观 in a regulation too, and leaves 与______相结合 alone", () => {
    expect(UNRELATED_TO_BLANK.test("接待单位不得组织旅游和与______无关的参观。")).toBe(true);
    expect(UNRELATED_TO_BLANK.test("不得报销任何超范围、超标准以及与相关______无关的费用。")).toBe(true);
    expect(UNRELATED_TO_BLANK.test("把马克思主义基本原理同中国具体实际相结合，与______相结合。")).toBe(false);
    expect(doubtsOf("中央列出违反八项规定清单80条", "接待单位不得组织旅游和与公务活动无关的参观。", "公务活动")).toContain("MODIFIER_BLANK");
  });
});

describe("a strict-governance watchword in a stock frame its siblings fill alike (UNPINNED_SLOT, stop 33)", () => {
  it("takes 全面从严治党 / 党风廉政建设 in 推进______和反腐败斗争, 推动______向纵深发展, 贯彻______要求, 落实______“两个责任”", () => {
    expect(governanceFrameBlank("各级党委推进______和反腐败斗争，取得明显成效。", ["全面从严治党"])).toBe(true);
    expect(governanceFrameBlank("各级党委推进______和反腐败工作，取得明显成效。", ["党风廉政建设"])).toBe(true);
    expect(governanceFrameBlank("我们要推动______向纵深发展，永不松劲。", ["全面从严治党"])).toBe(true);
    expect(governanceFrameBlank("班子成员带头贯彻______要求，管好身边人。", ["全面从严治党"])).toBe(true);
    expect(governanceFrameBlank("各级党组织要落实______“两个责任”，层层传导压力。", ["管党治党"])).toBe(true);
  });

  it("leaves a frame that pins the key, another key, or a frame with no governance verb", () => {
    expect(governanceFrameBlank("______永远在路上，党的自我革命永远在路上。", ["全面从严治党"])).toBe(false);
    expect(governanceFrameBlank("推进______和反腐败斗争，取得明显成效。", ["作风建设"])).toBe(false);
    expect(governanceFrameBlank("要把______作为重大政治任务，取得明显成效。", ["全面从严治党"])).toBe(false);
  });

  it("sends such a blank to review in a commentary or report", () => {
    const sentence = "党中央推进全面从严治党和反腐败斗争力度之大前所未有。";
    expect(doubtsOf("一步不停歇的评论", sentence, "全面从严治党")).toContain("UNPINNED_SLOT");
    expect(doubtsOf("学校党委班子成员年度述职报告", "本年度带头贯彻全面从严治党要求，管好身边人。", "全面从严治党")).toContain("UNPINNED_SLOT");
  });
});

describe("a whole-of-policy name in a purpose clause or a commentary's own sentence (UNPINNED_SLOT, stop 38)", () => {
  it("takes the purpose clause of any text and any sentence of a text that sets no rules", () => {
    expect(umbrellaBlank("为了落实______要求，规范谈心谈话工作，制定本办法。", ["全面从严治党"], true)).toBe(true);
    expect(umbrellaBlank("为______，规范和加强党的督查工作，制定本规定。", ["全面从严治党"], true)).toBe(true);
    expect(umbrellaBlank("以严明的作风推进______，是每个支部的分内之事。", ["全面从严治党"], false)).toBe(true);
    expect(umbrellaBlank("______和关心爱护干部是一致的，不能割裂开来。", ["全面从严治党"], false)).toBe(true);
  });

  it("leaves a rule's own clause, a dated account of the record, and a key that is no umbrella name", () => {
    expect(umbrellaBlank("各级党委应当把______要求贯穿于干部管理全过程。", ["全面从严治党"], true)).toBe(false);
    expect(umbrellaBlank("党的十九大以来，党中央坚定不移推进______，党风政风为之一新。", ["全面从严治党"], false)).toBe(false);
    expect(umbrellaBlank("为了规范______工作，制定本规定。", ["谈心谈话"], true)).toBe(false);
  });

  it("sends a regulation's purpose clause to review, but not its duty clause", () => {
    const preamble = "为落实全面从严治党要求，加强机关作风建设，制定本办法。";
    expect(doubtsOf("中国共产党机关作风建设办法", preamble, "全面从严治党")).toContain("UNPINNED_SLOT");
    const duty = "各级党委应当把全面深化改革的部署同本地实际结合起来，逐项抓好落实。";
    expect(doubtsOf("中国共产党机关作风建设办法", duty, "全面深化改革")).not.toContain("UNPINNED_SLOT");
  });
});

describe("a bare 坚持______ in a run of principles, in a regulation too (UNPINNED_SLOT, stop 39)", () => {
  it("sends the bare slot among two or more other 坚持 clauses to review in a rule-setting text", () => {
    const sentence = "处理信访举报，坚持依规依纪，坚持实事求是，坚持惩前毖后、治病救人，确保处理结果经得起检验。";
    expect(doubtsOf("某单位信访举报工作条例", sentence, "实事求是")).toContain("UNPINNED_SLOT");
    expect(principleRunSlot("坚持依规依纪，坚持______，坚持惩前毖后、治病救人。")).toBe(true);
  });

  it("leaves a principle joined to its partner, a run of fewer than three, and a 坚持 with more after the blank", () => {
    expect(principleRunSlot("工作坚持统一领导、分级负责；坚持______、依法依规；坚持群众路线、发扬民主。")).toBe(false);
    expect(principleRunSlot("坚持依规依纪，坚持______，确保处理结果经得起检验。")).toBe(false);
    // A regulation's bare 坚持______ outside such a run stays (a speech's does not: the stop-28 rule).
    expect(doubtsOf("某单位信访举报工作条例", "处理信访举报，坚持依规依纪，坚持实事求是，确保处理结果经得起检验。", "实事求是")).not.toContain("UNPINNED_SLOT");
    expect(principleRunSlot("坚持依规依纪，坚持______的原则，坚持惩前毖后、治病救人。")).toBe(false);
    const paired = "审查工作坚持统一领导、分级负责；坚持实事求是、依规依纪；坚持群众路线、发扬民主。";
    expect(doubtsOf("某单位信访举报工作条例", paired, "实事求是")).not.toContain("UNPINNED_SLOT");
  });
});
