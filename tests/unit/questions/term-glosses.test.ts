import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildInventory, indexCourse } from "@/lib/questions";
import { explainTrueFalse, fillBlankExplanation } from "@/lib/questions/explanation";
import { MAX_GLOSS_CHARS, TERM_GLOSSES, termGloss } from "@/lib/questions/term-glosses";
import { fixtureModule } from "./fixture-course";

describe("the term glosses (data)", () => {
  it("names an authoritative source for every gloss", () => {
    for (const entry of TERM_GLOSSES) {
      expect(entry.source, entry.term).toMatch(/^(?:《[^》]+》|党的[一二三四五六七八九十]+大报告)/);
    }
  });

  it("holds a term twice, aliases included, only as a second gloss from another text (a fallback, stop 33)", () => {
    const seen = new Map<string, string>();
    for (const entry of TERM_GLOSSES) {
      for (const term of [entry.term, ...(entry.aliases ?? [])]) {
        if (seen.has(term)) expect(seen.get(term), term).not.toBe(entry.source);
        seen.set(term, entry.source);
      }
    }
  });

  it("keeps every gloss one short sentence, ending without punctuation", () => {
    for (const entry of TERM_GLOSSES) {
      expect(entry.gloss.length, entry.term).toBeLessThanOrEqual(MAX_GLOSS_CHARS);
      expect(entry.gloss, entry.term).not.toMatch(/[。；，：！？…]$/);
      expect(entry.gloss, entry.term).not.toContain("。");
    }
  });

  it("holds between 60 and 130 terms", () => {
    expect(TERM_GLOSSES.length).toBeGreaterThanOrEqual(60);
    expect(TERM_GLOSSES.length).toBeLessThanOrEqual(130);
  });

  it("teaches more than its own key: a gloss is not the key with a few words around it", () => {
    for (const entry of TERM_GLOSSES) {
      let rest = entry.gloss;
      for (const term of [entry.term, ...(entry.aliases ?? [])]) rest = rest.split(term.replace(/[“”]/g, "")).join("");
      expect((rest.match(/\p{Script=Han}/gu) ?? []).length, entry.term).toBeGreaterThanOrEqual(5);
    }
  });

  it("quotes the 党章, the 准则 and 《整顿党的作风》 word for word where the repository holds them (abridged glosses aside)", () => {
    const bare = (text: string) => text.replace(/[，。；：、“”‘’\s]/g, "");
    const copies: [string, string][] = [
      ["《中国共产党章程》", bare(readFileSync("tests/fixtures/corpus/dangzhang.md", "utf8"))],
      ["《关于新形势下党内政治生活的若干准则》", bare(readFileSync("tests/fixtures/quality/docs/zhengzhi-shenghuo-zhunze.md", "utf8"))],
      ["《整顿党的作风》", bare(readFileSync("tests/fixtures/corpus/mao-zhengdun-dangfeng.md", "utf8"))],
    ];
    const abridged = new Set(["党的基本路线", "新发展理念", "预备党员", "共青团", "社会建设"]);
    for (const entry of TERM_GLOSSES) {
      const copy = copies.find(([title]) => entry.source.startsWith(title));
      if (!copy || abridged.has(entry.term)) continue;
      expect(copy[1], entry.term).toContain(bare(entry.gloss));
    }
  });
});

