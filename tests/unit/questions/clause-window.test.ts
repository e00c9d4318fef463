import { describe, expect, it } from "vitest";
import { asStatement, clauseWindow, cutsLeaningClause } from "@/lib/questions/source-text";

/** A sentence at passage offset `at`, and the window around the first occurrence of `blank`. */
function windowAround(text: string, blank: string, max?: number, at = 100) {
  const start = at + text.indexOf(blank);
  const window = clauseWindow({ text, start: at, end: at + text.length }, start, start + blank.length, max);
  expect(text.slice(window.start - at, window.start - at + window.text.length)).toBe(window.text);
  return window.text;
}

const LEANING =
  "所以我们手中的权力只能用来为最广大的人民群众谋利益，决不允许用来为个人或小集团谋取私利，党员领导干部只有树立了正确的权力观，才能从根本上解决好入党为什么、当官干什么、身后留什么的问题，才能忠诚地实践全心全意为人民服务的宗旨。";

describe("clauseWindow", () => {
  it("does not end on a clause that heads the next unit of a series whose body the cut leaves out", () => {
    const text = "严格安排随行人员，甲委员出访，陪同人员不超过6人，工作人员不超过50人，乙委员出访，陪同人员不超过5人，工作人员不超过40人；丙委员出访，陪同人员不超过4人，工作人员不超过16人。";
    expect(windowAround(text, "50人", 45)).toBe("严格安排随行人员，甲委员出访，陪同人员不超过6人，工作人员不超过50人");
  });

  it("does not end before a clause that qualifies its last one (一般不得超过…)", () => {
    const text = "甲类会议参会人员不得超过300人，工作人员控制在10%以内；乙类会议参会人员视内容而定，一般不得超过50人，会期不超过1天，会议地点一律在本单位会议室。";
    expect(windowAround(text, "300人", 45)).toBe("甲类会议参会人员不得超过300人，工作人员控制在10%以内");
  });

  it("tells a clause heading a cut unit from a whole unit of a series", () => {
    expect(cutsLeaningClause("陪同人员不超过6人，工作人员不超过50人，乙委员出访，", "陪同人员不超过5人。")).toBe(true);
    expect(cutsLeaningClause("视内容而定，", "一般不得超过50人。")).toBe(true);
    // 学习党的路线…，学习党的基本知识: the last clause is itself a unit, and nothing is left hanging.
    expect(cutsLeaningClause("认真学习党的理论，学习党的路线、方针、政策和决议，", "学习党的基本知识，努力提高本领。")).toBe(false);
    expect(cutsLeaningClause("坚持党的群众路线，密切联系群众，", "着力提高党的领导水平。")).toBe(false);
  });

  it("keeps a sentence within the limit whole", () => {
    expect(windowAround("党群关系是中国政治生活中最重要的关系。", "政治生活")).toBe("党群关系是中国政治生活中最重要的关系。");
  });

  it("cuts a long sentence to whole clauses around the blank, within the limit", () => {
    const text = windowAround(LEANING, "决不允许", 40);
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text).toContain("决不允许用来为个人或小集团谋取私利");
    expect(text).not.toMatch(/[，；：]$/);
  });

  it("does not start with a clause that leans on the one before (才能…): it takes that clause too", () => {
    const text = windowAround(LEANING, "全心全意", 60);
    expect(text.startsWith("才能")).toBe(false);
    expect(text).toContain("党员领导干部只有树立了正确的权力观，才能从根本上解决好");
    expect(text).toContain("全心全意");
  });

  it("does not start inside a quotation", () => {
    const sentence = "胡锦涛同志在讲话中深刻指出：“始终做到‘三个代表’，是我们党的立党之本、执政之基、力量之源，这里的本、基、源说到底就是人民群众的支持和拥护。”";
    const text = windowAround(sentence, "执政之基", 50);
    const firstClose = text.indexOf("”");
    expect(firstClose === -1 || text.lastIndexOf("“", firstClose) !== -1).toBe(true);
    expect(text.startsWith("是")).toBe(false);
  });

  it("leaves out a connective that opens the sentence before the blank, and keeps one the blank is in", () => {
    expect(windowAround("然而，科学发展中的不和谐因素也随之而来。", "科学发展")).toBe("科学发展中的不和谐因素也随之而来。");
    expect(windowAround("因此，必须把人民群众的利益放在第一位。", "人民群众")).toBe("必须把人民群众的利益放在第一位。");
    expect(windowAround("然而，科学发展中的不和谐因素也随之而来。", "然而")).toBe("然而，科学发展中的不和谐因素也随之而来。");
  });
});

describe("asStatement", () => {
  it("joins a glossary line's head to the rule after its colon, and keeps a label naming a category", () => {
    expect(asStatement("党小组会：每月召开（　），组织党员学习")).toBe("党小组会每月召开（　），组织党员学习。");
    expect(asStatement("民主评议：一般每年开展1次")).toBe("民主评议一般每年开展1次。");
    expect(asStatement("战略目标：全面建成小康社会")).toBe("战略目标：全面建成小康社会。");
    expect(asStatement("习近平指出：“每一代人有每一代人的使命。”")).toBe("习近平指出：“每一代人有每一代人的使命。”");
  });

  it("ends a cut stem whose last word is a quoted term (做到“两个维护”) with a full stop, not a quoted saying", () => {
    expect(asStatement("增强“四个意识”、坚定“四个自信”、做到“两个维护”")).toBe("增强“四个意识”、坚定“四个自信”、做到“两个维护”。");
    expect(asStatement("坚持党的群众路线，")).toBe("坚持党的群众路线。");
    expect(asStatement("党的十一届三中全会指出：“党的团结的唯一中心是党的中央”")).toBe("党的十一届三中全会指出：“党的团结的唯一中心是党的中央”");
    expect(asStatement("（　）指出：“人民群众的整体利益总是由各方面的具体利益构成的。……”")).toBe("（　）指出：“人民群众的整体利益总是由各方面的具体利益构成的。……”");
    expect(asStatement("他说“我们要前进。”")).toBe("他说“我们要前进。”");
  });

  it("leaves out an answer key's lead and the list marker after it (参考答案：1. …) when the blank is after them", () => {
    expect(windowAround("参考答案：1. 实事求是是毛泽东思想的活的灵魂之一。", "活的灵魂")).toBe("实事求是是毛泽东思想的活的灵魂之一。");
    expect(windowAround("答：群众路线是党的根本工作路线。", "根本工作路线")).toBe("群众路线是党的根本工作路线。");
  });

  it("leaves out a discourse marker with no content of its own (实际上，事实上，) before the blank", () => {
    expect(windowAround("实际上，党的纪律是全党必须遵守的行为规则。", "行为规则")).toBe("党的纪律是全党必须遵守的行为规则。");
    expect(windowAround("事实上，民主集中制是党的根本组织原则。", "根本组织原则")).toBe("民主集中制是党的根本组织原则。");
  });
});
