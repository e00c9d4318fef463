import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content";
import { generateQuestionBank } from "@/lib/questions";
import { speakerPool } from "@/lib/questions/distractors";
import { anachronisticSpeaker, unfitWrongSpeaker } from "@/lib/questions/party-vocabulary";

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

describe("unfitWrongSpeaker (stop 36)", () => {
  it("is a leader whose own doctrine the quotation names, as well as one before its era", () => {
    // 胡锦涛 explaining 三个代表 in 2003: 江泽民 put the doctrine forward, so 江泽民指出… is no certain falsehood.
    expect(unfitWrongSpeaker("坚持“三个代表”，关键在坚持与时俱进，核心在保持党的先进性。", "江泽民")).toBe(true);
    expect(unfitWrongSpeaker("落实科学发展观，必须把发展作为第一要务。", "胡锦涛")).toBe(true);
    expect(unfitWrongSpeaker("全面从严治党永远在路上。", "邓小平")).toBe(true);
    // A quotation naming no one's doctrine leaves every leader of its time a fair wrong speaker.
    expect(unfitWrongSpeaker("人心向背关系党的生死存亡。", "江泽民")).toBe(false);
    expect(unfitWrongSpeaker("坚持“三个代表”，关键在坚持与时俱进。", "胡锦涛")).toBe(false);
  });

  it("takes 江泽民 out of the wrong speakers of a 三个代表 quotation credited to 胡锦涛, and no one else of his time", () => {
    const quotation = "贯彻‘三个代表’重要思想，本质在坚持执政为民。";
    const pool = speakerPool("胡锦涛", []);
    expect(pool).toContain("江泽民");
    const fair = pool.filter((person) => !unfitWrongSpeaker(quotation, person));
    expect(fair).not.toContain("江泽民");
    expect(fair).toContain("温家宝");
  });
});
