import { describe, expect, test } from "vitest";
import { chapterModule, parseQuestionRow, readTextBank, type ParsedRow } from "@/lib/questions/interchange";

const MODULES = [{ id: "m1", title: "第一单元" }];

/** Reads a text bank and every row by the template's rules, as the import does (the module chosen for the file). */
function parse(text: string): ParsedRow[] {
  return readTextBank(text).rows.map((row) => parseQuestionRow({ ...row, cells: { ...row.cells, 所属模块: "第一单元" } }, MODULES));
}

function accepted(row: ParsedRow | undefined) {
  expect(row, "no row").toBeDefined();
  if (!row!.ok) throw new Error(`refused: ${row!.reasons.join(" / ")}`);
  return row!.input;
}

function refused(row: ParsedRow | undefined, reason: RegExp) {
  expect(row, "no row").toBeDefined();
  expect(row!.ok, JSON.stringify(row)).toBe(false);
  const reasons = row!.ok ? [] : row!.reasons;
  expect(reasons.some((text) => reason.test(text)), reasons.join(" / ")).toBe(true);
}

describe("numbered items", () => {
  test.each([
    ["1.", "1.党的根本宗旨是（ A ）。"],
    ["1、", "1、党的根本宗旨是（ A ）。"],
    ["1．", "1．党的根本宗旨是（ A ）。"],
    ["（1）", "（1）党的根本宗旨是（ A ）。"],
    ["(1)", "(1) 党的根本宗旨是（ A ）。"],
    ["full-width digits", "１．党的根本宗旨是（ A ）。"],
  ])("an item numbered %s is read with its options and inline key", (_label, first) => {
    const [row] = parse(`${first}\nA.全心全意为人民服务\nB.发展经济\nC.依法治国\nD.改革开放`);
    const input = accepted(row);
    expect(input).toMatchObject({ type: "SINGLE_CHOICE", stem: "党的根本宗旨是（　）。", correct: ["A"] });
    expect(row!.lines).toEqual({ first: 1, last: 5 });
  });

  test("a number that does not follow in a model answer's list continues the answer, not a new question", () => {
    const rows = parse("简答题\n1. 简述党员的义务。\n答：1、认真学习。\n2、贯彻执行党的基本路线。\n2. 简述党的宗旨。\n答：全心全意为人民服务。");
    expect(rows).toHaveLength(2);
    expect(accepted(rows[0])).toMatchObject({ type: "SHORT_ANSWER", modelAnswer: "1、认真学习。\n2、贯彻执行党的基本路线。" });
    expect(accepted(rows[1])).toMatchObject({ stem: "简述党的宗旨。" });
  });

  test("a stem opening with a year after the number's mark (4、1923年…, 2．1922年…) starts the next question", () => {
    const rows = parse("1、甲（ A ）。\nA.一\nB.二\n2．1922年的大会是（ B ）。\nA.一\nB.二\n3、1923年的大会是（ A ）。\nA.一\nB.二");
    expect(rows.map((row) => accepted(row).stem)).toEqual(["甲（　）。", "1922年的大会是（　）。", "1923年的大会是（　）。"]);
  });

  test("a decimal at the start of a line that is not the next number continues the text", () => {
    const rows = parse("1. 增长了（ A ）\nA.百分之\n3.5\nB.二");
    expect(rows).toHaveLength(1);
    const input = accepted(rows[0]);
    expect(input.type === "SINGLE_CHOICE" && input.options).toEqual([
      { key: "A", text: "百分之3.5" },
      { key: "B", text: "二" },
    ]);
  });

  test("a year at the start of a stem line is not taken for a question number", () => {
    const rows = parse("1. 中共一大召开于（ B ）。\nA.1920年\nB.1921年\n1949年10月1日的事件不在此题。\nC.1922年");
    expect(rows).toHaveLength(1);
  });
});

