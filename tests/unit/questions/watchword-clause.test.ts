import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { generateQuestionBank, indexCourse, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { blankedWatchword, watchwordClauseBlank } from "@/lib/questions/confidence";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, placedIn } from "./fixtures";

/** A 填空 on `answer` in a one-module course of that title (a meeting report or a speech, not a regulation). */
function inDocument(title: string, sentence: string, answer: string, focus: "term" | "enumeration" = "term"): { candidate: Candidate; index: ReturnType<typeof indexCourse> } {
  const course = { modules: [fixtureModule(title, "一、会议情况", [sentence], [], "mod_watchword")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(sentence, answer);
  const candidate = placedIn({ ...base, question: { ...base.question, focus } }, module);
  return { candidate, index: indexCourse(course) };
}

const doubtsOf = (title: string, sentence: string, answer: string, focus: "term" | "enumeration" = "term") => {
  const { candidate, index } = inDocument(title, sentence, answer, focus);
  return scoreCandidate(candidate, index).doubts;
};

describe("one clause of a quoted watchword the text names as a requirement (stop 29)", () => {
  it("recognises a blank that is a whole clause of such a formula, and gives the formula whole", () => {
    expect(blankedWatchword("班子成员按照“照镜子、正衣冠、洗洗澡、______”的总要求，联系思想实际。", ["治治病"])).toBe("照镜子、正衣冠、洗洗澡、治治病");
    expect(watchwordClauseBlank("坚决贯彻“守初心、担使命、______、抓落实”总体要求。", ["找差距"])).toBe(true);
    expect(watchwordClauseBlank("根据“减项、降分、限高、______”的原则，清理加分项目。", ["公示"])).toBe(true);
    expect(watchwordClauseBlank("二是要进一步树立“在其位、勤其政、______、优其职”的责任意识。", ["负其责"])).toBe(true);
  });

  it("leaves a formula named as a theme or aim, one a verb goes on with, a list of unlike items, a short list and two blanks", () => {
    // One school's names for its own work.
    expect(watchwordClauseBlank("围绕“培元、______、博雅”三个主题，构建系列德育课程。", ["通达"])).toBe(false);
    expect(watchwordClauseBlank("把学校打造成“绍兴第一、省内领先、______”的学校。", ["国内知名"])).toBe(false);
    expect(watchwordClauseBlank("认真把“学习教育、调查研究、检视问题、______”贯穿主题教育全过程。", ["整改落实"])).toBe(false);
    // Items of different lengths are a list the author drew up, not a formula.
    expect(watchwordClauseBlank("坚持“科学发展、______、以人为本”的要求。", ["和谐"])).toBe(false);
    expect(watchwordClauseBlank("按照“照镜子、______”的要求。", ["正衣冠"])).toBe(false);
    expect(watchwordClauseBlank("按照“照镜子、______、洗洗澡、______”的总要求。", ["正衣冠"])).toBe(false);
    // A blank outside the quotation.
    expect(watchwordClauseBlank("按照“照镜子、正衣冠、洗洗澡、治治病”的总要求，以______为主题。", ["为民"])).toBe(false);
  });

  it("publishes such a blank in a meeting report, where a blank among 、-items would wait for review", () => {
    const sentence = "班子成员紧紧围绕保持党的先进性和纯洁性，按照“照镜子、正衣冠、洗洗澡、治治病”的总要求，联系思想实际、岗位职责和工作状况。";
    const doubts = doubtsOf("中国能建领导班子专题民主生活会", sentence, "治治病", "enumeration");
    expect(doubts).not.toContain("LIST_ITEM_BLANK");
    expect(doubts).toEqual([]);
    // …and its verb-led clauses are the formula's own form.
    const campaign = "我校严格按照市教育局党委部署要求，坚决贯彻“守初心、担使命、找差距、抓落实”总体要求，深入学习贯彻党的创新理论。";
    const verbLed = doubtsOf("在主题教育总结大会上的讲话", campaign, "担使命");
    expect(verbLed).not.toContain("VERB_LED_TARGET");
    expect(verbLed).not.toContain("LIST_ITEM_BLANK");
    // The same blank in a quoted list named as a theme stays in review.
    const themes = "围绕“培元、通达、博雅”三个主题，进一步构建系列德育课程，全面提升学校德育工作实效。";
    expect(doubtsOf("学校班子成员年度述职报告", themes, "通达", "enumeration")).toContain("LIST_ITEM_BLANK");
  });
});

describe("a stem that stops on the means only (STATEMENT_TRUNCATED, stop 29)", () => {
  it("sends a 填空 whose last clause only names how something was done to review", () => {
    const sentence = "一年来，围绕“守初心、担使命、找差距、抓落实”总要求，通过参加集中学习、专题研讨、个人自学等方式。";
    expect(doubtsOf("在主题教育总结大会上的讲话", sentence, "担使命")).toContain("STATEMENT_TRUNCATED");
    const whole = "一年来，通过参加集中学习、专题研讨、个人自学等方式，对主题教育的重大意义有了更为清醒的认识。";
    expect(doubtsOf("在主题教育总结大会上的讲话", whole, "专题研讨")).not.toContain("STATEMENT_TRUNCATED");
  });
});

describe("one clause of a watchword asked once per course (WATCHWORD_REPEATED, stop 29)", () => {
  it("publishes one blank of a principle a speech names twice, not one for each clause", async () => {
    const file = "jiaoyu-gongzuo-huiyi-jianghua-gbk.txt";
    const course = await buildCourse({ title: "单篇文档课程", description: "一篇文档", documents: [{ path: file }] }, [
      { path: file, bytes: new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../fixtures/corpus", file))) },
    ]);
    const bank = generateQuestionBank(course);
    const formula = (question: Question) => (question.type === "FILL_BLANK" ? blankedWatchword(question.stem, question.answer as string[]) : null);
    // Without the rule both 根据“减项、降分、限高、______”的原则 and 继续按照“______、降分、限高、公示”原则 are published.
    // The one kept waits for review only because its 解析 repeats the source (BARE_EXPLANATION, stop 32) or because a
    // speech publishes its quotations' speakers only (UNTRUSTED_KIND, stop 38).
    const waitsOnlyFor = new Set(["BARE_EXPLANATION", "UNTRUSTED_KIND"]);
    const keptButBare = bank.review.filter((entry) => entry.reasons.length > 0 && entry.reasons.every((reason) => waitsOnlyFor.has(reason))).map((entry) => entry.question);
    expect([...bank.accepted, ...keptButBare].filter((question) => formula(question) === "减项、降分、限高、公示")).toHaveLength(1);
  }, 30_000);
});
