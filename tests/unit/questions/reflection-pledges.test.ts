import { describe, expect, it } from "vitest";
import { scoreCandidate } from "@/lib/questions";
import { readDocumentKind } from "@/lib/content";
import { speaksOfItself } from "@/lib/questions/kind-policy";
import { EMBODIED_WATCHWORD_BLANK, QUOTED_EXHORTATION_BLANK, SELF_POSITIONED_PLEDGE } from "@/lib/questions/confidence";
import { fillBlankCandidate, moduleContext, placedIn } from "./fixtures";

/** A 填空 on the key of the sentence, placed in a one-module course of that title. */
function doubtsOf(title: string, sentence: string, answer: string): string[] {
  const { index } = moduleContext(title, "一、学习体会", [sentence], [], "mod_pledge");
  return [...scoreCandidate(placedIn(fillBlankCandidate(sentence, answer), index.modules[0]!), index).doubts];
}

describe("the writer's pledge as one of a group (PERSONAL_ACCOUNT, stop 36)", () => {
  it("takes 作为/身为…，(…，)我们/我 and 身处…的我们 followed by what they resolve to do", () => {
    expect(SELF_POSITIONED_PLEDGE.test("作为一名新入职的教师，我们要把立德树人放在首位，坚定______。")).toBe(true);
    expect(SELF_POSITIONED_PLEDGE.test("身处伟大时代的我们，更要赓续红色血脉，传承______。")).toBe(true);
    expect(SELF_POSITIONED_PLEDGE.test("作为大学生，身处和平年代，我们应当珍惜时光，努力学习。")).toBe(true);
    expect(SELF_POSITIONED_PLEDGE.test("身为一名入党积极分子，我将以______为榜样，严格要求自己。")).toBe(true);
  });

  it("leaves 我们党 and 我国, a 作为 that names a role of a thing, and a sentence that pledges nothing", () => {
    expect(SELF_POSITIONED_PLEDGE.test("作为马克思主义政党，我们党必须始终坚持______。")).toBe(false);
    expect(SELF_POSITIONED_PLEDGE.test("作为世界上最大的发展中国家，我国要坚持______。")).toBe(false);
    expect(SELF_POSITIONED_PLEDGE.test("民主集中制作为党的根本组织原则，是党内政治生活正常开展的重要制度保障。")).toBe(false);
    expect(SELF_POSITIONED_PLEDGE.test("作为一名老党员，他四十年如一日扎根山区。")).toBe(false);
  });

  it("sends a 填空 in such a pledge to review, in a report of a lecture as in a 心得", () => {
    const sentence = "身处新时代的我们，要牢固树立正确的世界观、人生观、价值观，做到知行合一。";
    expect(doubtsOf("团课纪实：重温红色校史", sentence, "价值观")).toContain("PERSONAL_ACCOUNT");
    expect(doubtsOf("团课纪实：重温红色校史", "新时代青年要牢固树立正确的世界观、人生观、价值观，做到知行合一。", "价值观")).not.toContain("PERSONAL_ACCOUNT");
  });
});

describe("a quoted watchword blanked as what a deed lives up to (UNPINNED_SLOT, stop 36)", () => {
  it("takes 践行/诠释/彰显(了)“______” when the quotation marks hold the blank alone", () => {
    expect(EMBODIED_WATCHWORD_BLANK.test("支部党员走村入户收集诉求，用“马上就办”践行“______”。")).toBe(true);
    expect(EMBODIED_WATCHWORD_BLANK.test("志愿者连续三天坚守服务点，以实际行动诠释了“（　）”。")).toBe(true);
  });

  it("leaves a quotation the sentence names as a 宗旨 or 精神, and a blank outside quotation marks", () => {
    expect(EMBODIED_WATCHWORD_BLANK.test("广大党员冲锋在前，践行“______”的根本宗旨。")).toBe(false);
    expect(EMBODIED_WATCHWORD_BLANK.test("广大党员冲锋在前，践行______的根本宗旨。")).toBe(false);
  });

  it("sends such a 填空 to review in a study reflection, not in a regulation's preamble", () => {
    const sentence = "支部党员走村入户收集诉求，用“马上就办”践行“一切从实际出发”。";
    expect(doubtsOf("学习党章心得体会", sentence, "一切从实际出发")).toContain("UNPINNED_SLOT");
  });
});

describe("a quoted exhortation whose object is the blank alone (UNPINNED_SLOT, stop 36)", () => {
  it("takes 坚持/杜绝“______” and leaves an unquoted or longer quotation", () => {
    expect(QUOTED_EXHORTATION_BLANK.test("报告提出的“坚持______”要求，在支部的调研工作中落到了实处。")).toBe(true);
    expect(QUOTED_EXHORTATION_BLANK.test("全体党员要“杜绝（　）”，把心思用在干事创业上。")).toBe(true);
    expect(QUOTED_EXHORTATION_BLANK.test("“坚持______、从严治党”是全党的共同任务。")).toBe(false);
  });

  it("sends such a 填空 to review in a reflection unless the sentence names the key's set", () => {
    expect(doubtsOf("学习心得", "报告提出的“坚持实事求是”要求，在支部的调研工作中落到了实处。", "实事求是")).toContain("UNPINNED_SLOT");
  });
});

describe("a personal account named by its title (stop 36)", () => {
  it("takes a 观后感, 感想, 学习感悟, 思想汇报 or 表态发言 whatever its pronouns", () => {
    const texts = ["影片以一座小站的变迁为线索，讲述了几代铁路人扎根边疆的故事。"];
    const documentKind = (title: string) => ({ personal: speaksOfItself(readDocumentKind({ title, texts })) });
    expect(documentKind("《长路》观后感").personal).toBe(true);
    expect(documentKind("参加支部主题党日活动感想").personal).toBe(true);
    expect(documentKind("2024年第三季度思想汇报").personal).toBe(true);
    expect(documentKind("新任校长座谈会表态发言").personal).toBe(true);
    expect(documentKind("铁路沿线站区开展主题党日活动").personal).toBe(false);
  });
});
