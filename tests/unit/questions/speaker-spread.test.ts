import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content";
import { generateQuestionBank } from "@/lib/questions";
import { trueFalseExplanation } from "@/lib/questions/explanation";
import { speakerTiers } from "@/lib/questions/generate-true-false";
import { moduleContext } from "./fixtures";

describe("wrong speakers spread across a course (speakerTiers, stop 37)", () => {
  it("tries the course's own speakers not yet swapped in, then those it only names, then each again, then the whole pool", () => {
    const tiers = speakerTiers(["邓小平", "江泽民", "胡锦涛", "陈云"], new Map([["邓小平", 2]]), new Set(["陈云", "邓小平"]), (person) => person === "江泽民");
    expect(tiers).toEqual([["陈云"], ["江泽民"], ["邓小平", "陈云"], ["江泽民"], ["邓小平", "江泽民", "胡锦涛", "陈云"]]);
  });

  it("falls back to a speaker the course never names only when no other is in the pool", () => {
    const tiers = speakerTiers(["江泽民"], new Map([["江泽民", 1]]), new Set());
    expect(tiers.filter((tier) => tier.length > 0)).toEqual([["江泽民"]]);
  });
});

describe("a false attribution's 解析 says who the swapped-in speaker is, or the 判断 waits (UNSAID_SWAP_SPEAKER)", () => {
  const context = moduleContext(
    "领导人论作风",
    "一、作风建设",
    ["邓小平指出：“干部作风要扎实，不能浮在面上。”", "陈云指出：“办事要从实际出发，不唯上、不唯书。”", "李先念到基层考察。"],
    [
      { kind: "quote", passage: 0, text: "干部作风要扎实，不能浮在面上。", speaker: "邓小平" },
      { kind: "quote", passage: 1, text: "办事要从实际出发，不唯上、不唯书。", speaker: "陈云" },
    ],
    "mod_tf_spread",
  );
  const located = context.index.passages[0]!;
  const explain = (to: string) =>
    trueFalseExplanation(context, { original: "邓小平", change: { kind: "speaker-swap", from: "邓小平", to }, key: { located, offset: 20 }, quoted: "干部作风要扎实，不能浮在面上。", focus: "speaker" });

  it("quotes what a speaker the course quotes did say, with its 出处", () => {
    const told = explain("陈云");
    expect(told.teaches).toBe(true);
    expect(told.text).toMatch(/不是「陈云」；课程引述「陈云」的是另一段论述：“办事要从实际出发/);
  });

  it("teaches nothing of a speaker the course never names", () => {
    const told = explain("江泽民");
    expect(told.teaches).toBe(false);
    expect(told.text).not.toContain("另一段论述");
  });

  it("publishes no false attribution to a speaker the course never names, and swaps in no speaker twice", async () => {
    const text = [
      "# 学习讲话精神",
      "",
      "习近平总书记指出：“调查研究是谋事之基、成事之道，没有调查就没有发言权。”",
      "",
      "习近平总书记强调：“干部要在基层一线摸爬滚打，把群众的冷暖放在心上。”",
      "",
      "习近平总书记指出：“办法总比困难多，关键是要敢于担当、善于作为。”",
      "",
      "习近平总书记指出：“作风建设永远在路上，必须常抓不懈、久久为功。”",
    ].join("\n");
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "jianghua.md" }] }, [{ path: "jianghua.md", bytes: new TextEncoder().encode(text) }]);
    const bank = generateQuestionBank(course);
    const falseAttributions = bank.accepted.filter((question) => question.type === "TRUE_FALSE" && question.answer === false && /指出：“/.test(question.stem));
    const swappedIn = falseAttributions.map((question) => question.stem.slice(0, question.stem.indexOf("指出")));
    for (const speaker of swappedIn) expect(text).toContain(speaker);
    expect(new Set(swappedIn).size).toBe(swappedIn.length);
    const waiting = bank.review.filter((reviewed) => reviewed.reasons.includes("UNSAID_SWAP_SPEAKER"));
    expect(waiting.length).toBeGreaterThan(0);
    for (const reviewed of waiting) expect(text).not.toContain(reviewed.question.stem.slice(0, reviewed.question.stem.indexOf("指出")));
  });
});

describe("never the person a document's title names as a wrong speaker (stop 37)", () => {
  it("does not swap 习近平 into 邓小平's words quoted in 习近平's own speech", async () => {
    const text = [
      "# 习近平：在纪念大会上的讲话",
      "",
      "邓小平同志指出：“改革是中国的第二次革命，我们要大胆地试、大胆地闯。”",
      "",
      "邓小平同志还指出：“发展才是硬道理，要抓住时机加快发展。”",
      "",
      "毛泽东同志指出：“我们的同志要善于学习，不断提高本领。”",
    ].join("\n");
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "jianghua.md" }] }, [{ path: "jianghua.md", bytes: new TextEncoder().encode(text) }]);
    const bank = generateQuestionBank(course);
    const attributions = [...bank.accepted, ...bank.review.map((reviewed) => reviewed.question)].filter((question) => question.type === "TRUE_FALSE" && question.answer === false && /指出：“/.test(question.stem));
    expect(attributions.length).toBeGreaterThan(0);
    for (const question of attributions) expect(question.stem).not.toMatch(/^习近平指出/);
  });
});
