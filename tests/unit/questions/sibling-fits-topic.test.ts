import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate } from "@/lib/questions";
import { siblingFitsTopic } from "@/lib/questions/confidence";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, placedIn } from "./fixtures";

/** A 填空 on the key of the sentence, placed in a one-module course of that title. */
function doubtsOf(title: string, sentence: string, answer: string): string[] {
  const course = { modules: [fixtureModule(title, "一、总体要求", [sentence], [], "mod_sibling")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(sentence, answer);
  const candidate: Candidate = placedIn(base, module);
  return scoreCandidate(candidate, indexCourse(course)).doubts;
}

/** Whether the rule takes the sentence with the answer blanked. */
function fits(sentence: string, answer: string): boolean {
  return siblingFitsTopic(sentence.replace(answer, "______"), sentence, [answer]);
}

describe("a set member blanked as its sentence's topic (SIBLING_FITS_TOPIC, stop 31)", () => {
  it("takes a member of a lexicon set that opens its sentence or clause with nothing to pin it", () => {
    expect(fits("官僚主义只会拖慢工作节奏，让基层疲于应付。", "官僚主义")).toBe(true);
    expect(fits("凡是群众路线贯彻得好的地方，干群关系就融洽。", "群众路线")).toBe(true);
    expect(fits("事业发展到哪一步，全面深化改革就推进到哪一步。", "全面深化改革")).toBe(true);
    expect(fits("毛泽东思想指引我们不断取得胜利。", "毛泽东思想")).toBe(true);
  });

  it("leaves a definition, a label's line, a list item, a set named in the sentence and an ordinary key alone", () => {
    expect(fits("官僚主义是一种脱离群众、脱离实际的作风。", "官僚主义")).toBe(false);
    expect(fits("组织纪律：服从组织安排、执行组织决定。", "组织纪律")).toBe(false);
    expect(fits("形式主义、官僚主义只会拖慢工作节奏。", "形式主义")).toBe(false);
    expect(fits("形式主义只会拖慢工作节奏，官僚主义也是如此。", "形式主义")).toBe(false);
    expect(fits("解放思想，实事求是，与时俱进。", "实事求是")).toBe(false);
    expect(fits("调查研究只会拖慢工作节奏。", "调查研究")).toBe(false);
  });

  it("leaves a member of contextual sets only and a blank that is an object, not a topic", () => {
    expect(fits("党内监督必须突出领导机关和领导干部。", "党内监督")).toBe(false);
    expect(fits("各级党组织要坚决反对官僚主义，切实减轻基层负担。", "官僚主义")).toBe(false);
  });

  it("sends such a 填空 to review in a rule-setting text as in a report", () => {
    const sentence = "官僚主义只会拖慢工作节奏，让基层疲于应付。";
    expect(doubtsOf("关于加强作风建设的意见", sentence, "官僚主义")).toContain("SIBLING_FITS_TOPIC");
    expect(doubtsOf("某单位年度工作报告", sentence, "官僚主义")).toContain("SIBLING_FITS_TOPIC");
    expect(doubtsOf("某单位年度工作报告", "官僚主义是一种脱离群众、脱离实际的作风。", "官僚主义")).not.toContain("SIBLING_FITS_TOPIC");
  });

  it("sends a 判断 made false by swapping such a key for a sibling to review, and keeps a swap in a sentence that pins it", () => {
    const swapDoubts = (sentence: string, from: string, to: string): string[] => {
      const course = { modules: [fixtureModule("某单位年度工作报告", "一、总体要求", [sentence], [], "mod_sibling_swap")] };
      const module = course.modules[0]!;
      const base = fillBlankCandidate(sentence, from);
      const candidate = placedIn(
        {
          question: { ...base.question, type: "TRUE_FALSE", stem: sentence.replace(from, to), answer: false },
          evidence: { ...base.evidence, change: { kind: "term-swap", from, to } },
        } as Candidate,
        module,
      );
      return scoreCandidate(candidate, indexCourse(course)).doubts;
    };
    expect(swapDoubts("官僚主义只会拖慢工作节奏，让基层疲于应付。", "官僚主义", "形式主义")).toContain("SIBLING_FITS_TOPIC");
    expect(swapDoubts("官僚主义是一种脱离群众、脱离实际的作风。", "官僚主义", "形式主义")).not.toContain("SIBLING_FITS_TOPIC");
  });
});