describe("options", () => {
  test.each([
    ["one per line with A.", "A.全心全意为人民服务\nB.发展经济\nC.依法治国"],
    ["one per line with A、", "A、全心全意为人民服务\nB、发展经济\nC、依法治国"],
    ["one per line with A．", "A．全心全意为人民服务\nB．发展经济\nC．依法治国"],
    ["full-width letters", "Ａ．全心全意为人民服务\nＢ．发展经济\nＣ．依法治国"],
    ["all on one line with spaces", "A.全心全意为人民服务   B.发展经济   C.依法治国"],
    ["all on one line without spaces", "A．全心全意为人民服务B．发展经济C．依法治国"],
    ["two lines of two", "A.全心全意为人民服务 B.发展经济\nC.依法治国"],
    ["in brackets", "(A)全心全意为人民服务 (B)发展经济 (C)依法治国"],
  ])("options %s", (_label, options) => {
    const input = accepted(parse(`1. 党的根本宗旨是（ A ）。\n${options}`)[0]);
    expect(input.type === "SINGLE_CHOICE" && input.options).toEqual([
      { key: "A", text: "全心全意为人民服务" },
      { key: "B", text: "发展经济" },
      { key: "C", text: "依法治国" },
    ]);
  });

  test("an option's text running onto the next line is joined to it", () => {
    const input = accepted(parse("1. 党的根本宗旨是（ A ）。\nA.全心全意\n为人民服务\nB.发展经济")[0]);
    expect(input.type === "SINGLE_CHOICE" && input.options[0]!.text).toBe("全心全意为人民服务");
  });

  test("a letter inside an option's text does not start a new option", () => {
    const input = accepted(parse("1. 下列说法正确的是（ B ）。\nA.GDP 增长 B.人民至上 C.C 语言")[0]);
    expect(input.type === "SINGLE_CHOICE" && input.options.map((option) => option.text)).toEqual(["GDP 增长", "人民至上", "C 语言"]);
  });

  test("options out of order are refused with the reason", () => {
    refused(parse("1. 党的根本宗旨是（ A ）。\nA.全心全意为人民服务\nC.依法治国")[0], /选项应从 A 起按顺序排列/);
  });

  test("a second run of options (a missing question number) is refused, not merged", () => {
    refused(parse("1. 党的根本宗旨是（ A ）。\nA.全心全意为人民服务\nB.发展经济\n党的最高理想是（ B ）。\nA.小康\nB.共产主义")[0], /选项 A 出现了两次/);
  });
});

