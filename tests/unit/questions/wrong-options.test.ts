import { describe, expect, it } from "vitest";
import { indexCourse, judgeTarget, nearSynonyms } from "@/lib/questions";
import { countRuledOutByFrame } from "@/lib/questions/count-frame";
import { numberDistractors, numberShape, pickDistractors } from "@/lib/questions/distractors";
import { namedInSentence, relativeNamedInSentence } from "@/lib/questions/generate-single-choice";
import { PART_OF, partOrWhole, partsOf, wholesOf } from "@/lib/questions/party-vocabulary";
import { seededRandom } from "@/lib/questions/seeded-random";
import { fitsSlotElsewhere } from "@/lib/questions/slot-check";
import { fixtureModule } from "./fixture-course";

describe("wrong options for a number", () => {
  it("take a year for a year and a count for a count (1956年 is not of one shape with 10年)", () => {
    expect(numberShape("1956年")).not.toBe(numberShape("10年"));
    expect(numberShape("1978年")).toBe(numberShape("1956年"));
    const wrong = numberDistractors("1956年", ["10年", "1962年", "3年"], 3, seededRandom("year"));
    expect(wrong).toContain("1962年");
    expect(wrong).not.toContain("10年");
    expect(wrong).not.toContain("3年");
  });

  it("take the course's years only within ten of the key (not 2006 for a 1956 sentence on 毛泽东), else years beside it", () => {
    const wrong = numberDistractors("1956年", ["1978年", "2005年", "2006年", "1949年"], 3, seededRandom("era"));
    expect(wrong).toContain("1949年");
    expect(wrong.every((year) => Math.abs(Number.parseInt(year, 10) - 1956) <= 10)).toBe(true);
  });

  it("move a period in Chinese numerals to others written the same way (五年 → 四年, 六年 …, never 5年)", () => {
    expect(numberShape("五年")).toBe(numberShape("二年"));
    expect(numberShape("五年")).not.toBe(numberShape("5年"));
    const wrong = numberDistractors("五年", ["5年"], 3, seededRandom("period"));
    expect(wrong).toHaveLength(3);
    expect(wrong.every((text) => /^[一二三四六七八九十]+年$/.test(text))).toBe(true);
    expect(numberDistractors("六个月", [], 2, seededRandom("months")).every((text) => /^[一二三四五七八九十]+个月$/.test(text))).toBe(true);
    // Two months is 两个月, never 二个月.
    expect(numberDistractors("一个月", [], 4, seededRandom("two")).filter((text) => text.startsWith("二"))).toEqual([]);
    expect(numberDistractors("一个月", [], 4, seededRandom("two"))).toContain("两个月");
  });

  it("leave out numbers of the course a hundred times larger (3人 and 300人)", () => {
    const wrong = numberDistractors("3人", ["300人", "5人", "6人"], 3, seededRandom("people"));
    expect(wrong).not.toContain("300人");
    expect(wrong).toEqual(expect.arrayContaining(["5人", "6人"]));
  });
});

