import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate } from "@/lib/questions";
import { isQuotedConcept } from "@/lib/questions/target-importance";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, placedIn } from "./fixtures";

/** A 填空 on `answer` in the first paragraph of a one-module essay made of `paragraphs`. */
function essayBlank(paragraphs: string[], answer: string): { candidate: Candidate; index: ReturnType<typeof indexCourse> } {
  const course = { modules: [fixtureModule("深刻把握新时代文化建设的内在逻辑", "一、理论意义", paragraphs, [], "mod_view")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(paragraphs[0]!, answer);
  const candidate = placedIn(base, module);
  return { candidate, index: indexCourse(course) };
}

const doubtsOf = (paragraphs: string[], answer: string) => {
  const { candidate, index } = essayBlank(paragraphs, answer);
  return scoreCandidate(candidate, index).doubts;
};

describe("a view an essay names in quotation marks and weighs (ESSAY_TERM_BLANK, stop 30)", () => {
  it("releases a blank on a quoted view the essay names twice: by its ending (…论, …主义, …之争) or by what follows it (的观念, 的思维方式)", () => {
    expect(doubtsOf(["新思想打破了“资本至上论”，开辟了新的道路。", "“资本至上论”把一切都看作商品。"], "资本至上论")).not.toContain("ESSAY_TERM_BLANK");
    expect(doubtsOf(["有的同志抱着“以官为本”的观念不放，必须坚决纠正。", "所谓“以官为本”，就是把职位看得高于一切。"], "以官为本")).not.toContain("ESSAY_TERM_BLANK");
    expect(doubtsOf(["必须摆脱“唯书唯上”的思维方式。", "过去“唯书唯上”盛行，教训深刻。"], "唯书唯上")).not.toContain("ESSAY_TERM_BLANK");
  });

  it("still holds an essay's own word, a view named once, a programme a report names, and a name with a count", () => {
    // Not quoted at all: a word of the essay's prose.
    expect(doubtsOf(["要正确处理各方面的利益关系，维护社会稳定。", "利益关系复杂多样。"], "利益关系")).toContain("ESSAY_TERM_BLANK");
    // Quoted once: the essay does not return to it.
    expect(doubtsOf(["有的同志抱着“以官为本”的观念不放，必须坚决纠正。", "作风问题要常抓不懈。"], "以官为本")).toContain("ESSAY_TERM_BLANK");
    // A programme or a brand (建设, 活动, 面积) quoted twice is a local label, not a view.
    expect(doubtsOf(["深入推进“清风校园”建设，营造良好氛围。", "“清风校园”建设取得新进展。"], "清风校园")).toContain("ESSAY_TERM_BLANK");
    // A counted set's name or a numbered slogan, however often quoted.
    expect(doubtsOf(["要坚持“三严一实”的思想，做到知行合一。", "“三严一实”的思想要落到实处。"], "三严一实")).toContain("ESSAY_TERM_BLANK");
  });

  it("still holds the quoted view when the blank closes a list of such tendencies (…，“______”等现象)", () => {
    expect(doubtsOf(["对于脱离群众，自以为是，“以官为本”等现象，必须批评教育。", "有的同志抱着“以官为本”的观念不放。"], "以官为本")).toContain("ESSAY_TERM_BLANK");
  });

  it("isQuotedConcept asks for two quoted places, CJK text of three to ten characters, no count", () => {
    const index = indexCourse({ modules: [fixtureModule("文章", "一", ["“东方从属于西方”的逻辑框架早已过时。", "打破“东方从属于西方”的格局。", "“两个结合”的思想。", "“两个结合”的思想。"], [], "mod_q")] });
    expect(isQuotedConcept("东方从属于西方", index)).toBe(true);
    expect(isQuotedConcept("两个结合", index)).toBe(false);
    expect(isQuotedConcept("西方", index)).toBe(false);
  });
});

describe("a stem opening on 结果 (STEM_STARTS_MID_CLAUSE, stop 30)", () => {
  it("holds a stem that opens on the connective 结果: it leans on the sentence before", () => {
    expect(doubtsOf(["结果有的干部“以官为本”，看不起群众。", "有的同志抱着“以官为本”的观念不放。"], "以官为本")).toContain("STEM_STARTS_MID_CLAUSE");
  });
});
