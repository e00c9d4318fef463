import { describe, expect, it } from "vitest";
import { fillBlankExplanation, ordinalMembers, teachingSentence } from "@/lib/questions/explanation";
import { balanced, quoteExcerpt } from "@/lib/questions/quote-excerpt";
import { termGloss } from "@/lib/questions/term-glosses";
import { keyPlace, moduleContext } from "./fixtures";

// Stop 36 (issue 16, criterion E): a 填空 that names a set only, a set listed by its own name counted off, and a place
// of the course quoted cut inside brackets or quotation marks.

function explain(sentence: string, key: string) {
  const { index } = moduleContext("学习材料", "一、学习体会", [sentence], [{ kind: "term", text: key }], "mod_sets");
  const place = keyPlace(index, 0, key);
  return fillBlankExplanation(index, { answers: [key], key: place, quoted: place.located.passage.text });
}

describe("a set whose members are its name counted off", () => {
  it("is told by the members' form, not by one set's name", () => {
    expect(ordinalMembers(["第一个百年奋斗目标", "第二个百年奋斗目标"])).toBe(true);
    expect(ordinalMembers(["第一种形态", "第二种形态", "第三种形态", "第四种形态"])).toBe(true);
    expect(ordinalMembers(["政治意识", "大局意识", "核心意识", "看齐意识"])).toBe(false);
    expect(ordinalMembers(["第一书记", "第二课堂"])).toBe(false);
  });

  it("never lists such members: it says what the key is from a gloss of record", () => {
    const said = explain("全校师生要坚定信心，为实现第二个百年奋斗目标贡献青春力量。", "第二个百年奋斗目标");
    expect(said.text).not.toContain("指第一个百年奋斗目标、第二个百年奋斗目标");
    expect(said.text).toContain("第二个百年奋斗目标是在新中国成立一百年时建成富强民主文明和谐美丽的社会主义现代化强国");
    expect(said.teaches).toBe(true);
  });

  it("sends the 填空 to review (SET_NAME_ONLY) where nothing says what the key is", () => {
    const said = explain("支部要把第三种形态的运用情况纳入年度考核。", "第三种形态");
    expect(said.text).not.toContain("指第一种形态、第二种形态");
    expect(said.teaches).toBe(false);
    expect(said.setNameOnly).toBe(true);
  });
});

describe("the 四个伟大 named whole in the sentence", () => {
  it("says what the key is where a gloss of record has it, beside the set's name", () => {
    const said = explain("全体党员要站在统揽伟大斗争、伟大工程、伟大事业、伟大梦想的高度认识支部工作。", "伟大工程");
    expect(said.text).toContain("「伟大工程」是“四个伟大”之一（伟大斗争、伟大工程、伟大事业、伟大梦想）。");
    expect(said.text).toContain("据党的十九大报告，这个伟大工程就是我们党正在深入推进的党的建设新的伟大工程。");
  });

  it("glosses a member only where the passage speaks of the set", () => {
    const own = "各级学校要办好人民满意的教育，这是一项伟大事业。";
    expect(termGloss("伟大事业", own, own.indexOf("伟大事业"))).toBeUndefined();
    const set = "统揽伟大斗争、伟大工程、伟大事业、伟大梦想。";
    expect(termGloss("伟大事业", set, set.indexOf("伟大事业"))?.source).toBe("党的十九大报告");
  });
});

describe("a quoted place reads whole", () => {
  it("balanced: brackets and quotation marks each closed, in order", () => {
    expect(balanced("人民解放军（1948年改称“中国人民解放军”）挺进中原")).toBe(true);
    expect(balanced("人民解放军（1948年改称")).toBe(false);
    expect(balanced("改称“中国人民解放军")).toBe(false);
    expect(balanced("）进入新阶段")).toBe(false);
    expect(balanced("（“先锋队”）")).toBe(true);
    expect(balanced("（“先锋队）”")).toBe(false);
  });

  it("an excerpt is never cut inside brackets", () => {
    const quote = "我们的军队始终是党绝对领导下的人民军队，这支军队（当时叫做工农红军，后来改称八路军、新四军，再后来改称人民解放军）从诞生之日起就把全心全意为人民服务作为唯一宗旨。";
    expect(quoteExcerpt(quote)).toBe("我们的军队始终是党绝对领导下的人民军队……");
  });

  it("a sentence teaching a term is not taken where it opens or closes inside brackets", () => {
    expect(teachingSentence("1947年秋，西北野战军（后改称第一野战军是西北战场的主力。", "第一野战军")).toBeNull();
  });
});

describe("SET_NAME_ONLY", () => {
  it("is a review reason with a Chinese label", async () => {
    const { DOUBTS } = await import("@/lib/questions/confidence");
    const reason = (DOUBTS as Record<string, { label: string }>).SET_NAME_ONLY;
    expect(reason?.label).toMatch(/^填空题的解析只说答案属于某一提法/);
  });
});

describe("a shelf of many members named alone (stop 39)", () => {
  it("does not teach: the 填空 waits in review where nothing else says what the key is", () => {
    const shelf = explain("中央组织部负责统筹协调，中央统战部主要负责联系党外人士，指导各地做好相关工作。", "中央统战部");
    expect(shelf.text).not.toContain("属于“党中央和国务院的机关与工作部门”");
    expect(shelf.teaches).toBe(false);
  });

  it("still teaches with a set of a few members, which it lists", () => {
    const set = explain("各级干部要善于运用战略思维，谋划长远发展。", "战略思维");
    expect(set.text).toContain("“思维能力”包括战略思维、历史思维");
    expect(set.teaches).toBe(true);
  });
});
