import { describe, expect, it } from "vitest";
import { generateSingleChoice, generateSourceQuestions, indexCourse, scoreCandidate, termSites } from "@/lib/questions";
import { openListItemBlank, verbTakesKeyOnly } from "@/lib/questions/confidence";
import { buildInventory, countShownInSentence, nearCount, numberDistractors, overlaps, yearRuledOutBySentence } from "@/lib/questions/distractors";
import { explainMultipleChoice, saidAsFigure } from "@/lib/questions/explanation";
import { numberRuledOut } from "@/lib/questions/generate-single-choice";
import { wholeCountedSet } from "@/lib/questions/generate-multiple-choice";
import { seededRandom } from "@/lib/questions/seeded-random";
import { fixtureModule } from "./fixture-course";
import { asSingleChoice, fillBlankCandidate, fixtureContext } from "./fixtures";

describe("a 单选's wrong numbers lie near the key", () => {
  it("within three of a small count (2人: never 16人, nor 6人)", () => {
    for (const seed of ["a", "b", "c", "d", "e"]) {
      const wrong = numberDistractors("2人", ["16人", "6人", "4人", "300人"], 3, seededRandom(seed), undefined, true);
      expect(wrong).toHaveLength(3);
      expect(wrong).not.toContain("16人");
      expect(wrong).not.toContain("6人");
      expect(wrong.every((text) => Math.abs(Number.parseInt(text, 10) - 2) <= 3)).toBe(true);
    }
    expect(nearCount(5, 2)).toBe(true);
    expect(nearCount(6, 2)).toBe(false);
  });

  it("of the same magnitude and as round as a larger key (40个: 20, 30, 50 …, never 43)", () => {
    for (const seed of ["a", "b", "c", "d"]) {
      const wrong = numberDistractors("40个", [], 3, seededRandom(seed), undefined, true);
      expect(wrong).toHaveLength(3);
      expect(wrong.every((text) => Number.parseInt(text, 10) % 10 === 0 && nearCount(Number.parseInt(text, 10), 40))).toBe(true);
    }
    for (const seed of ["a", "b", "c", "d"]) {
      const wrong = numberDistractors("15个", [], 3, seededRandom(seed), undefined, true);
      expect(wrong).toHaveLength(3);
      expect(wrong.every((text) => nearCount(Number.parseInt(text, 10), 15))).toBe(true);
      expect(wrong).not.toContain("23个");
    }
    expect(nearCount(160, 80)).toBe(true);
    expect(nearCount(200, 80)).toBe(false);
  });

  it("leave a 判断's changed number as it was (no `near`)", () => {
    expect(numberDistractors("2人", ["16人"], 1, seededRandom("tf"))).toEqual(["16人"]);
  });

  it("never a year before the event the sentence says the fact came after (中华人民共和国成立后 … 1948年)", () => {
    const sentence = "中华人民共和国成立后，政务院于1949年12月正式宣布以五月四日为青年节。";
    expect(yearRuledOutBySentence("1948年12月", sentence)).toBe(true);
    expect(yearRuledOutBySentence("1950年12月", sentence)).toBe(false);
    expect(yearRuledOutBySentence("1948年12月", "政务院于1949年12月正式宣布以五月四日为青年节。")).toBe(false);
    const start = sentence.indexOf("1949年12月");
    expect(numberRuledOut("1948年12月", "1949年12月", sentence, start, start + "1949年12月".length)).toBe(true);
    // A key before the floor itself (a sentence on earlier history) leaves the floor unread.
    expect(numberRuledOut("1946年", "1947年", "新中国成立后回顾：1947年召开会议。", 9, 14)).toBe(false);
  });

  it("never a count the sentence shows for another rule (陪同人员不超过4人，工作人员不超过（　）)", () => {
    const sentence = "陪同人员不超过4人，工作人员不超过6人。";
    const start = sentence.indexOf("6人");
    expect(numberRuledOut("4人", "6人", sentence, start, start + 2)).toBe(true);
    expect(numberRuledOut("5人", "6人", sentence, start, start + 2)).toBe(false);
    expect(countShownInSentence("4人", "不超过14人")).toBe(false);
    expect(countShownInSentence("4人", "共4人次")).toBe(false);
  });
});

