import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content";
import { generateQuestionBank } from "@/lib/questions";
import { anachronisticSpeaker } from "@/lib/questions/party-vocabulary";

describe("who said it, in a 通讯 on a commemoration (issue 16)", () => {
  const text = [
    "# 以党的自我革命引领社会革命",
    "",
    "2024年8月22日，习近平总书记在纪念邓小平同志诞辰120周年座谈会上指出：“全面从严治党永远在路上，党的自我革命永远在路上。我们要以新时代党的建设新的伟大工程引领伟大社会革命。”",
    "",
    "各级纪检监察机关牢记嘱托，坚持严的基调、严的措施、严的氛围长期不变，推动全面从严治党向纵深发展。",
  ].join("\n");

  it("credits the quotation to the speaker, never to the person commemorated, and swaps it to nobody of an earlier era", async () => {
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "tongxun.md" }] }, [{ path: "tongxun.md", bytes: new TextEncoder().encode(text) }]);
    const questions = (() => {
      const bank = generateQuestionBank(course);
      return [...bank.accepted, ...bank.review.map((reviewed) => reviewed.question)];
    })();
    const attributions = questions.filter((question) => question.type === "TRUE_FALSE" && /指出：“/.test(question.stem));
    expect(attributions.length).toBeGreaterThan(0);
    for (const question of attributions) {
      // Neither the commemorated 邓小平 keyed 正确 nor a swap to a leader whose time cannot hold 新时代 or 自我革命.
      expect(question.stem).not.toMatch(/^(?:邓小平|毛泽东|周恩来|江泽民|胡锦涛|陈云|刘少奇|朱德|李鹏|朱镕基)指出/);
    }
  });
});

describe("anachronisticSpeaker", () => {
  it("is a leader whose time ended before the quotation's words were coined", () => {
    expect(anachronisticSpeaker("全面从严治党永远在路上，党的自我革命永远在路上。", "邓小平")).toBe(true);
    expect(anachronisticSpeaker("改革开放是决定当代中国命运的关键一招。", "毛泽东")).toBe(true);
    expect(anachronisticSpeaker("全面从严治党永远在路上，党的自我革命永远在路上。", "习近平")).toBe(false);
    // Words of no period fit any leader: 人心向背 is a swap a learner must know.
    expect(anachronisticSpeaker("人心向背关系党的生死存亡。", "邓小平")).toBe(false);
    expect(anachronisticSpeaker("改革开放是决定当代中国命运的关键一招。", "江泽民")).toBe(false);
  });
});
