import { describe, expect, test } from "vitest";
import { classifyRows, parseQuestionRow, type ParsedRow, type TemplateRow } from "@/lib/questions/interchange";

const MODULES = [
  { id: "m1", title: "第一单元 党章学习" },
  { id: "m2", title: "第二单元" },
];

type Cells = TemplateRow["cells"];

const base: Record<string, Cells> = {
  单选: { 题型: "单选题", 题干: "党的根本宗旨是（　）。", 选项A: "全心全意为人民服务", 选项B: "发展经济", 选项C: "依法治国", 答案: "A", 解析: "见党章。", 难度: "0.4", 所属模块: "第二单元" },
  多选: { 题型: "多选题", 题干: "党的组织原则包括（　）。", 选项A: "民主集中制", 选项B: "个人服从组织", 选项C: "一言堂", 答案: "AB", 所属模块: "第二单元" },
  判断: { 题型: "判断题", 题干: "党员有表决权。", 答案: "正确", 所属模块: "第二单元" },
  填空: { 题型: "填空题", 题干: "一大于______年召开。", 答案: "1921", 所属模块: "第二单元" },
  简答: { 题型: "简答题", 题干: "简述党员的义务。", 答案: "认真学习……", 所属模块: "第二单元" },
};

let rowNumber = 1;
function parse(kind: keyof typeof base, overrides: Cells = {}): ParsedRow {
  rowNumber += 1;
  return parseQuestionRow({ row: rowNumber, cells: { ...base[kind], ...overrides } }, MODULES);
}

function reasonsOf(result: ParsedRow): string[] {
  return result.ok ? [] : result.reasons;
}

function expectRefused(result: ParsedRow, reason: RegExp) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(reasonsOf(result).some((text) => reason.test(text)), reasonsOf(result).join(" / ")).toBe(true);
}

function expectAccepted(result: ParsedRow) {
  expect(reasonsOf(result)).toEqual([]);
  expect(result.ok).toBe(true);
}