describe("a 单选 the grammar or an open list gives away or leaves open", () => {
  it("doubts one item of a list left open by 等 (民主监督、（　）、舆论监督等各方面监督)", () => {
    expect(openListItemBlank("纪委应当自觉接受民主监督、（　）、舆论监督等各方面监督。")).toBe(true);
    expect(openListItemBlank("就政治生态、（　）、廉洁风险等情况交换意见。")).toBe(true);
    expect(openListItemBlank("坚持民主、（　）、平等的原则。")).toBe(false);
    expect(openListItemBlank("自觉接受党组织、党员和（　）。")).toBe(false);
    const { index } = fixtureContext();
    const sentence = "纪委应当自觉接受民主监督、群众监督、舆论监督等各方面监督。";
    const open = asSingleChoice(fillBlankCandidate(sentence, "群众监督", sentence.replace("群众监督", "（　）")), ["党内监督", "人大监督", "行政监督"]);
    expect(scoreCandidate(open, index).doubts).toContain("OPEN_LIST_ITEM");
    // Not where the list is a counted set of record the stem names the rest of (the 四风).
    const fourWinds = "存在形式主义、官僚主义、享乐主义等问题。";
    const named = asSingleChoice(fillBlankCandidate(fourWinds, "官僚主义", fourWinds.replace("官僚主义", "（　）")), ["个人主义", "分散主义", "本位主义"]);
    expect(scoreCandidate(named, index).doubts).not.toContain("OPEN_LIST_ITEM");
  });

  it("doubts a one-character verb before the blank that takes the key only (提高做（　）: 做群众工作, not 做科学决策)", () => {
    const corpus = "必须提高做群众工作能力。要善于做群众工作。";
    const count = (text: string) => corpus.split(text).length - 1;
    expect(verbTakesKeyOnly("必须提高做（　）。", "群众工作能力", ["科学决策能力", "应急处突能力"], count)).toBe(true);
    expect(verbTakesKeyOnly("必须提高（　）。", "群众工作能力", ["科学决策能力"], count)).toBe(false);
    expect(verbTakesKeyOnly("必须提高做（　）。", "群众工作能力", ["群众宣传能力"], (text) => (text === "做群众宣传" ? 1 : count(text)))).toBe(false);
  });
});

describe("an 出处 question's wrong speakers", () => {
  it("leave out leaders whose time the quotation's words postdate (邓小平 beside 新时代)", () => {
    const module = fixtureModule(
      "讲话",
      "一、论述",
      [
        "习近平指出：“经过新时代十年坚持不懈的强力反腐，反腐败斗争取得压倒性胜利。”",
        "邓小平指出：“不坚决刹住这股风，党和国家确实要发生改变面貌的问题。”",
        "江泽民指出：“反对腐败是关系党和国家生死存亡的严重政治斗争。”",
      ],
      [
        { kind: "quote", text: "经过新时代十年坚持不懈的强力反腐，反腐败斗争取得压倒性胜利。", speaker: "习近平", passage: 0 },
        { kind: "quote", text: "不坚决刹住这股风，党和国家确实要发生改变面貌的问题。", speaker: "邓小平", passage: 1 },
        { kind: "quote", text: "反对腐败是关系党和国家生死存亡的严重政治斗争。", speaker: "江泽民", passage: 2 },
      ],
      "mod_era",
    );
    const index = indexCourse({ modules: [module] });
    const inventory = buildInventory(index, () => true);
    expect(inventory.persons).toEqual(expect.arrayContaining(["邓小平", "江泽民"]));
    const questions = generateSourceQuestions(module, index, inventory);
    const xi = questions.find((candidate) => candidate.evidence.answers[0] === "习近平");
    for (const wrong of ["邓小平", "江泽民"]) expect(xi?.evidence.distractors ?? []).not.toContain(wrong);
    // Words of no later era leave the other leaders fair options.
    const deng = questions.find((candidate) => candidate.evidence.answers[0] === "邓小平");
    expect(deng?.evidence.distractors).toEqual(expect.arrayContaining(["江泽民"]));
  });
});

