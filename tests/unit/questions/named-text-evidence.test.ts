import { describe, expect, it } from "vitest";
import { PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { questionWithContext } from "@/lib/questions/context-lead";
import { asksOfOneRule, commentaryKeyUnnamed, namesItsText, ruleUnnamed } from "@/lib/questions/named-text-evidence";
import { asSingleChoice, fillBlankCandidate, moduleContext, placedIn } from "./fixtures";

// Stop 39: a 单选 asking which sibling term a rule names publishes on positive evidence, its stem naming that rule.
// Sentences written for these tests, not copied from a fixture.
describe("a term 单选 names the text that decides it (TEXT_UNNAMED)", () => {
  const choiceIn = (context: ReturnType<typeof moduleContext>, sentence: string, answer: string, wrong: string[]): Candidate => {
    const base = fillBlankCandidate(sentence, answer, sentence.replace(answer, "（　）"));
    return placedIn(asSingleChoice(base, wrong), context.index.modules[0]!);
  };
  const SENTENCE = "街道党工委领导班子应当自觉接受党内监督和群众监督。";
  const WRONG = ["舆论监督", "民主监督", "法律监督"];

  it("reads a title in 《》 or an article number as the text named", () => {
    expect(namesItsText("按照《街道党工委工作规则》，领导班子应当自觉接受党内监督和（　）。")).toBe(true);
    expect(namesItsText("应当追究党纪责任的，依照《（　）》给予处分。")).toBe(true);
    expect(namesItsText("第十二条规定，领导班子应当自觉接受党内监督和（　）。")).toBe(true);
    expect(namesItsText("领导班子应当自觉接受党内监督和（　）。")).toBe(false);
    expect(asksOfOneRule({ type: "SINGLE_CHOICE", focus: "term" })).toBe(true);
    expect(asksOfOneRule({ type: "SINGLE_CHOICE", focus: "number" })).toBe(true);
    expect(asksOfOneRule({ type: "TRUE_FALSE", focus: "number" })).toBe(true);
    expect(asksOfOneRule({ type: "TRUE_FALSE", focus: "term" })).toBe(false);
    expect(asksOfOneRule({ type: "SINGLE_CHOICE", focus: "speaker" })).toBe(false);
    expect(asksOfOneRule({ type: "FILL_BLANK", focus: "term" })).toBe(false);
  });

  it("publishes a rule's term 单选 whose stem the lead names (按照《…规则》，)", () => {
    const rules = moduleContext("街道党工委工作规则", "第四章 监督", [SENTENCE], []);
    expect(rules.index.documentKind(rules.index.modules[0]!).kind).toBe("regulation");
    const choice = choiceIn(rules, SENTENCE, "群众监督", WRONG);
    expect(questionWithContext(choice.question, rules.index).stem).toBe("按照《街道党工委工作规则》，街道党工委领导班子应当自觉接受党内监督和（　）。");
    expect(ruleUnnamed(choice.question, rules.index)).toBe(false);
    expect(scoreCandidate(choice, rules.index).doubts).not.toContain("TEXT_UNNAMED");
  });

  it("sends to review a rule-setting text's term 单选 that no title can name", () => {
    // A regulation whose title is what people call it (八项规定), no document's name: no lead names it in the stem.
    const short = moduleContext("八项规定", "一、监督", [`第五条 ${SENTENCE}`, "第六条 党工委应当定期听取汇报。"], []);
    expect(short.index.documentKind(short.index.modules[0]!).kind).toBe("regulation");
    const choice = choiceIn(short, SENTENCE, "群众监督", WRONG);
    expect(questionWithContext(choice.question, short.index).stem).toBe("街道党工委领导班子应当自觉接受党内监督和（　）。");
    const scored = scoreCandidate(choice, short.index);
    expect(scored.doubts).toContain("TEXT_UNNAMED");
    expect(scored.score).toBeLessThan(PUBLISH_THRESHOLD);
  });

  it("keeps a term 单选 whose own sentence quotes its rule's title", () => {
    const sentence = `按照《街道党工委工作规则》，${SENTENCE}`;
    const short = moduleContext("八项规定", "一、监督", [`第五条 ${sentence}`, "第六条 党工委应当定期听取汇报。"], []);
    expect(ruleUnnamed(choiceIn(short, sentence, "群众监督", WRONG).question, short.index)).toBe(false);
  });

  it("names the rule of a number 判断, and sends one whose rule no title names to review", () => {
    const rule = "复查工作应当在3个月内办结。";
    const statement = (context: ReturnType<typeof moduleContext>): Candidate => {
      const base = fillBlankCandidate(rule, "3个月", rule);
      return placedIn({ ...base, question: { ...base.question, type: "TRUE_FALSE", focus: "number", answer: true } }, context.index.modules[0]!);
    };
    const rules = moduleContext("街道党工委工作规则", "第四章 监督", [rule], []);
    expect(questionWithContext(statement(rules).question, rules.index).stem).toBe(`按照《街道党工委工作规则》，${rule}`);
    expect(scoreCandidate(statement(rules), rules.index).doubts).not.toContain("TEXT_UNNAMED");
    const short = moduleContext("八项规定", "一、监督", [`第五条 ${rule}`, "第六条 党工委应当定期听取汇报。"], []);
    expect(scoreCandidate(statement(short), short.index).doubts).toContain("TEXT_UNNAMED");
  });

  it("leaves a commentary's term 单选 and a 填空 to the other rules", () => {
    const commentary = moduleContext("如何理解党内监督", "一、内涵", ["各级领导班子都要自觉接受党内监督和群众监督。"], []);
    const choice = choiceIn(commentary, "各级领导班子都要自觉接受党内监督和群众监督。", "群众监督", WRONG);
    expect(ruleUnnamed(choice.question, commentary.index)).toBe(false);
    const rules = moduleContext("街道党工委工作规则", "第四章 监督", [SENTENCE], []);
    const blank = placedIn(fillBlankCandidate(SENTENCE, "群众监督"), rules.index.modules[0]!);
    expect(ruleUnnamed(blank.question, rules.index)).toBe(false);
  });
});

// Stop 39 (helper comm): a commentary's term 填空 publishes on a key the course names or quotes, or a stem naming its text.
describe("a commentary's 填空 publishes on a key the course vouches for (COMMENTARY_KEY_UNNAMED)", () => {
  const SENTENCE = "社区党组织要走好新时代的群众路线，在解决急难愁盼中检验作风。";
  const blankIn = (context: ReturnType<typeof moduleContext>, sentence = SENTENCE, answer = "群众路线"): Candidate => placedIn(fillBlankCandidate(sentence, answer), context.index.modules[0]!);

  it("sends to review a blank on a word the commentary only writes in passing", () => {
    const essay = moduleContext("如何理解基层作风建设", "一、内涵", [SENTENCE, "作风建设永远在路上。"], []);
    expect(essay.index.documentKind(essay.index.modules[0]!).kind).toBe("commentary");
    const blank = blankIn(essay);
    expect(commentaryKeyUnnamed(blank, essay.index)).toBe(true);
    const scored = scoreCandidate(blank, essay.index);
    expect(scored.doubts).toContain("COMMENTARY_KEY_UNNAMED");
    expect(scored.score).toBeLessThan(PUBLISH_THRESHOLD);
  });

  it("keeps a blank on a word the course sets in quotation marks", () => {
    const essay = moduleContext("如何理解基层作风建设", "一、内涵", [SENTENCE, "“群众路线”是党的生命线和根本工作路线。"], []);
    expect(commentaryKeyUnnamed(blankIn(essay), essay.index)).toBe(false);
  });

  it("keeps a blank on a word the course names as a list item or a section title", () => {
    const listed = moduleContext("如何理解基层作风建设", "一、内涵", [SENTENCE, "基层工作要坚持群众路线、实事求是和独立自主。"], [
      { kind: "enumeration", passage: 1, text: "基层工作要坚持的原则", answer: "群众路线、实事求是和独立自主", items: ["群众路线", "实事求是", "独立自主"] },
    ]);
    expect(commentaryKeyUnnamed(blankIn(listed), listed.index)).toBe(false);
    const titled = moduleContext("如何理解基层作风建设", "群众路线", [SENTENCE, "作风建设永远在路上。"], []);
    expect(commentaryKeyUnnamed(blankIn(titled), titled.index)).toBe(false);
  });

  it("keeps a blank whose stem names the text its sentence is of", () => {
    const sentence = "《街道党建工作手册》要求，社区党组织要走好新时代的群众路线。";
    const essay = moduleContext("如何理解基层作风建设", "一、内涵", [sentence, "作风建设永远在路上。"], []);
    expect(commentaryKeyUnnamed(blankIn(essay, sentence), essay.index)).toBe(false);
  });

  it("leaves a regulation's 填空 and a commentary's 单选 to the other rules", () => {
    const rules = moduleContext("街道党工委工作规则", "第四章 作风", [SENTENCE], []);
    expect(rules.index.documentKind(rules.index.modules[0]!).kind).toBe("regulation");
    expect(commentaryKeyUnnamed(blankIn(rules), rules.index)).toBe(false);
    const essay = moduleContext("如何理解基层作风建设", "一、内涵", [SENTENCE, "作风建设永远在路上。"], []);
    const choice = placedIn(asSingleChoice(fillBlankCandidate(SENTENCE, "群众路线", SENTENCE.replace("群众路线", "（　）")), ["生命线", "工作方法", "根本宗旨"]), essay.index.modules[0]!);
    expect(commentaryKeyUnnamed(choice, essay.index)).toBe(false);
  });
});
