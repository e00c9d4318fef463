import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate } from "@/lib/questions";
import { acceptedVariants } from "@/lib/questions/accepted-answers";
import { bodyNameForms } from "@/lib/questions/body-names";
import { governanceFrameBlank, siblingFitsTopic } from "@/lib/questions/confidence";
import { nearFormulationFits } from "@/lib/questions/near-formulations";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate } from "./fixtures";

// Stop 38: a blank only one answer fills, and the writings of its answer a grader accepts. Invented sentences throughout.

/** A 填空 on the key of the sentence, placed in a one-module course of that title (a regulation or a speech). */
function doubtsOf(title: string, sentence: string, answer: string): string[] {
  const course = { modules: [fixtureModule(title, "一、总体要求", [sentence], [], "mod_blanks")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(sentence, answer);
  const candidate: Candidate = { ...base, question: { ...base.question, moduleId: module.id, sectionId: module.sections[0]!.id, passageId: module.sections[0]!.passages[0]!.id } };
  return scoreCandidate(candidate, indexCourse(course)).doubts;
}

describe("accepted writings of a blank's answer", () => {
  it("accepts a central body's formal and everyday names, only as the whole answer", () => {
    expect(acceptedVariants("中央组织部")).toEqual(expect.arrayContaining(["中组部", "中共中央组织部"]));
    expect(acceptedVariants("中组部")).toEqual(expect.arrayContaining(["中央组织部"]));
    expect(bodyNameForms("中央组织部部长")).toEqual([]);
    expect(acceptedVariants("中央组织部部长")).not.toContain("中组部部长");
  });

  it("accepts 的 between a long noun phrase and its head, not after a short one", () => {
    expect(acceptedVariants("宣传动员能力")).toContain("宣传动员的能力");
    expect(acceptedVariants("理论学习水平")).toContain("理论学习的水平");
    expect(acceptedVariants("斗争能力")).toEqual(["斗争能力"]);
  });

  it("accepts 同, 与 and 和 for one another in a phrase of joining", () => {
    const forms = acceptedVariants("同本地实际相结合");
    expect(forms).toEqual(expect.arrayContaining(["与本地实际相结合", "和本地实际相结合"]));
    expect(acceptedVariants("同心同德")).toEqual(["同心同德"]);
    expect(acceptedVariants("和平与发展相统一")).toEqual(["和平与发展相统一"]);
    expect(acceptedVariants("同国情和时代特征相结合")).toEqual(["同国情和时代特征相结合"]);
  });

  it("lists a title in 《》 when the stem does not set the blank in them", () => {
    expect(acceptedVariants("机关档案管理条例", undefined, { before: "按照", after: "，做好工作" })).toContain("《机关档案管理条例》");
    expect(acceptedVariants("机关档案管理条例", undefined, { before: "按照《", after: "》，做好工作" })).not.toContain("《机关档案管理条例》");
    expect(acceptedVariants("档案管理", undefined, { before: "做好", after: "工作" })).toEqual(["档案管理"]);
  });
});

describe("a virtue alone in a run of virtues, which its other wordings fill (NEAR_FORMULATION_FITS)", () => {
  it("takes 清正廉洁 as a clause of its own among other conduct", () => {
    expect(nearFormulationFits("干部要秉公用权，______，勤勉尽责。", ["清正廉洁"])).toBe(true);
    expect(nearFormulationFits("要求干部恪守本分，严格自律，______。", ["清正廉洁"])).toBe(true);
    expect(doubtsOf("某单位干部管理办法", "干部要秉公用权，清正廉洁，勤勉尽责。", "清正廉洁")).toContain("NEAR_FORMULATION_FITS");
  });

  it("leaves a virtue in a longer clause, one the sentence pins by another wording, and a word with no other wording", () => {
    expect(nearFormulationFits("干部要始终保持______的政治本色。", ["清正廉洁"])).toBe(false);
    expect(nearFormulationFits("既要廉洁自律，也要______，勤勉尽责。", ["清正廉洁"])).toBe(false);
    expect(nearFormulationFits("干部要秉公用权，______，勤勉尽责。", ["秉公办事"])).toBe(false);
  });
});

describe("a strict-governance watchword in a stock setting (UNPINNED_SLOT, stop 38)", () => {
  it("takes 在______实践中, ______和治国理政, ______永远在路上 and ______新部署", () => {
    expect(governanceFrameBlank("在______实践中，我们积累了宝贵经验。", ["全面从严治党"])).toBe(true);
    expect(governanceFrameBlank("要把这一要求贯穿______和治国理政各方面。", ["全面从严治党"])).toBe(true);
    expect(governanceFrameBlank("要牢记______永远在路上，一刻也不能放松。", ["全面从严治党"])).toBe(true);
    expect(governanceFrameBlank("围绕上级提出的______新部署，抓好落实。", ["全面从严治党"])).toBe(true);
  });

  it("leaves the pledge made twice, another key, and the watchword a verb of record takes", () => {
    expect(governanceFrameBlank("______永远在路上，党的自我革命永远在路上。", ["全面从严治党"])).toBe(false);
    expect(governanceFrameBlank("在______实践中，我们积累了宝贵经验。", ["作风建设"])).toBe(false);
    expect(governanceFrameBlank("坚定不移推进______，净化政治生态。", ["全面从严治党"])).toBe(false);
  });
});

describe("a set member as its sentence's topic after a closed quotation (SIBLING_FITS_TOPIC, stop 38)", () => {
  it("takes the blank that opens the sentence after the quotation closes", () => {
    const sentence = "老话讲：“空谈误事。”官僚主义只会让群众寒心，让工作落空。";
    expect(siblingFitsTopic(sentence.replace("官僚主义", "______"), sentence, ["官僚主义"])).toBe(true);
  });

  it("leaves a blank inside the quotation marks", () => {
    const sentence = "老话讲：“官僚主义误事。”我们要引以为戒。";
    expect(siblingFitsTopic(sentence.replace("官僚主义", "______"), sentence, ["官僚主义"])).toBe(false);
  });
});

describe("a quality one is told to raise, in a regulation too (UNPINNED_SLOT, stop 38)", () => {
  it("sends 提高______，强化政治担当 to review in a rule-setting text", () => {
    expect(doubtsOf("某机关党组织工作条例", "提高政治能力，强化政治担当，推动各项决策落地见效。", "政治能力")).toContain("UNPINNED_SLOT");
  });

  it("leaves a quality the sentence pins by a sibling", () => {
    expect(doubtsOf("某机关党组织工作条例", "提高政治判断力，提高政治领悟力，推动各项决策落地见效。", "政治判断力")).not.toContain("UNPINNED_SLOT");
  });
});