describe("reading a template row: each rule refuses one row and accepts another", () => {
  // [rule, refused row, reason it gets, accepted row]
  const rules: Array<[string, () => ParsedRow, RegExp, () => ParsedRow]> = [
    ["an unknown 题型", () => parse("单选", { 题型: "论述题" }), /题型“论述题”无效/, () => parse("单选", { 题型: "单项选择题" })],
    ["an empty 题型", () => parse("单选", { 题型: "" }), /请填写题型/, () => parse("单选", { 题型: "单选" })],
    ["an empty 题干", () => parse("判断", { 题干: "  " }), /请填写题干/, () => parse("判断")],
    ["a 题干 over 500 characters", () => parse("判断", { 题干: "长".repeat(501) }), /题干不能超过 500 个字/, () => parse("判断", { 题干: "长".repeat(500) })],
    ["单选 with two correct options", () => parse("单选", { 答案: "AB" }), /单选题必须恰好有一个正确选项/, () => parse("单选", { 答案: "B" })],
    ["单选 whose answer names an empty option", () => parse("单选", { 答案: "D" }), /答案中的 D 没有对应的选项/, () => parse("单选", { 答案: "C" })],
    ["多选 with one correct option", () => parse("多选", { 答案: "A" }), /多选题至少要有两个正确选项/, () => parse("多选", { 答案: "A,B,C" })],
    ["an answer that is not option letters", () => parse("单选", { 答案: "全心全意" }), /选择题的答案是选项字母/, () => parse("单选", { 答案: "ａ" })],
    ["an empty choice answer", () => parse("多选", { 答案: "" }), /请填写答案/, () => parse("多选", { 答案: "A、C" })],
    ["a repeated correct letter", () => parse("多选", { 答案: "AAB" }), /正确答案重复/, () => parse("多选", { 答案: "BA" })],
    ["a choice question with one option", () => parse("单选", { 选项B: "", 选项C: "" }), /选择题需要 2 到 6 个选项/, () => parse("单选", { 选项C: "" })],
    ["options with a gap", () => parse("单选", { 选项B: "", 选项C: "依法治国" }), /选项要从选项A 起连续填写，选项B 是空的/, () => parse("单选", { 选项D: "其他", 选项E: "以上都不是", 选项F: "不知道" })],
    ["two options with the same text", () => parse("单选", { 选项B: "全心全意为人民服务" }), /选项内容不能重复/, () => parse("单选", { 选项B: "全心全意为人民谋幸福" })],
    ["判断 with another word", () => parse("判断", { 答案: "是的" }), /判断题的答案应为“正确”或“错误”/, () => parse("判断", { 答案: "错误" })],
    ["判断 with no answer", () => parse("判断", { 答案: "" }), /请填写判断题的答案/, () => parse("判断", { 答案: "√" })],
    ["判断 with real options", () => parse("判断", { 选项A: "有", 选项B: "没有" }), /判断题不填写选项/, () => parse("判断", { 选项A: "正确", 选项B: "错误", 答案: "×" })],
    ["填空 with no accepted answer", () => parse("填空", { 答案: "" }), /请填写每个空的答案/, () => parse("填空", { 答案: "1921/一九二一" })],
    ["填空 without a blank in the stem", () => parse("填空", { 题干: "一大于哪一年召开？" }), /填空题的题干中要有空/, () => parse("填空", { 题干: "一大于（　）年召开。" })],
    ["填空 with fewer answers than blanks", () => parse("填空", { 题干: "一大于______年在______召开。" }), /题干中有 2 个空，但填写了 1 个空的答案/, () => parse("填空", { 题干: "一大于______年在______召开。", 答案: "1921|上海" })],
    ["填空 with an empty blank among others", () => parse("填空", { 题干: "一大于______年在______召开。", 答案: "1921|" }), /第 2 空至少要有一个可接受的答案/, () => parse("填空", { 题干: "一大于______年在______召开。", 答案: "1921｜上海" })],
    ["简答 without a model answer", () => parse("简答", { 答案: "" }), /请填写参考答案/, () => parse("简答", { 要点: "学习|执行" })],
    ["简答 with options", () => parse("简答", { 选项A: "甲" }), /简答题不填写选项/, () => parse("简答")],
    ["a 难度 above 1", () => parse("判断", { 难度: "3" }), /难度不能大于 1/, () => parse("判断", { 难度: "1" })],
    ["a 难度 below 0", () => parse("判断", { 难度: "-0.1" }), /难度不能小于 0/, () => parse("判断", { 难度: "0" })],
    ["a 难度 that is not a number", () => parse("判断", { 难度: "很难" }), /请填写 0 到 1 之间的难度/, () => parse("判断", { 难度: "难" })],
    ["an unknown 所属模块", () => parse("判断", { 所属模块: "第九单元" }), /课程中没有名为“第九单元”的单元/, () => parse("判断", { 所属模块: " 第一单元 党章学习 " })],
    ["an empty 所属模块", () => parse("判断", { 所属模块: "" }), /请填写所属模块/, () => parse("判断", { 所属模块: "第一单元 党章学习" })],
    ["a 解析 over 2000 characters", () => parse("判断", { 解析: "长".repeat(2001) }), /解析不能超过 2000 个字/, () => parse("判断", { 解析: "长".repeat(2000) })],
  ];

  test.each(rules)("%s", (_rule, refused, reason, accepted) => {
    expectRefused(refused(), reason);
    expectAccepted(accepted());
  });

  test("a refused row keeps its row number and every reason", () => {
    const result = parseQuestionRow({ row: 17, cells: { 题型: "单选题", 题干: "", 选项A: "甲", 答案: "B", 难度: "2", 所属模块: "无" } }, MODULES);
    expect(result.ok).toBe(false);
    expect(result.row).toBe(17);
    expect(reasonsOf(result)).toEqual(expect.arrayContaining(["课程中没有名为“无”的单元", "答案中的 B 没有对应的选项（选项B 是空的）", "请填写题干", "难度不能大于 1"]));
  });

  test("accepted rows are stored as the bank stores them", () => {
    const multiple = parse("多选", { 答案: "b a" });
    const blank = parse("填空", { 题干: "一大于______年在______召开。", 答案: "1921/一九二一|上海", 难度: "" });
    const verdict = parse("判断", { 答案: "错" });
    if (!multiple.ok || !blank.ok || !verdict.ok) throw new Error("expected accepted rows");
    expect(multiple.input).toMatchObject({ type: "MULTIPLE_CHOICE", correct: ["B", "A"], moduleId: "m2", difficulty: 0.5 });
    expect(multiple.input.type === "MULTIPLE_CHOICE" && multiple.input.options.map((option) => option.key)).toEqual(["A", "B", "C"]);
    expect(blank.input).toMatchObject({ blanks: [["1921", "一九二一"], ["上海"]], difficulty: 0.5 });
    expect(verdict.input).toMatchObject({ verdict: false });
    expect(multiple.id).toMatch(/^q_[0-9a-f]{16}$/);
  });

  test("the same question twice in a file, or already in the bank, is a duplicate, not a second question", () => {
    const first = parse("单选");
    const again = parse("单选", { 选项C: "另一个干扰项", 解析: "不同的解析" });
    const inBank = parse("判断");
    const fresh = parse("填空");
    const bad = parse("填空", { 答案: "" });
    if (!inBank.ok || !first.ok) throw new Error("expected accepted rows");
    const sorted = classifyRows([first, again, inBank, fresh, bad], new Map([[inBank.contentHash, "q_existing"]]));
    expect(sorted.valid.map((row) => row.row)).toEqual([first.row, fresh.row]);
    expect(sorted.rejected.map((row) => row.row)).toEqual([bad.row]);
    expect(sorted.duplicates).toEqual([
      { row: again.row, stem: first.stem, sameAsRow: first.row },
      { row: inBank.row, stem: inBank.ok ? inBank.stem : "", existingId: "q_existing" },
    ]);
  });
});
