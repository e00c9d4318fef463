import { Document, Packer, Paragraph } from "docx";
import iconv from "iconv-lite";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readQuestionFile } from "@/lib/questions/interchange";
import { BANKS_FOLDER, choiceKey, parseInModule, readKeys, type BankItem } from "./real-bank-support";

// A real bank of 604 party-history and party-constitution questions (tests/fixtures/banks/README.md):
// its keys come from the source's own answer column, independent of the text the reader parses.
const FILE = "phpems-dangshi-dangzhang.txt";
const KEYS = readKeys("phpems-dangshi-dangzhang.keys.json");
const SECTIONS = ["单项选择题", "多项选择题", "判断题"] as const;

type Item = BankItem<(typeof SECTIONS)[number]>;

async function readBank() {
  const text = fs.readFileSync(path.join(BANKS_FOLDER, FILE), "utf8");
  const headingLines = SECTIONS.map((section) => text.split("\n").findIndex((line) => line.endsWith(section)) + 1);
  const read = await readQuestionFile(FILE, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.error);
  const items: Item[] = read.rows.map((row) => {
    const sectionIndex = headingLines.findLastIndex((line) => line < row.lines!.first);
    return {
      section: SECTIONS[sectionIndex]!,
      number: Number(/^\d+/.exec(row.source!)![0]),
      row: parseInModule(row, "党史党章"),
    };
  });
  return { items, skipped: read.skipped ?? [] };
}

/** The key as the source's answer column writes it: letters, and A (对) or B (错) for 判断题. */
const keyOf = choiceKey;

describe("a real-world bank in the text layout", () => {
  test("every item is read or reported, ≥ 95% of its choice questions get the right key and none a wrong one", async () => {
    const { items, skipped } = await readBank();
    // Every question of the source is there, once, as a parsed or a refused item; only the title is skipped.
    for (const section of SECTIONS) {
      expect(items.filter((item) => item.section === section).map((item) => item.number)).toEqual(Object.keys(KEYS[section]!).map(Number));
    }
    expect(skipped.map((part) => part.text)).toEqual(["党史、党章知识题库"]);
    const choice = items.filter((item) => item.section !== "判断题");
    const right = choice.filter((item) => keyOf(item.row) === KEYS[item.section]![item.number]);
    const wrong = items.filter((item) => item.row.ok && keyOf(item.row) !== KEYS[item.section]![item.number]);
    expect(wrong.map((item) => `${item.section} ${item.number}`)).toEqual([]);
    expect(right.length / choice.length).toBeGreaterThanOrEqual(0.95);
    // The refused ones each carry a reason (the source's own defects: repeated options, a key left in the stem, no key).
    for (const item of items.filter((candidate) => !candidate.row.ok)) expect(item.row.ok ? [] : item.row.reasons).not.toEqual([]);
    expect(items.filter((item) => item.section === "判断题" && item.row.ok)).toHaveLength(Object.keys(KEYS["判断题"]!).length);
  });

  test("the same bank as a GBK text file and as a Word document reads to the same questions", async () => {
    const text = fs.readFileSync(path.join(BANKS_FOLDER, FILE), "utf8");
    const utf8 = await readQuestionFile(FILE, new TextEncoder().encode(text));
    const gbk = await readQuestionFile(FILE, new Uint8Array(iconv.encode(text, "gbk")));
    const docx = await readQuestionFile(
      "题库.docx",
      new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: text.split("\n").map((line) => new Paragraph({ text: line })) }] }))),
    );
    if (!utf8.ok || !gbk.ok || !docx.ok) throw new Error("unreadable");
    const content = (rows: typeof utf8.rows) => rows.map((row) => ({ cells: row.cells, refusals: row.refusals, source: row.source }));
    expect(content(gbk.rows)).toEqual(content(utf8.rows));
    expect(content(docx.rows)).toEqual(content(utf8.rows));
  });

  test("keys checked by hand against the history they test", async () => {
    const { items } = await readBank();
    const find = (section: Item["section"], number: number) => items.find((item) => item.section === section && item.number === number)!.row;
    const checks: Array<[Item["section"], number, string, string]> = [
      ["单项选择题", 6, "打响了武装反抗国民党反动派的第一枪是（　）。", "A"], // 南昌起义
      ["单项选择题", 8, "1935年1月，中共中央政治局在长征途中举行（　），这次会议是中共历史上生死攸关的转折点。", "A"], // 遵义会议
      ["单项选择题", 13, "中国人民经过八年抗战，最终取得胜利。日本宣布无条件投降是在（　）。", "B"], // 1945年8月15日
      ["单项选择题", 28, "我国在联合国的一切合法权益得到恢复是在（　）。", "B"], // 1971年
      ["多项选择题", 1, "参加了中国共产党一大会议的是（　）。", "ABD"], // 毛泽东、何叔衡、邓恩铭; 李大钊 did not attend
      ["多项选择题", 13, "1951年12月1日,中共中央决定开展“三反”运动,主要内容是（　）。", "ACD"], // 反贪污、反浪费、反官僚主义
      ["判断题", 1, "中国第一个共产主义小组由陈独秀等人于1920年8月在上海建立。（　）", "A"],
      ["判断题", 27, "1964年10月16日，在中国西部的罗布泊试验基地，中国第一颗氢弹成功爆炸。（　）", "B"], // it was the first atomic bomb
    ];
    for (const [section, number, stem, key] of checks) {
      const row = find(section, number);
      expect(row.ok && row.input.stem, `${section} ${number}`).toBe(stem);
      expect(keyOf(row), `${section} ${number}`).toBe(key);
    }
  });
});
