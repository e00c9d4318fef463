import { beforeAll, describe, expect, test } from "vitest";
import type { SkippedText } from "@/lib/questions/interchange";
import { choiceKey, readKeys, readNumberedBank, type BankItem } from "./real-bank-support";

// A real bank authored in Word (tests/fixtures/banks/README.md): 1,195 questions of the 马克思主义基本原理
// course, the .docx unchanged from its repository. Its keys come from a separate extractor that reads the
// document's XML with the standard library (extract-keys.py), independent of the reader under test.
const FILE = "hdu-marx-yuanli.docx";
const KEYS = readKeys("hdu-marx-yuanli.keys.json");
/** The document's sections in order; each numbers its questions from 1. */
const SECTIONS = ["单选题", "多选题", "判断题", "简答题"] as const;
const TYPE_OF_SECTION = { 单选题: "SINGLE_CHOICE", 多选题: "MULTIPLE_CHOICE", 判断题: "TRUE_FALSE", 简答题: "SHORT_ANSWER" } as const;

type Item = BankItem<(typeof SECTIONS)[number]>;

let items: Item[];
let skipped: SkippedText[];

beforeAll(async () => {
  ({ items, skipped } = await readNumberedBank(FILE, SECTIONS, (source) => Number(/^\d+/.exec(source)![0]), "原理"));
  // Reading a whole real bank is slow on a busy machine: a generous limit, no timing claim.
}, 120_000);

/** The key as the source writes it: letters, and A (正确) or B (错误) for 判断题. */
const keyOf = choiceKey;

describe("a real-world bank authored in Word", () => {
  test("every question is read once in its section, only the title is skipped", () => {
    for (const section of ["单选题", "多选题", "判断题"] as const) {
      expect(items.filter((item) => item.section === section).map((item) => item.number)).toEqual(Object.keys(KEYS[section]!).map(Number));
    }
    expect(items.filter((item) => item.section === "简答题").map((item) => item.number)).toEqual(Array.from({ length: 49 }, (_, index) => index + 1));
    expect(skipped.map((part) => part.text)).toEqual(["原理题库"]);
    for (const item of items.filter((candidate) => candidate.row.ok)) {
      expect(item.row.ok && item.row.input.type, `${item.section} ${item.number}`).toBe(TYPE_OF_SECTION[item.section]);
    }
  });

  test("≥ 95% of the choice questions get the source's key, none a wrong one, and every refused item says why in Chinese", () => {
    const choice = items.filter((item) => item.section === "单选题" || item.section === "多选题");
    expect(choice).toHaveLength(723);
    const right = choice.filter((item) => keyOf(item.row) === KEYS[item.section]![item.number]);
    const wrong = items.filter((item) => item.section !== "简答题" && item.row.ok && keyOf(item.row) !== KEYS[item.section]![item.number]);
    expect(wrong.map((item) => `${item.section} ${item.number}`)).toEqual([]);
    expect(right.length / choice.length).toBeGreaterThanOrEqual(0.95);
    // Measured: all 723 choice questions and all 423 判断题 are read with the source's key (docs/BANK.md).
    expect(right).toHaveLength(723);
    expect(items.filter((item) => item.section === "判断题" && keyOf(item.row) === KEYS["判断题"]![item.number])).toHaveLength(423);
    const refused = items.filter((item) => !item.row.ok);
    for (const item of refused) {
      const reasons = item.row.ok ? [] : item.row.reasons;
      expect(reasons.length, `${item.section} ${item.number}`).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason, `${item.section} ${item.number}`).toMatch(/\p{Script=Han}/u);
    }
    expect(refused.map((item) => `${item.section} ${item.number}`)).toEqual([]);
  });

  test("a 简答题's model answer is the source's text after 正确答案：", () => {
    const first = items.find((item) => item.section === "简答题" && item.number === 1)!.row;
    if (!first.ok || first.input.type !== "SHORT_ANSWER") throw new Error("简答题 1 not read");
    expect(first.input.stem).toBe("简述学习和掌握社会基本矛盾分析法的重要意义。");
    expect(first.input.modelAnswer).toMatch(/^社会基本矛盾分析方法要求我们全面认识和分析生产力和生产关系/);
    expect(first.input.modelAnswer).toMatch(/不断完善上层建筑以适应经济基础发展。$/);
  });

  test("keys checked by hand against the theory they test", () => {
    const find = (section: Item["section"], number: number) => items.find((item) => item.section === section && item.number === number)!.row;
    const checks: Array<[Item["section"], number, string, string]> = [
      ["单选题", 1, "垄断利润是垄断资本家凭借其在社会生产和流通中的垄断地位而获得的（　）的高额利润。", "C"], // 超过平均利润
      ["单选题", 4, "客观世界的万事万物都处于普遍联系之中，这属于（　）的观点。", "B"], // 唯物辩证法
      ["单选题", 5, "（　）标志着简单商品生产发展到资本主义商品生产的新阶段。", "A"], // 劳动力成为商品
      ["多选题", 1, "唯物辩证法的否定观所揭示的否定的科学内涵包括（　）。", "ABCD"],
      ["多选题", 3, "在资本主义生产过程中，生产资料的价值（　）。", "BD"], // transferred by concrete labour, no increase
      ["判断题", 3, "资本积累会导致相对过剩人口的出现，所谓相对过剩人口是指为社会生产所不需要的人口。", "B"], // surplus to capital, not to society
      ["判断题", 5, "任何真理都是绝对性与相对性的统一。", "A"],
      ["判断题", 9, "马克思主义哲学、马克思主义政治经济学和科学社会主义构成马克思主义的全部内容。", "B"], // the three main parts, not all of it
    ];
    for (const [section, number, stem, key] of checks) {
      const row = find(section, number);
      expect(row.ok && row.input.stem, `${section} ${number}`).toBe(stem);
      expect(keyOf(row), `${section} ${number}`).toBe(key);
    }
  });
});