describe("keys", () => {
  const options = "A.民主集中制\nB.个人服从组织\nC.一言堂\nD.少数服从多数";
  test.each([
    ["in full-width brackets with spaces", "1. 党的组织原则是（ A ）。", ["A"]],
    ["in ASCII brackets", "1. 党的组织原则是(A)。", ["A"]],
    ["several letters in brackets", "1. 党的组织原则包括（ABD）。", ["A", "B", "D"]],
    ["letters separated by 、", "1. 党的组织原则包括（A、B、D）。", ["A", "B", "D"]],
    ["full-width letters", "1. 党的组织原则是（ Ａ ）。", ["A"]],
    ["【答案】 at the end of the stem", "1. 党的组织原则是（　）。【答案】A", ["A"]],
  ])("a key %s", (_label, stem, correct) => {
    const input = accepted(parse(`${stem}\n${options}`)[0]);
    expect(input).toMatchObject({ correct, stem: stem.includes("答案") ? "党的组织原则是（　）。" : expect.stringContaining("（　）") });
  });

  test.each([
    ["答案：", "答案：B"],
    ["参考答案：", "参考答案：B"],
    ["正确答案:", "正确答案: B"],
    ["【答案】", "【答案】B"],
    ["答案 at the end of the options line", null],
  ])("a key on a %s line", (_label, line) => {
    const text = line === null ? "1. 党的组织原则是（　）。\nA.民主集中制 B.个人服从组织  答案：B" : `1. 党的组织原则是（　）。\nA.民主集中制\nB.个人服从组织\n${line}`;
    expect(accepted(parse(text)[0])).toMatchObject({ type: "SINGLE_CHOICE", correct: ["B"] });
  });

  test("options after a key given inline in the stem are still options", () => {
    expect(accepted(parse("1. 党的组织原则是（　）。答案：B\nA.民主集中制\nB.个人服从组织")[0])).toMatchObject({ correct: ["B"] });
  });

  test("keys collected at the end of a section (1-5 CABDA) go to that section's items", () => {
    const items = [1, 2, 3, 4, 5].map((n) => `${n}. 第${n}题的题干（　）。\nA.甲${n}\nB.乙${n}\nC.丙${n}\nD.丁${n}`).join("\n");
    const rows = parse(`一、单项选择题\n${items}\n1-5 CABDA`);
    expect(rows.map((row) => accepted(row)).map((input) => (input.type === "SINGLE_CHOICE" ? input.correct : null))).toEqual([["C"], ["A"], ["B"], ["D"], ["A"]]);
  });

  test("an answer part at the end with headings per section gives each section its keys", () => {
    const text = [
      "一、单项选择题",
      "1. 甲题（　）。\nA.一\nB.二",
      "2. 乙题（　）。\nA.一\nB.二",
      "二、多项选择题",
      "1. 丙题（　）。\nA.一\nB.二\nC.三",
      "三、判断题",
      "1. 党员有表决权。",
      "参考答案",
      "一、单项选择题",
      "1.B 2.A",
      "二、多项选择题",
      "1. AC",
      "三、判断题",
      "1.√",
    ].join("\n");
    const inputs = parse(text).map((row) => accepted(row));
    expect(inputs.map((input) => [input.type, "correct" in input ? input.correct : "verdict" in input ? input.verdict : null])).toEqual([
      ["SINGLE_CHOICE", ["B"]],
      ["SINGLE_CHOICE", ["A"]],
      ["MULTIPLE_CHOICE", ["A", "C"]],
      ["TRUE_FALSE", true],
    ]);
  });

  test("answers after each part of a paper (参考答案：1-2 BA) key that part, and the next part's questions go on", () => {
    const text = [
      "一、单项选择题",
      "1. 甲（　）。\nA.一\nB.二",
      "2. 乙（　）。\nA.一\nB.二",
      "参考答案：1-2 BA",
      "二、多项选择题",
      "1. 丙（　）。\nA.一\nB.二\nC.三",
      "参考答案",
      "1.AC",
      "三、判断题",
      "1. 党员有表决权。（√）",
    ].join("\n");
    const inputs = parse(text).map((row) => accepted(row));
    expect(inputs.map((input) => [input.type, "correct" in input ? input.correct : "verdict" in input ? input.verdict : null])).toEqual([
      ["SINGLE_CHOICE", ["B"]],
      ["SINGLE_CHOICE", ["A"]],
      ["MULTIPLE_CHOICE", ["A", "C"]],
      ["TRUE_FALSE", true],
    ]);
  });

  test("an answer part at the end without headings keys questions numbered through the whole paper", () => {
    const inputs = parse("单项选择题\n1. 甲（　）。\nA.一\nB.二\n多项选择题\n2. 乙（　）。\nA.一\nB.二\n参考答案\n1.B 2.AB").map((row) => accepted(row));
    expect(inputs.map((input) => ("correct" in input ? input.correct : null))).toEqual([["B"], ["A", "B"]]);
  });

  test("an answer part at the end without headings, over sections that each number from 1, keys none of them: which 1 is meant cannot be told", () => {
    const rows = parse("单项选择题\n1. 甲（　）。\nA.一\nB.二\n多项选择题\n1. 乙（　）。\nA.一\nB.二\n参考答案\n1.B 1.AB");
    refused(rows[0], /没有找到答案/);
    refused(rows[1], /没有找到答案/);
  });

  test("a lone numbered key on an 答案 line stays that question's answer", () => {
    refused(parse("1. 甲（　）。\nA.一\nB.二\n答案：1.A")[0], /答案“1.A”无效/);
  });

  test("a key table with spaced multiple-choice keys (1-3 AB ACD BD)", () => {
    const items = [1, 2, 3].map((n) => `${n}. 第${n}题（　）。\nA.甲\nB.乙\nC.丙\nD.丁`).join("\n");
    const inputs = parse(`多项选择题\n${items}\n1-3 AB ACD BD`).map((row) => accepted(row));
    expect(inputs.map((input) => ("correct" in input ? input.correct : null))).toEqual([["A", "B"], ["A", "C", "D"], ["B", "D"]]);
  });

  test("a key table whose count of keys does not match its range is not used, so the items have no key", () => {
    const items = [1, 2, 3].map((n) => `${n}. 第${n}题（　）。\nA.甲\nB.乙`).join("\n");
    const rows = parse(`单项选择题\n${items}\n1-3 AB`);
    refused(rows[0], /没有找到答案/);
  });

  test("a letter with no such option is refused", () => {
    refused(parse("1. 党的组织原则是（ E ）。\nA.民主集中制\nB.个人服从组织\nC.一言堂")[0], /答案中的 E 没有对应的选项/);
  });

  test("two keys under a 单项选择题 heading are refused, not turned into 多选", () => {
    refused(parse("一、单项选择题\n1. 党的组织原则是（ AB ）。\nA.民主集中制\nB.个人服从组织\nC.一言堂")[0], /单选题必须恰好有一个正确选项/);
  });

  test("one key under a 多项选择题 heading is refused", () => {
    refused(parse("二、多项选择题\n1. 党的组织原则包括（ A ）。\nA.民主集中制\nB.个人服从组织\nC.一言堂")[0], /多选题至少要有两个正确选项/);
  });

  test("a key in the stem and a different one on an 答案 line are refused as inconsistent", () => {
    refused(parse("1. 党的组织原则是（ A ）。\nA.民主集中制\nB.个人服从组织\n答案：B")[0], /答案不一致/);
  });

  test("two bracketed letters in a stem are refused, never guessed", () => {
    refused(parse("1. 方案（A）和方案（B）中正确的是（　）。\nA.甲\nB.乙")[0], /2 处括号/);
  });

  test("an empty 答案： line refuses that question only; the next ones are read", () => {
    const rows = parse("多项选择题\n1. 甲（　）。\nA.一\nB.二\n答案：\n2. 乙（　）。\nA.一\nB.二\n答案：AB");
    refused(rows[0], /没有找到答案/);
    expect(accepted(rows[1])).toMatchObject({ correct: ["A", "B"] });
  });

  test("a choice question without any key is refused", () => {
    refused(parse("1. 党的组织原则是（　）。\nA.民主集中制\nB.个人服从组织")[0], /没有找到答案/);
  });

  test("a key that is not letters is refused", () => {
    refused(parse("1. 党的组织原则是（　）。\nA.民主集中制\nB.个人服从组织\n答案：民主集中制")[0], /答案“民主集中制”无效/);
  });
});