describe("which key a gloss is for", () => {
  const at = (passage: string, key: string) => termGloss(key, passage, passage.indexOf(key));

  it("glosses a term standing whole in its sense", () => {
    expect(at("各级党委要把民主集中制落到实处。", "民主集中制")?.source).toContain("中国共产党章程");
    expect(at("要坚持走基本路线不动摇。", "基本路线")?.term).toBe("党的基本路线");
  });

  it("never glosses a term inside a longer word of another sense", () => {
    expect(at("深入学习贯彻习近平生态文明思想。", "生态文明")).toBeUndefined();
    expect(at("加强社会主义生态文明建设。", "生态文明")).toBeDefined();
  });

  it("never glosses a term where its passage speaks of another duty than the one glossed", () => {
    expect(at("牵头单位对专项工作承担主体责任。", "主体责任")).toBeUndefined();
    expect(at("党委（党组）要履行全面从严治党主体责任。", "主体责任")).toBeDefined();
  });

  it("never glosses a term whose passage says the gloss already", () => {
    expect(at("党内民主是党的生命，要切实发扬。", "党内民主")).toBeUndefined();
  });

  it("never glosses 党的领导 inside 党的领导机关 or 党的领导干部", () => {
    expect(at("党的领导机关要带头执行。", "党的领导")).toBeUndefined();
    expect(at("党的领导干部要以身作则。", "党的领导")).toBeUndefined();
    expect(at("坚持和加强党的领导。", "党的领导")?.source).toBe("《中国共产党章程》总纲");
  });

  it("glosses 少数服从多数 and 全国代表大会 only where the party is meant", () => {
    expect(at("村民会议表决实行少数服从多数。", "少数服从多数")).toBeUndefined();
    expect(at("党委会议决定问题实行少数服从多数。", "少数服从多数")).toBeDefined();
    expect(at("共青团全国代表大会选举团中央委员会。", "全国代表大会")).toBeUndefined();
    expect(at("党的全国代表大会每五年举行一次。", "全国代表大会")?.term).toBe("党的全国代表大会");
  });

  it("has no gloss for a term it does not hold", () => {
    expect(at("要树立正确政绩观。", "政绩观")).toBeUndefined();
  });
});