describe("a count of one ruled out by the words around it", () => {
  const around = (sentence: string, key: string) => [sentence.slice(0, sentence.indexOf(key)), sentence.slice(sentence.indexOf(key) + key.length)] as const;
  const ruledOut = (sentence: string, key: string, option: string) => countRuledOutByFrame(option, ...around(sentence, key));

  it("is a count of one in a clause that needs several (一人以上共同违纪, 由一人联名提出)", () => {
    expect(ruledOut("三人以上共同实施违纪行为的，对为首者从重处分。", "三人", "一人")).toBe(true);
    expect(ruledOut("由五名代表联名提出议案。", "五名", "1名")).toBe(true);
  });

  it("is one person under a lower bound, before or after the count (不得少于一人, 一人以上组成)", () => {
    expect(ruledOut("检查组成员一般不得少于三人。", "三人", "一人")).toBe(true);
    expect(ruledOut("应当由两名以上工作人员进行询问。", "两名", "一名")).toBe(true);
    expect(ruledOut("调查时至少由2人参加。", "2人", "1人")).toBe(true);
  });

  it("is not another count, one without such a frame, or a bound on times or periods (每年至少召开一次)", () => {
    expect(ruledOut("检查组成员一般不得少于三人。", "三人", "四人")).toBe(false);
    expect(ruledOut("线索由三人负责登记。", "三人", "一人")).toBe(false);
    expect(ruledOut("支部委员会每年至少召开两次会议。", "两次", "一次")).toBe(false);
    expect(ruledOut("留置时间超过三个月以上的，应当报批。", "三个月", "一个月")).toBe(false);
  });

  it("is left out of a number's wrong options, a further value standing in when the rest run short", () => {
    const frame = (text: string) => countRuledOutByFrame(text, "由", "以上共同承办");
    for (const seed of ["a", "b", "c", "d"]) {
      const wrong = numberDistractors("两人", [], 3, seededRandom(seed), frame);
      expect(wrong).toHaveLength(3);
      expect(wrong).not.toContain("一人");
      expect(numberDistractors("两人", [], 3, seededRandom(seed))).toContain("一人");
    }
    expect(numberDistractors("2人", ["1人", "3人"], 3, seededRandom("digits"), frame)).not.toContain("1人");
  });
});

describe("a wrong option the course says in the blank's place", () => {
  const course = indexCourse({ modules: [fixtureModule("准则", "一、总则", ["全党必须自觉防止和反对个人主义、分散主义、自由主义、本位主义、好人主义。", "全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。"], [], "mod_w")] });
  const stem = "全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。";
  const blank = { start: stem.indexOf("形式主义"), end: stem.indexOf("，") < 0 ? stem.length - 1 : stem.indexOf("，") };

  it("is also right when the words before the blank lead a list of the course that holds it", () => {
    expect(fitsSlotElsewhere(course, stem, blank, "好人主义")).toBe(true);
    expect(fitsSlotElsewhere(course, stem, blank, "分散主义")).toBe(true);
    expect(fitsSlotElsewhere(course, stem, blank, "拜金主义")).toBe(false);
  });

  it("reads each course's own lists when several courses are asked of the same words before the blank", () => {
    const other = indexCourse({ modules: [fixtureModule("准则", "一、总则", ["全党必须自觉防止和反对个人主义、拜金主义。"], [], "mod_x")] });
    expect(fitsSlotElsewhere(course, stem, blank, "拜金主义")).toBe(false);
    expect(fitsSlotElsewhere(other, stem, blank, "拜金主义")).toBe(true);
    expect(fitsSlotElsewhere(other, stem, blank, "好人主义")).toBe(false);
    expect(fitsSlotElsewhere(course, stem, blank, "好人主义")).toBe(true);
  });
});

describe("the theme of a course of several documents", () => {
  it("is what the course is about, not a key, when more than half its documents hold it and the lexicon does not", () => {
    const documents = ["党群关系的现状", "密切联系群众的意义", "作风建设的路径", "执政能力"].map((title, at) =>
      fixtureModule(title, "一、引言", at === 0 ? ["必须密切联系群众，改进工作方法。", "要完善利益表达机制。"] : [at < 3 ? "必须密切联系群众，改进工作方法。" : "要完善利益表达机制。"], [], `mod_t${at}`),
    );
    const index = indexCourse({ modules: documents });
    expect(judgeTarget("密切联系群众", index)).toBe("generic");
    expect(judgeTarget("利益表达机制", index)).toBe("ok");
    expect(judgeTarget("密切联系群众", indexCourse({ modules: documents.slice(0, 2) }))).not.toBe("generic");
  });
});