describe("types", () => {
  test("with no heading, several letters make a 多选 and one a 单选", () => {
    const rows = parse("1. 甲（ABC）。\nA.一\nB.二\nC.三\n2. 乙（B）。\nA.一\nB.二");
    expect(rows.map((row) => accepted(row).type)).toEqual(["MULTIPLE_CHOICE", "SINGLE_CHOICE"]);
  });

  test.each([
    ["一、单项选择题（每题 2 分，共 20 分）", "SINGLE_CHOICE"],
    ["二、多项选择题", "MULTIPLE_CHOICE"],
    ["### 单选题", "SINGLE_CHOICE"],
    ["第一部分 多选题", "MULTIPLE_CHOICE"],
    ["（一）单项选择题：", "SINGLE_CHOICE"],
  ])("the heading %s sets the type", (heading, type) => {
    const key = type === "SINGLE_CHOICE" ? "A" : "AB";
    expect(accepted(parse(`${heading}\n1. 甲（${key}）。\nA.一\nB.二\nC.三`)[0]).type).toBe(type);
  });

  test.each([
    ["[多选]", "MULTIPLE_CHOICE"],
    ["【单选题】", "SINGLE_CHOICE"],
    ["（多项选择题）", "MULTIPLE_CHOICE"],
  ])("a type named before the stem (%s) sets that question's type over its section's", (tag, type) => {
    const input = accepted(parse(`判断题\n1.${tag}党的组织原则包括（　）。\nA.一\nB.二\nC.三\n答案：${type === "SINGLE_CHOICE" ? "A" : "AB"}`)[0]);
    expect(input).toMatchObject({ type, stem: "党的组织原则包括（　）。" });
  });

  test("a named type is checked like a heading: one key under [多选] is refused", () => {
    refused(parse("1.[多选]党的组织原则包括（ A ）。\nA.一\nB.二")[0], /多选题至少要有两个正确选项/);
  });

  test("brackets before a stem that name no type stay in the stem", () => {
    expect(accepted(parse("1.（2023年）党员有表决权。（√）")[0]).stem).toBe("（2023年）党员有表决权。（　）");
  });

  test("a 不定项选择题 section leaves the type to the key", () => {
    const rows = parse("不定项选择题\n1. 甲（AB）。\nA.一\nB.二\n2. 乙（A）。\nA.一\nB.二");
    expect(rows.map((row) => accepted(row).type)).toEqual(["MULTIPLE_CHOICE", "SINGLE_CHOICE"]);
  });

  test("a choice section item without options is refused", () => {
    refused(parse("单项选择题\n1. 党的组织原则是（ A ）。")[0], /没有找到选项/);
  });

  test("an item with no options, no key and no heading is refused as of unknown type", () => {
    refused(parse("1. 党的组织原则是什么")[0], /无法判断题型/);
  });
});