describe("a 解析 with a gloss (issue 16)", () => {
  const course = (sentences: string[], key: string) => indexCourse({ modules: [fixtureModule("学习材料", "一、要求", sentences, [{ kind: "term", text: key }], "mod_gloss")] });
  const fill = (sentences: string[], key: string) => {
    const index = course(sentences, key);
    const located = index.passages[0]!;
    return fillBlankExplanation(index, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text }).text;
  };

  it("says what the key means, with its source, when the course teaches nothing else of it", () => {
    const text = fill(["各级党组织要认真落实民主集中制，防止个人说了算。"], "民主集中制");
    expect(text).toContain("据《中国共产党章程》总纲，民主集中制是民主基础上的集中和集中指导下的民主相结合。");
  });

  it("glosses a term added at stop 31 from its source (谈心谈话, the 准则)", () => {
    const text = fill(["支部书记要带头开展谈心谈话，及时掌握党员思想动态。"], "谈心谈话");
    expect(text).toContain("据《关于新形势下党内政治生活的若干准则》，党组织领导班子成员之间、班子成员和党员之间、党员和党员之间要开展经常性的谈心谈话。");
  });

  it("glosses a key its class only names (「政治纪律」属于“党的纪律”), the class its own words hold left out (stop 33)", () => {
    const text = fill(["要严明政治纪律和政治规矩，确保政令畅通。"], "政治纪律");
    expect(text).toContain("确保政令畅通”。据《关于新形势下党内政治生活的若干准则》，政治纪律是党最根本、最重要的纪律，遵守党的政治纪律是遵守党的全部纪律的基础。");
  });

  it("falls back on a term's second gloss where the passage says the first already (群众路线 in the 党章's sentence, stop 33)", () => {
    const text = fill(["党在自己的工作中实行群众路线，一切为了群众，一切依靠群众，从群众中来，到群众中去。"], "群众路线");
    expect(text).toContain("群众路线是我们党的生命线和根本工作路线。");
    expect(fill(["要坚持群众路线。"], "群众路线")).toContain("据《中国共产党章程》总纲，党在自己的工作中实行群众路线");
    // The passage holds every clause of the first gloss but its opening one: it says what that gloss would.
    expect(fill(["要贯彻党的群众路线，做到一切为了群众，一切依靠群众，从群众中来，到群众中去。"], "群众路线")).toContain("群众路线是我们党的生命线和根本工作路线。");
  });

  it("glosses a key kept for a member of a class where its passage speaks of that class (通报 of 问责方式, stop 33)", () => {
    expect(fill(["对党组织的问责方式中，对履行职责不力、情节较重的，应当责令整改，并在一定范围内通报。"], "通报")).toContain("对党组织的问责方式有检查、通报、改组");
    expect(fill(["会议情况要及时通报。"], "通报")).not.toContain("问责方式");
  });

  it("never gives the 基本路线 cut at 艰苦创业 as the whole line (stop 33)", () => {
    const text = fill(["必须紧密围绕党的基本路线，坚持党要管党。"], "党的基本路线");
    expect(text).toContain("党的基本路线的内容包括以经济建设为中心");
    expect(text).not.toContain("艰苦创业");
  });

  it("never glosses a key whose counted set is told (「享乐主义」属于“四风”，“四风”指…)", () => {
    const text = fill(["要坚决纠治享乐主义和奢靡之风问题。"], "享乐主义");
    expect(text).toContain("“四风”指");
    expect(text).not.toContain("据《");
  });

  it("glosses a constitutional term with its article (监察委员会)", () => {
    const text = fill(["各级监察委员会要依法履行监督、调查、处置职责。"], "监察委员会");
    expect(text).toContain("据《中华人民共和国宪法》第一百二十三条，中华人民共和国各级监察委员会是国家的监察机关。");
  });

  it("says what 整风 set against 宗派主义, where the passage speaks of opposing it, and not where it only names it", () => {
    expect(fill(["我们反对主观主义和宗派主义，也要清算党八股。"], "宗派主义")).toContain("据《整顿党的作风》，反对主观主义以整顿学风，反对宗派主义以整顿党风，反对党八股以整顿文风。");
    expect(fill(["宗派主义在历史上有过各种表现。"], "宗派主义")).not.toContain("据《整顿党的作风》");
  });

  it("prefers the gloss to the course's other sentence, and quotes that sentence for a key with no gloss", () => {
    const text = fill(["各级党组织要认真落实民主集中制，防止个人说了算。", "民主集中制是党的根本组织制度和领导制度。"], "民主集中制");
    expect(text).toContain("据《中国共产党章程》总纲，民主集中制是");
    expect(text).not.toContain("课程中另一处也讲到");
    const plain = fill(["各级党组织要认真落实请示报告制度，防止个人说了算。", "请示报告制度是党的重要政治纪律和组织纪律。"], "请示报告制度");
    expect(plain).toContain("课程中另一处也讲到「请示报告制度」：“请示报告制度是党的重要政治纪律和组织纪律”");
  });

  it("says the key's set first, and the gloss after it only where the sentence shows the set whole (stop 35)", () => {
    const whole = fill(["要增强道路自信、理论自信、制度自信、文化自信。"], "文化自信");
    expect(whole.indexOf("是“四个自信”之一（道路自信、理论自信、制度自信、文化自信）")).toBeGreaterThan(-1);
    expect(whole.indexOf("党的十九大报告")).toBeGreaterThan(whole.indexOf("是“四个自信”之一"));
    const part = fill(["要坚定道路自信和文化自信，推动文化繁荣。"], "文化自信");
    expect(part).toContain("“四个自信”指");
    expect(part).not.toContain("党的十九大报告");
  });

  it("glosses the word a true statement rests on when nothing else is known of it", () => {
    const index = course(["基层单位要定期开展批评和自我批评，不搞一团和气。"], "批评和自我批评");
    const located = index.passages[0]!;
    const key = "批评和自我批评";
    const text = explainTrueFalse({ index, inventory: buildInventory(index, () => true) }, { original: key, change: null, key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text });
    expect(text).toContain("据《关于新形势下党内政治生活的若干准则》，批评和自我批评是我们党强身治病、保持肌体健康的锐利武器。");
  });
});
