import { describe, expect, it } from "vitest";
import { generateQuestionBank, type Question } from "@/lib/questions";
import { quoteRepeated } from "@/lib/questions/generate-question-bank";
import { fixtureModule } from "./fixture-course";

describe("one 出处 question per quotation and speaker in a course (QUOTE_REPEATED, stop 36)", () => {
  const passage = "干部作风的好坏，直接关系人心向背。各级领导干部要经常深入基层，倾听群众呼声，帮助群众解决实际困难，在群众中树立起良好形象。";

  it("counts the same passage quoted again, whole, cut a little differently or in part, as the same quotation", () => {
    expect(quoteRepeated([passage], passage)).toBe(true);
    expect(quoteRepeated([passage], "干部作风的好坏，直接关系人心向背。各级领导干部要经常深入基层，倾听群众呼声，帮助群众解决实际困难……")).toBe(true);
    expect(quoteRepeated([passage], "各级领导干部要经常深入基层，倾听群众呼声，帮助群众解决实际困难，在群众中树立起良好形象。")).toBe(true);
  });

  it("does not count another quotation of the speaker as repeated, even one sharing a sentence with it", () => {
    expect(quoteRepeated([passage], "我们的一切工作都要以人民满意不满意作为衡量的根本标准，这是党的宗旨决定的。")).toBe(false);
    expect(quoteRepeated([passage], "干部作风的好坏，直接关系人心向背。党风问题说到底是党同人民群众的关系问题，必须下大力气抓紧抓好，一刻也不能放松。")).toBe(false);
    expect(quoteRepeated([], passage)).toBe(false);
  });

  // A course of two documents, each quoting the same passage of one speaker among other speakers' words: who said it is
  // asked once.
  const speech = (id: string, lead: string) =>
    fixtureModule(
      `${lead}作风建设`,
      "一、论述",
      [
        `${lead}，邓小平同志指出：“${passage}”`,
        "毛泽东同志指出：“我们共产党人好比种子，人民好比土地。我们到了一个地方，就要同那里的人民结合起来，在人民中间生根、开花。”",
        "江泽民同志指出：“全党同志特别是各级领导干部，一定要始终保持谦虚谨慎、不骄不躁的作风，始终保持艰苦奋斗的作风。”",
      ],
      [
        { kind: "quote", passage: 0, text: passage, speaker: "邓小平" },
        { kind: "quote", passage: 1, text: "我们共产党人好比种子，人民好比土地。我们到了一个地方，就要同那里的人民结合起来，在人民中间生根、开花。", speaker: "毛泽东" },
        { kind: "quote", passage: 2, text: "全党同志特别是各级领导干部，一定要始终保持谦虚谨慎、不骄不躁的作风，始终保持艰苦奋斗的作风。", speaker: "江泽民" },
      ],
      id,
    );
  const askedWhoSaid = (questions: Question[]) => questions.filter((question) => question.focus === "speaker" && question.stem.includes("倾听群众呼声"));

  it("publishes the first question on who said a passage and sends the same passage's in a second document to review", () => {
    const bank = generateQuestionBank({ modules: [speech("mod_first", "谈到密切联系群众"), speech("mod_second", "在改进工作作风方面")] });
    expect(askedWhoSaid(bank.accepted)).toHaveLength(1);
    const repeated = bank.review.filter((entry) => entry.reasons.includes("QUOTE_REPEATED"));
    expect(askedWhoSaid(repeated.map((entry) => entry.question)).length).toBeGreaterThanOrEqual(1);
    expect(repeated.every((entry) => entry.question.moduleId === "mod_second")).toBe(true);
  });

  it("publishes the passage's question in each of two courses (a course of one document asks it once)", () => {
    expect(askedWhoSaid(generateQuestionBank({ modules: [speech("mod_first", "谈到密切联系群众")] }).accepted)).toHaveLength(1);
    expect(askedWhoSaid(generateQuestionBank({ modules: [speech("mod_second", "在改进工作作风方面")] }).accepted)).toHaveLength(1);
  });
});