describe("判断题", () => {
  test.each([
    ["（√）", true],
    ["(×)", false],
    ["（对）", true],
    ["（错）", false],
    ["（正确）", true],
    ["（错误）", false],
  ])("a key %s in the statement's brackets", (mark, verdict) => {
    expect(accepted(parse(`三、判断题\n1. 党员有表决权。${mark}`)[0])).toMatchObject({ type: "TRUE_FALSE", verdict, stem: "党员有表决权。（　）" });
  });

  test.each([
    ["答案：√", true],
    ["答案：错误", false],
    ["参考答案：对", true],
  ])("a key on the line %s", (line, verdict) => {
    expect(accepted(parse(`判断题\n1. 党员有表决权。（　）\n${line}`)[0])).toMatchObject({ type: "TRUE_FALSE", verdict });
  });

  test("without a heading, a √/× key makes a 判断题", () => {
    expect(accepted(parse("1. 党员有表决权。（√）")[0]).type).toBe("TRUE_FALSE");
  });

  test("a 判断题 written with options 正确/错误 and a letter key", () => {
    expect(accepted(parse("判断题\n1. 党员有表决权。\nA.正确 B.错误\n答案：B")[0])).toMatchObject({ type: "TRUE_FALSE", verdict: false });
  });

  test("a 判断题 with a key that is no verdict is refused", () => {
    refused(parse("判断题\n1. 党员有表决权。\n答案：也许")[0], /判断题的答案应为/);
  });

  test("a 判断题 with no key is refused", () => {
    refused(parse("判断题\n1. 党员有表决权。")[0], /没有找到判断题的答案/);
  });
});

describe("填空题", () => {
  test("blanks as underscores with the answers on an 答案 line, split per blank", () => {
    expect(accepted(parse("填空题\n1. 中共一大于______年在______召开。\n答案：1921；上海")[0])).toMatchObject({ type: "FILL_BLANK", blanks: [["1921"], ["上海"]] });
  });

  test("blanks as empty brackets with answers separated by 、", () => {
    expect(accepted(parse("填空题\n1. 党的三大作风是理论联系实际、（ ）、（ ）。\n答案：密切联系群众、批评与自我批评")[0])).toMatchObject({
      blanks: [["密切联系群众"], ["批评与自我批评"]],
    });
  });

  test("answers written inside the brackets become the blanks' answers", () => {
    expect(accepted(parse("填空题\n1. 党的最高理想和最终目标是实现（共产主义）。")[0])).toMatchObject({ stem: "党的最高理想和最终目标是实现（　）。", blanks: [["共产主义"]] });
  });

  test("without a heading, a stem with blanks and an answer is a 填空题", () => {
    expect(accepted(parse("1. 中共一大于______年召开。\n答案：1921")[0]).type).toBe("FILL_BLANK");
  });

  test("a count of answers that differs from the blanks is refused", () => {
    refused(parse("填空题\n1. 中共一大于______年在______召开。\n答案：1921")[0], /题干中有 2 个空，但填写了 1 个空的答案/);
  });

  test("a 填空题 with no answer is refused", () => {
    refused(parse("填空题\n1. 中共一大于______年召开。")[0], /没有找到填空题的答案/);
  });
});

describe("简答题 and 解析", () => {
  test("a model answer after 答： over several lines, and a 解析", () => {
    const input = accepted(parse("四、简答题\n1. 简述党的三大作风。\n答：理论联系实际，\n密切联系群众，批评与自我批评。\n解析：见党章总纲。")[0]);
    expect(input).toMatchObject({ type: "SHORT_ANSWER", modelAnswer: "理论联系实际，\n密切联系群众，批评与自我批评。", explanation: "见党章总纲。" });
  });

  test("参考答案： introduces a model answer too", () => {
    expect(accepted(parse("简答题\n1. 简述党的宗旨。\n参考答案：全心全意为人民服务。")[0])).toMatchObject({ modelAnswer: "全心全意为人民服务。" });
  });

  test("a 简答题 without a model answer is refused", () => {
    refused(parse("简答题\n1. 简述党的宗旨。")[0], /没有找到简答题的参考答案/);
  });

  test("a 解析 line after a choice question, over two lines, is kept with it", () => {
    const input = accepted(parse("1. 党的组织原则是（ A ）。\nA.民主集中制\nB.个人服从组织\n【解析】党章第十条。\n民主集中制是根本组织原则。")[0]);
    expect(input.explanation).toBe("党章第十条。\n民主集中制是根本组织原则。");
  });
});