describe("a 多选's set and its 解析", () => {
  it("names the counted set a list is the whole of (形式主义、官僚主义、享乐主义和奢靡之风: 四风)", () => {
    expect(wholeCountedSet(["形式主义", "官僚主义", "享乐主义", "奢靡之风"])).toBe("四风");
    expect(wholeCountedSet(["形式主义", "官僚主义", "享乐主义"])).toBeNull();
    // A name holding its own quotation marks does not stand in a stem.
    expect(wholeCountedSet(["政治性", "时代性", "原则性", "战斗性"])).toBeNull();
  });

  it("says no distractor shares a class with one key only (政治性 beside 时代性、引领性、独特性)", () => {
    const { index, inventory } = fixtureContext();
    const located = index.passages[0]!;
    const text = explainMultipleChoice({ index, inventory }, { correct: ["时代性", "引领性", "独特性"], distractors: ["政治性", "战斗性"], key: { located, offset: 4 }, list: { label: null, items: ["时代性", "引领性", "独特性"] } });
    expect(text).not.toMatch(/同属/);
    expect(text).toMatch(/「政治性」/);
  });

  it("quotes no clause saying a number twice for a wrong option (一年接着一年干 is a pace, not a period)", () => {
    expect(saidAsFigure("一件事情接着一件事情办，一年接着一年干", "一年")).toBe(true);
    expect(saidAsFigure("留党察看期限最长不得超过一年", "一年")).toBe(false);
  });
});

describe("a 单选 on a quality word of a contextual set", () => {
  it("takes no siblings of a set its sentence does not speak of (专业化 of 物业服务: not 革命化, 年轻化, 知识化)", () => {
    const module = fixtureModule(
      "办法",
      "一、物业",
      ["逐步实现办公用房物业服务社会化、专业化，推进统一物业管理服务。", "干部队伍要革命化、年轻化、知识化、专业化。"],
      [
        { kind: "term", text: "专业化", passage: 0 },
        { kind: "term", text: "专业化", locate: "专业化", passage: 1 },
      ],
      "mod_quality",
    );
    const index = indexCourse({ modules: [module] });
    const inventory = buildInventory(index, () => true);
    const sites = termSites(index, module, ["专业化"]).filter((site) => site.answer === "专业化");
    const property = sites.find((site) => site.sentence.text.includes("物业"));
    const wrongOf = (site: (typeof sites)[number] | undefined) => (site ? generateSingleChoice([site], index, inventory)[0]!.evidence.distractors : []);
    expect(property).toBeDefined();
    for (const sibling of ["革命化", "年轻化", "知识化"]) expect(wrongOf(property)).not.toContain(sibling);
  });
});

describe("round wrong numbers", () => {
  it("keep the key's roundness (300人: never 310人 or 290人)", () => {
    for (const seed of ["a", "b", "c", "d"]) {
      const wrong = numberDistractors("300人", [], 3, seededRandom(seed), undefined, true);
      expect(wrong).toHaveLength(3);
      expect(wrong.every((text) => Number.parseInt(text, 10) % 50 === 0)).toBe(true);
    }
  });
});

describe("near wrong numbers the quality gate keeps", () => {
  it("overlap neither the key nor each other (10个 starts as 15个 does)", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const wrong = numberDistractors("15个", ["10个", "12个"], 3, seededRandom(seed), undefined, true);
      expect(wrong).toHaveLength(3);
      expect(wrong.some((text) => overlaps(text, "15个"))).toBe(false);
      expect(wrong.some((text, at) => wrong.some((other, at2) => at !== at2 && overlaps(text, other)))).toBe(false);
    }
  });
});

describe("a 单选 blank inside brackets", () => {
  it("is an aside: PARENTHETICAL_BLANK, as for a 填空", () => {
    const { index } = fixtureContext();
    const sentence = "五四时期（1914年开始的十年）：民族经济的短暂春天。";
    const aside = asSingleChoice(fillBlankCandidate(sentence, "十年", sentence.replace("十年", "（　）")), ["九年", "八年", "七年"], { focus: "number" });
    expect(scoreCandidate(aside, index).doubts).toContain("PARENTHETICAL_BLANK");
    const plain = "党的建设经历了十年探索。";
    const open = asSingleChoice(fillBlankCandidate(plain, "十年", plain.replace("十年", "（　）")), ["九年", "八年", "七年"], { focus: "number" });
    expect(scoreCandidate(open, index).doubts).not.toContain("PARENTHETICAL_BLANK");
  });
});
