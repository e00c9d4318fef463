import { describe, expect, it } from "vitest";
import { indexCourse, judgeTarget, scoreCandidate } from "@/lib/questions";
import { blanksFormulationOfRecord, namedFormulationOf } from "@/lib/questions/formulations-of-record";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, placedIn } from "./fixtures";

// Stop 39: a course of several essays on one theme says its theme word everywhere (GENERIC_TARGET), yet the party's
// fixed lines that hold that word pin it: only 密切联系群众 is the 党章's 最大政治优势, only 情为民所系 stands between
// 权为民所用 and 利为民所谋.
const sentences = [
  "我们党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众。",
  "各级干部要做到权为民所用、情为民所系、利为民所谋，为群众办实事。",
  "必须密切联系群众，改进工作方法。",
];
const documents = ["党群关系的现状", "密切联系群众的意义", "作风建设的路径", "执政能力"].map((title, at) =>
  fixtureModule(title, "一、引言", at === 0 ? sentences : [at < 3 ? "要坚持密切联系群众，做到情为民所系，改进工作方法。" : "要完善利益表达机制。"], [], `mod_f${at}`),
);
const index = indexCourse({ modules: documents });

function doubtsOf(sentence: string, key: string, passage: number): string[] {
  return scoreCandidate(placedIn(fillBlankCandidate(sentence, key), documents[0]!, passage), index).doubts;
}

describe("the fixed lines of record that hold a course's theme word", () => {
  it("pin the term: 三个为民 written out around the blank, the 党章's 最大政治优势是", () => {
    expect(blanksFormulationOfRecord("各级干部要做到权为民所用、______、利为民所谋，为群众办实事。", "情为民所系")).toBe(true);
    expect(blanksFormulationOfRecord("我们党的最大政治优势是______，党执政后的最大危险是脱离群众。", "密切联系群众")).toBe(true);
    expect(namedFormulationOf(sentences[1]!, "情为民所系")?.name).toBe("三个为民");
  });

  it("do not where the line is not written whole (one neighbour, another advantage)", () => {
    expect(blanksFormulationOfRecord("各级干部要做到权为民所用、______，为群众办实事。", "情为民所系")).toBe(false);
    expect(blanksFormulationOfRecord("基层党组织的优势是______，贴近群众。", "密切联系群众")).toBe(false);
    expect(blanksFormulationOfRecord("最大政治优势是______。", "群众路线")).toBe(false);
  });

  it("keep their blank from GENERIC_TARGET, while the theme word elsewhere stays generic", () => {
    expect(judgeTarget("密切联系群众", index)).toBe("generic");
    expect(doubtsOf(sentences[0]!, "密切联系群众", 0)).not.toContain("GENERIC_TARGET");
    expect(doubtsOf(sentences[1]!, "情为民所系", 1)).not.toContain("GENERIC_TARGET");
    expect(doubtsOf(sentences[2]!, "密切联系群众", 2)).toContain("GENERIC_TARGET");
  });
});