describe("填空 and 简答 answers in an answer part", () => {
  const PAPER = ["一、填空题", "1. 中共一大于______年在______召开。", "2. 党的最高理想是实现______。", "二、简答题", "1. 简述党的三大作风。", "参考答案", "一、填空题", "1. 1921；上海", "2. 共产主义", "二、简答题", "1. 党的三大作风是：", "（1）理论联系实际；", "（2）密切联系群众。", "解析：见党章总纲。"];

  test("a numbered answer under a 填空 or 简答 heading answers that section's question of the number; its lines after it continue it", () => {
    const rows = parse(PAPER.join("\n"));
    expect(rows.map((row) => accepted(row))).toMatchObject([
      { type: "FILL_BLANK", blanks: [["1921"], ["上海"]] },
      { type: "FILL_BLANK", blanks: [["共产主义"]] },
      { type: "SHORT_ANSWER", modelAnswer: "党的三大作风是：\n（1）理论联系实际；\n（2）密切联系群众。", explanation: "见党章总纲。" },
    ]);
  });

  test("`N．答：` starts question N's model answer even right after an answer whose own points ran to N−1", () => {
    const text = ["简答题", "1. 简述党的纪律。", "2. 简述党的宗旨。", "参考答案", "简答题", "1．答：1. 政治纪律", "2．答：全心全意为人民服务。"].join("\n");
    expect(parse(text).map((row) => accepted(row))).toMatchObject([{ modelAnswer: "1. 政治纪律" }, { modelAnswer: "全心全意为人民服务。" }]);
  });

  test("a question answered both after itself and in the answer part is refused, not one answer guessed", () => {
    const text = [...PAPER.slice(0, 2), "答案：1921；上海", ...PAPER.slice(2)].join("\n");
    refused(parse(text)[0], /在题后和参考答案中都写了答案/);
  });

  test("a numbered answer for a number the section lacks answers nothing and is listed as skipped", () => {
    const bank = readTextBank([...PAPER.slice(0, 3), "参考答案", "一、填空题", "1. 1921；上海", "2. 共产主义", "3. 党章"].join("\n"));
    expect(bank.skipped.map((part) => part.text)).toContain("3. 党章");
  });
});

describe("what is not a question", () => {
  test("a title and a chapter heading are reported as skipped text with their lines, not imported", () => {
    const bank = readTextBank("党章知识测试题\n\n第一章 总纲\n1. 甲（A）。\nA.一\nB.二");
    expect(bank.skipped).toEqual([
      { lines: { first: 1, last: 1 }, text: "党章知识测试题" },
      { lines: { first: 3, last: 3 }, text: "第一章 总纲" },
    ]);
    expect(bank.rows).toHaveLength(1);
  });

  test("each question keeps the chapter heading it stands under, which may name a module by its full heading or its name", () => {
    const bank = readTextBank("1. 甲（A）。\nA.一\nB.二\n第一章　总纲\n1. 乙（A）。\nA.一\nB.二");
    expect(bank.rows.map((row) => row.chapter)).toEqual([undefined, "第一章 总纲"]);
    const modules = [{ title: "党员" }, { title: "总纲" }, { title: "第一章总纲" }];
    expect(chapterModule("第一章 总纲", modules)).toEqual({ title: "总纲" });
    expect(chapterModule("第二章 党员", modules)).toEqual({ title: "党员" });
    expect(chapterModule("第三章 党的组织制度", modules)).toBeUndefined();
    expect(chapterModule(undefined, modules)).toBeUndefined();
  });

  test("an item with a number and nothing after it is refused", () => {
    refused(parse("1.\nA.一\nB.二\n答案：A")[0], /题号后面没有题干/);
  });

  test("each item keeps its original text for the preview", () => {
    const [row] = readTextBank("\n1. 甲（A）。\nA.一  B.二\n").rows;
    expect(row).toMatchObject({ row: 2, lines: { first: 2, last: 3 }, source: "1. 甲（A）。\nA.一  B.二" });
  });

  test("an empty text reads as no rows", () => {
    expect(readTextBank(" \n\n")).toEqual({ rows: [], skipped: [] });
  });
});