describe("wrong options that are parts of the key, or its whole (stop 28)", () => {
  it("the lexicon knows a whole's parts, at any depth, and nothing of parallel names", () => {
    expect(partOrWhole("集体领导", "民主集中制")).toBe(true);
    expect(partOrWhole("民主集中制", "党内民主")).toBe(true);
    expect(partOrWhole("群众监督", "社会监督")).toBe(true);
    expect(partOrWhole("集体领导", "党内民主")).toBe(false);
    expect(partOrWhole("请示报告制度", "民主集中制")).toBe(false);
    expect(partOrWhole("民主集中制", "民主集中制")).toBe(false);
    expect(wholesOf("享乐主义")).toEqual(["四风"]);
    expect(partsOf("民主集中制")).toEqual(expect.arrayContaining(["集体领导", "个人分工负责", "党内民主"]));
    for (const entry of PART_OF) for (const part of entry.parts) expect(wholesOf(part), part).toContain(entry.whole);
  });

  it("are never drawn: not 集体领导 or 党内民主 for 民主集中制, nor 民主集中制 for 党内民主", () => {
    const pool = ["集体领导", "党内民主", "个人分工负责", "请示报告制度", "民主集中制"];
    for (const seed of ["a", "b", "c"]) {
      expect(pickDistractors("民主集中制", pool, { count: 3, random: seededRandom(seed), exclude: [] })).toEqual(["请示报告制度"]);
      expect(pickDistractors("党内民主", pool, { count: 3, random: seededRandom(seed), exclude: [] })).not.toContain("民主集中制");
    }
  });

  it("are no part or whole of an item the sentence's list names (群众监督 beside 、社会和), nor of one another", () => {
    expect(pickDistractors("形式主义", ["四风", "本位主义"], { count: 2, random: seededRandom("w"), exclude: [] })).toEqual(["本位主义"]);
    expect(pickDistractors("好人主义", ["集体领导", "民主集中制"], { count: 2, random: seededRandom("w"), exclude: [] })).toHaveLength(1);
    const sentence = "自觉接受纪检监察、司法、社会和舆论监督，加强审计、统计和财会监督。";
    expect(relativeNamedInSentence("群众监督", "舆论监督", sentence)).toBe(true);
    expect(relativeNamedInSentence("行政监督", "舆论监督", sentence)).toBe(false);
    // A whole named as the sentence's setting, not as an item, leaves its parts fair wrong options for one another.
    expect(relativeNamedInSentence("党内民主", "集体领导", "在党的民主集中制的基本原则中，党的各级委员会实行集体领导和个人分工负责相结合的制度。")).toBe(false);
  });

  it("are not what the stem names with words joined on (人大监督 beside 自觉接受省人大及其常委会监督)", () => {
    const sentence = "自觉接受省人大及其常委会监督，自觉接受纪检监察、司法、社会和舆论监督。";
    expect(namedInSentence("人大监督", "舆论监督", sentence)).toBe(true);
    expect(namedInSentence("行政监督", "舆论监督", sentence)).toBe(false);
    // Not a word that only starts another (社会 of 社会主义现代化建设).
    expect(namedInSentence("社会建设", "经济建设", "在社会主义现代化建设的整个过程中，牢牢把握经济建设这个中心。")).toBe(false);
  });

  it("in a 多选, are not the sentence's own topic (监督权 for a list of rights in 在群众监督方面，…让群众有…)", () => {
    const sentence = "在群众监督方面，逐步实行党务公开，让群众有知情权、议政权和参政权。";
    expect(namedInSentence("监督权", "知情权", sentence, true)).toBe(true);
    expect(namedInSentence("监督权", "知情权", sentence)).toBe(false);
    expect(namedInSentence("决策权", "知情权", sentence, true)).toBe(false);
  });

  it("make a part and its whole near-synonyms for the confidence check", () => {
    expect(nearSynonyms("党内民主", "民主集中制")).toBe(true);
    expect(nearSynonyms("党内民主", "集体领导")).toBe(false);
  });
});
