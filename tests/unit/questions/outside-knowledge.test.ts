import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content";
import { generateQuestionBank, type Question } from "@/lib/questions";
import { courseNamesNoneOf } from "@/lib/questions/explanation";
import { indexCourse } from "@/lib/questions";

async function bankOf(name: string, text: string) {
  const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: name }] }, [{ path: name, bytes: new TextEncoder().encode(text) }]);
  const bank = generateQuestionBank(course);
  return { course, bank, all: [...bank.accepted, ...bank.review.map((reviewed) => reviewed.question)] as Question[] };
}

// A commentary quoting one leader again and again, naming no other: the course tells nothing of any other speaker.
const commentary = [
  "# 树立和践行正确政绩观",
  "",
  "## 一、价值立场",
  "",
  "习近平总书记指出：“人民是我们党执政的最深厚基础和最大底气。”这一重要论述阐明了政绩观的价值立场。",
  "",
  "习近平总书记强调：“树立和践行正确政绩观，起决定性作用的是党性。”党性是共产党人的根本属性。",
  "",
  "## 二、评判标尺",
  "",
  "习近平总书记指出：“人民是我们党的工作的最高裁决者和最终评判者。”这是衡量政绩的根本标尺。",
  "",
  "习近平总书记指出：“政绩观问题是一个根本性问题，关乎立党为公、执政为民。”各级领导干部要牢记于心。",
  "",
  "习近平总书记强调：“经济社会发展要树立正确政绩观，党的建设也要树立正确政绩观。”这为新时代党的建设指明了方向。",
  "",
  "习近平总书记指出：“要通过明方向、立规矩、正风气、强免疫，形成风清气正的党内政治生态。”这是激励干部担当作为的关键。",
].join("\n");

// The same with another leader named once: a false attribution has a speaker of the course to swap in.
const withAnotherSpeaker = [commentary,
  "## 三、历史逻辑",
  "",
  "邓小平同志说过，领导制度、组织制度问题更带有根本性、全局性、稳定性和长期性。",
  "",
  "习近平总书记指出：“政绩既体现在抓发展上，也体现在惠民生、保稳定上。”这是全面的政绩观。",
  "",
  "习近平总书记强调：“共产党人是唯物主义者，务实是必备品格，必须实事求是、求真务实、真抓实干。”",
  "",
  "习近平总书记指出：“任何时候任何情况下都要坚持同党中央保持高度一致，决不能荒腔走板、变味走调。”",
].join("\n");

describe("questions whose wrong options only knowledge from outside the course rules out (stop 35)", () => {
  it("courseNamesNoneOf: true only when no text of the course names any of the options", async () => {
    const { course } = await bankOf("zhengjiguan.md", commentary);
    const index = indexCourse(course);
    expect(courseNamesNoneOf(index, ["温家宝", "江泽民", "朱镕基"])).toBe(true);
    expect(courseNamesNoneOf(index, ["温家宝", "习近平"])).toBe(false);
    expect(courseNamesNoneOf(index, [])).toBe(false);
  });

  it("keeps a 出处 单选 whose wrong options the course never names out of the published bank", async () => {
    const { bank, all } = await bankOf("zhengjiguan.md", commentary);
    const speakers = all.filter((question) => question.type === "SINGLE_CHOICE" && question.focus === "speaker");
    expect(speakers.length).toBeGreaterThan(0);
    expect(bank.accepted.filter((question) => question.type === "SINGLE_CHOICE" && question.focus === "speaker")).toEqual([]);
    for (const reviewed of bank.review.filter(({ question }) => question.type === "SINGLE_CHOICE" && question.focus === "speaker")) {
      expect(reviewed.reasons).toContain("BARE_CHOICE_EXPLANATION");
    }
  });

  it("publishes at most two false attributions to the same wrong speaker", async () => {
    const { bank, all } = await bankOf("zhengjiguan.md", withAnotherSpeaker);
    const swapped = (questions: Question[]) => questions.filter((question) => question.type === "TRUE_FALSE" && question.answer === false && /^[\u4e00-\u9fa5]{2,4}指出：“/.test(question.stem));
    expect(swapped(all).length).toBeGreaterThan(2);
    const bySpeaker = new Map<string, number>();
    for (const question of swapped(bank.accepted)) {
      const speaker = /^([\u4e00-\u9fa5]{2,4})指出/.exec(question.stem)![1]!;
      bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? 0) + 1);
    }
    for (const count of bySpeaker.values()) expect(count).toBeLessThanOrEqual(2);
  });

  it("never publishes a blank that is only the manner of a verb (应当______地查清事实), in a regulation too", async () => {
    const regulation = [
      "# 中国共产党纪律处分工作条例",
      "",
      "第一条 为了规范纪律处分工作，根据《中国共产党章程》，制定本条例。",
      "",
      "第二条 党组织对党员作出处分决定，应当实事求是地查清事实，做到事实清楚、证据确凿、定性准确、处理恰当、手续完备。",
      "",
      "第三条 对于申诉有理，需要改变的，要实事求是地予以改正。",
      "",
      "第四条 纪律处分工作坚持实事求是，坚持惩前毖后、治病救人。",
      "",
      "第五条 本条例由中央纪律检查委员会负责解释。",
    ].join("\n");
    const { bank, all } = await bankOf("tiaoli.md", regulation);
    const manner = (question: Question) => (question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && /(?:_{2,}|（　）)地/.test(question.stem);
    expect(all.some(manner)).toBe(true);
    expect(bank.accepted.filter(manner)).toEqual([]);
  });
});