// The layout online course platforms (学习通 and the like) export a bank in, and students keep in Word:
// `一、 单选题 （共441题，40分）`, `A、 ` with a space after the mark, and `正确答案： ` for every type
// (tests/fixtures/banks/hdu-marx-yuanli.docx).
describe("a course platform's export (正确答案： on every question)", () => {
  const EXPORT = [
    "原理题库 ",
    "一、 单选题 （共2题，40分） ",
    "1、客观世界的万事万物都处于普遍联系之中，这属于（）的观点。 ",
    "A、 形而上学唯物主义 ",
    "B、 唯物辩证法 ",
    "正确答案： B ",
    "2、（）标志着简单商品生产发展到资本主义商品生产的新阶段。 ",
    "A、 劳动力成为商品 ",
    "B、 资本主义制度的确立 ",
    "正确答案： A ",
    "二、 多选题 （共1题，20分） ",
    "1、在资本主义生产过程中，生产资料的价值（）。 ",
    "A、 由劳动工人创造出来 ",
    "B、 通过工人的具体劳动转移到产品中 ",
    "C、 发生增殖 ",
    "D、 不发生增殖 ",
    "正确答案： BD ",
    "三、 判断题 （共2题，10分） ",
    "1、任何真理都是绝对性与相对性的统一。 ",
    "正确答案： 正确 ",
    "2、人口对社会形态更替起决定作用。 ",
    "正确答案： 错误 ",
    "四、 简答题 （共1题，30分） ",
    "1、简述认识世界与改造世界的关系。 ",
    "正确答案： 一方面，二者是对立的； ",
    "另一方面，二者又是统一的。 ",
  ].join("\n");

  test("every type is read with its key, the headings with counts and scores set the types, the title is skipped", () => {
    const bank = readTextBank(EXPORT);
    expect(bank.skipped.map((part) => part.text)).toEqual(["原理题库"]);
    const rows = parse(EXPORT).map(accepted);
    expect(rows.map((input) => input.type)).toEqual(["SINGLE_CHOICE", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "TRUE_FALSE", "SHORT_ANSWER"]);
    expect(rows[0]).toMatchObject({ stem: "客观世界的万事万物都处于普遍联系之中，这属于（　）的观点。", correct: ["B"], options: [{ key: "A", text: "形而上学唯物主义" }, { key: "B", text: "唯物辩证法" }] });
    expect(rows[1]).toMatchObject({ correct: ["A"] });
    expect(rows[2]).toMatchObject({ correct: ["B", "D"] });
    expect(rows[3]).toMatchObject({ verdict: true });
    expect(rows[4]).toMatchObject({ verdict: false });
    expect(rows[5]).toMatchObject({ stem: "简述认识世界与改造世界的关系。" });
    expect(rows[5]!.type === "SHORT_ANSWER" && rows[5]!.modelAnswer).toMatch(/^一方面，二者是对立的；\s*另一方面，二者又是统一的。$/);
  });

  test("a key with no such option, a verdict that is neither 正确 nor 错误, and a missing 正确答案 are each refused; the rest are read", () => {
    const text = [
      "一、 单选题 （共3题，40分） ",
      "1、甲（）。 ",
      "A、 一 ",
      "B、 二 ",
      "正确答案： E ",
      "2、乙（）。 ",
      "A、 一 ",
      "B、 二 ",
      "3、丙（）。 ",
      "A、 一 ",
      "B、 二 ",
      "正确答案： B ",
      "二、 判断题 （共1题，10分） ",
      "1、丁。 ",
      "正确答案： 不确定 ",
    ].join("\n");
    const rows = parse(text);
    expect(rows).toHaveLength(4);
    refused(rows[0], /答案中的 E 没有对应的选项/);
    refused(rows[1], /没有找到答案/);
    expect(accepted(rows[2])).toMatchObject({ correct: ["B"] });
    refused(rows[3], /判断题的答案应为/);
  });
});

