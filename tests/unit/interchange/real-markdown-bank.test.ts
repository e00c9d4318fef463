import { beforeAll, describe, expect, test } from "vitest";
import type { ParsedRow, SkippedText } from "@/lib/questions/interchange";
import { readKeys, readNumberedBank, type BankItem } from "./real-bank-support";

// A real 党史/党章 bank kept in Markdown (tests/fixtures/banks/README.md): 1,021 questions as a university's
// party course reviews them, the file unchanged from its repository. Its keys come from a separate extractor
// (extract-keys.py) that reads the Markdown with the standard library, independent of the reader under test.
const FILE = "dlut-dangshi-wanzheng.md";
const KEYS = readKeys("dlut-dangshi-wanzheng.keys.json");
const SECTIONS = ["单选题", "多选题", "判断题", "填空题"] as const;

type Item = BankItem<(typeof SECTIONS)[number]>;

let items: Item[];
let skipped: SkippedText[];

beforeAll(async () => {
  ({ items, skipped } = await readNumberedBank(FILE, SECTIONS, (source) => Number(/^\*\*(\d+)\./.exec(source)![1]), "党史"));
  // Reading a whole real bank is slow on a busy machine: a generous limit, no timing claim.
}, 120_000);

/** The key as the source writes it: letters (判断题 too: its options are A. 正确 B. 错误), or a 填空题's answer. */
function keyOf(row: ParsedRow): string | null {
  if (!row.ok) return null;
  const { input } = row;
  if (input.type === "SINGLE_CHOICE" || input.type === "MULTIPLE_CHOICE") return [...input.correct].sort().join("");
  if (input.type === "TRUE_FALSE") return input.verdict ? "A" : "B";
  if (input.type === "FILL_BLANK") return input.blanks.map((answers) => answers[0]).join("");
  return null;
}

/** The source's key in keyOf's terms: a 填空题's answers for several blanks without what separates them (、). */
function sourceKey(item: Item): string {
  const key = KEYS[item.section]![item.number]!;
  return item.section === "填空题" ? key.replace(/[、；;，,\s]/g, "") : key;
}

const reasonsOf = (item: Item) => (item.row.ok ? [] : item.row.reasons);
const label = (item: Item) => `${item.section} ${item.number}`;

describe("a real-world 党史 bank kept in Markdown", () => {
  test("every question is read once in its section; only the title, notes and counts are skipped, the --- rules are no text", () => {
    for (const section of SECTIONS) {
      expect(items.filter((item) => item.section === section).map((item) => item.number)).toEqual(Object.keys(KEYS[section]!).map(Number));
    }
    expect(items).toHaveLength(1021);
    for (const item of items) if (item.row.ok) expect(item.row.input.explanation, label(item)).not.toMatch(/^\s*---\s*$/m);
    expect(skipped.map((part) => part.text)).toEqual([
      "# 党史 — 完整题库",
      "> **整理说明**：本题库从《10_党史题库.md》中提取，按单选→多选→判断→填空顺序排列。",
      "> **统计**：单选题 450 题 + 多选题 450 题 + 判断题 300 题 + 填空题 300 题 = 共 **1500** 题",
      "> 共 **450** 题",
      "> 共 **450** 题",
      "> 共 **300** 题",
      "> 共 **300** 题",
    ]);
  });

  test("≥ 95% of the choice questions get the source's key, none a wrong one, and every refused item says why in Chinese", () => {
    const choice = items.filter((item) => item.section === "单选题" || item.section === "多选题");
    expect(choice).toHaveLength(603);
    const right = choice.filter((item) => keyOf(item.row) === sourceKey(item));
    const wrong = items.filter((item) => item.row.ok && keyOf(item.row) !== sourceKey(item));
    expect(wrong.map(label)).toEqual([]);
    expect(right.length / choice.length).toBeGreaterThanOrEqual(0.95);
    // Measured (docs/BANK.md): 602 of 603 choice questions; the one refused repeats an option (A. 权利 … D. 权利).
    expect(right).toHaveLength(602);
    expect(items.filter((item) => item.section === "判断题" && item.row.ok)).toHaveLength(214);
    expect(items.filter((item) => item.section === "填空题" && item.row.ok)).toHaveLength(181);
    const refused = items.filter((item) => !item.row.ok);
    for (const item of refused) {
      expect(reasonsOf(item).length, label(item)).toBeGreaterThan(0);
      for (const reason of reasonsOf(item)) expect(reason, label(item)).toMatch(/\p{Script=Han}/u);
    }
    expect(refused).toHaveLength(24);
  });

  test("the refused items are the source's own defects, each with its reason", () => {
    const refused = new Map(items.filter((item) => !item.row.ok).map((item) => [label(item), reasonsOf(item).join(" / ")]));
    expect(refused.get("单选题 172")).toMatch(/选项内容不能重复/);
    // An answer sheet's export: the key is 未作答 (not answered) — 1 判断题 and 12 填空题.
    const unanswered = Object.entries(KEYS).flatMap(([section, keys]) => Object.entries(keys).filter(([, key]) => key === "未作答").map(([number]) => `${section} ${number}`));
    expect(unanswered).toHaveLength(13);
    for (const name of unanswered) expect(refused.get(name), name).toBe("答案写的是“未作答”，没有给出答案");
    // Accepted variants written with | (党员权利|党员的权利) read as a second blank the stem does not have.
    for (const name of ["填空题 51", "填空题 83", "填空题 96", "填空题 102", "填空题 196", "填空题 199"]) {
      expect(refused.get(name), name).toMatch(/题干中有 1 个空，但填写了 2 个空的答案/);
    }
    // A title left empty as the blank (《 》) is no blank.
    for (const name of ["填空题 58", "填空题 124", "填空题 179"]) expect(refused.get(name), name).toMatch(/填空题的题干中要有空/);
    expect(refused.get("填空题 134")).toMatch(/第 2 空至少要有一个可接受的答案/);
    expect(refused.size).toBe(1 + 13 + 6 + 3 + 1);
  });

  test("keys checked by hand against the history and the party constitution", () => {
    const find = (section: Item["section"], number: number) => items.find((item) => item.section === section && item.number === number)!.row;
    const checks: Array<[Item["section"], number, string, string]> = [
      ["单选题", 1, "（　），中国加入世界贸易组织。", "C"], // 2001
      ["单选题", 2, "在五四运动以后的马克思主义传播中，起了主要作用的是（　）。", "D"], // 李大钊
      ["单选题", 19, "党的中央委员会委员和候补委员必须有（　）以上的党龄。", "B"], // 5 years (党章 art. 22)
      ["单选题", 45, "邓小平著名的南方谈话发表于（　）年。", "B"], // 1992
      ["判断题", 1, "党组织在对党员进行党纪处分或作鉴定的时候，可以允许党员本人为自己申辩，但不允许其他党员为他作证和辩护。", "B"], // 党章 art. 4: others may testify
      ["判断题", 2, "社会主义的本质，是解放生产力和发展生产力，消灭剥削，消除两极分化，最终达到共同富裕。", "A"],
      ["填空题", 1, "发展党员工作的总要求是控制总量、优化结构、（　）、发挥作用。", "提高质量"],
      ["填空题", 5, "邓小平说，社会主义最大的优越性就是（　）。", "共同富裕"],
    ];
    for (const [section, number, stem, key] of checks) {
      const row = find(section, number);
      expect(row.ok && row.input.stem, `${section} ${number}`).toBe(stem);
      expect(keyOf(row), `${section} ${number}`).toBe(key);
    }
  });
});