describe("a 解析 or model answer opening with a decimal", () => {
  test("a 解析 that opens with a percentage (12.19% …) does not swallow the next question", () => {
    const rows = parse(
      ["12. 甲（　）。", "A.一", "B.二", "答案：A", "解析：12.19% 的考生答错。", "13. 乙（　）。", "A.一", "B.二", "答案：B", "解析：3.5 万名党员参加。", "14. 丙（　）。", "A.一", "B.二", "答案：A"].join("\n"),
    );
    expect(rows.map((row) => accepted(row).stem)).toEqual(["甲（　）。", "乙（　）。", "丙（　）。"]);
    expect(rows.map((row) => row.lines)).toEqual([
      { first: 1, last: 5 },
      { first: 6, last: 10 },
      { first: 11, last: 14 },
    ]);
    expect(accepted(rows[0])).toMatchObject({ explanation: "12.19% 的考生答错。" });
  });

  test("a model answer's own numbered points still continue it, and a decimal inside them changes nothing", () => {
    const rows = parse(["简答题", "1. 简述党的作风。", "答：1、理论联系实际，占 1.5 成。", "2、密切联系群众。", "2. 简述党的宗旨。", "答：全心全意为人民服务。"].join("\n"));
    expect(rows).toHaveLength(2);
    expect(accepted(rows[0])).toMatchObject({ modelAnswer: "1、理论联系实际，占 1.5 成。\n2、密切联系群众。" });
    expect(accepted(rows[1])).toMatchObject({ stem: "简述党的宗旨。" });
  });
});

describe("an answer left as 未作答", () => {
  test.each([
    ["填空题", "填空题\n1. 党的宗旨是（　）。\n答案：未作答", "未作答"],
    ["判断题", "判断题\n1. 党员有表决权。\nA. 正确\nB. 错误\n答案：未作答", "未作答"],
    ["单选题", "单项选择题\n1. 甲（　）。\nA.一\nB.二\n答案：未作答", "未作答"],
    ["简答题", "简答题\n1. 简述党的宗旨。\n答：略", "略"],
  ])("a %s whose key is 未作答 or 略 is refused as having no answer", (_label, text, written) => {
    const rows = parse(text);
    expect(rows).toHaveLength(1);
    refused(rows[0], new RegExp(`答案写的是“${written}”，没有给出答案`));
  });

  test("an answer that only contains such a word is an answer; the questions around a refused one are read", () => {
    const rows = parse(["简答题", "1. 简述阅卷规则。", "答：未作答的题目不得分。", "2. 简述党的宗旨。", "答：略", "3. 简述党的作风。", "答：理论联系实际。"].join("\n"));
    expect(accepted(rows[0])).toMatchObject({ modelAnswer: "未作答的题目不得分。" });
    refused(rows[1], /没有给出答案/);
    expect(accepted(rows[2])).toMatchObject({ modelAnswer: "理论联系实际。" });
  });
});

describe("Markdown rules between questions", () => {
  test("--- and *** between questions are read as empty lines, never as part of a 解析 or a model answer", () => {
    const text = ["## 单选题（党史）", "", "**1. 甲（ ）。**", "", "A. 一", "", "B. 二", "", "**答案**：A", "", "**解析**：4.73% 说明。", "", "---", "", "**2. 乙（ ）。**", "", "A. 一", "", "B. 二", "", "**答案**：B", "", "* * *", "", "## 简答题", "1. 简述党的宗旨。", "答：全心全意为人民服务。", "- - -", "2. 简述党的作风。", "答：理论联系实际。"].join("\n");
    const rows = parse(text);
    expect(rows.map((row) => accepted(row).explanation)).toEqual(["4.73% 说明。", "", "", ""]);
    expect(accepted(rows[2])).toMatchObject({ modelAnswer: "全心全意为人民服务。" });
    expect(rows[0]!.lines).toEqual({ first: 3, last: 11 });
    expect(readTextBank(text).skipped).toEqual([]);
  });

  test("a line of underscores is a blank, not a rule", () => {
    expect(accepted(parse("填空题\n1. 党的根本宗旨是\n______\n。\n答案：全心全意为人民服务")[0])).toMatchObject({ stem: "党的根本宗旨是______。", blanks: [["全心全意为人民服务"]] });
  });
});
