import { describe, expect, it } from "vitest";
import {
  gradeAnswer,
  keyOfInput,
  learnerFacing,
  parseStoredKey,
  QUESTION_TYPE_DEFINITIONS,
  responseFits,
  savedResponse,
  storedKeyColumns,
  type QuestionKey,
} from "@/lib/questions";
import { QUESTION_TYPES, type QuestionType, type TextBankCells, type TextBankItem } from "@/lib/questions/types";
import { answerCell } from "@/lib/questions/interchange";
import { OPTION_COLUMNS } from "@/lib/questions/interchange/columns";
import { questionInputSchema } from "@/lib/validation/question";

const options = [
  { key: "A", text: "形式主义" },
  { key: "B", text: "官僚主义" },
  { key: "C", text: "拜金主义" },
];

/** One stored key per type, as the database holds its columns. */
const STORED: Record<QuestionKey["type"], { options: unknown; answer: unknown; acceptedAnswers: unknown; keyPoints: unknown }> = {
  SINGLE_CHOICE: { options, answer: ["B"], acceptedAnswers: null, keyPoints: null },
  MULTIPLE_CHOICE: { options, answer: ["A", "B"], acceptedAnswers: null, keyPoints: null },
  TRUE_FALSE: { options: [], answer: false, acceptedAnswers: null, keyPoints: null },
  FILL_BLANK: { options: [], answer: ["60多年", "群众路线"], acceptedAnswers: [["60多年", "六十多年"], ["群众路线"]], keyPoints: null },
  SHORT_ANSWER: { options: [], answer: "全心全意为人民服务。", acceptedAnswers: null, keyPoints: ["宗旨", "人民"] },
};

/** Per type, a question as the text layout reads it (a key written in its own way) and the key cells its type writes for it. */
const TEXT_BANK: Record<QuestionType, { item: TextBankItem; cells: Extract<TextBankCells, { ok: true }>["cells"] }> = {
  SINGLE_CHOICE: { item: { options, key: "ｂ", answerText: "", blanks: 0 }, cells: { 选项A: "形式主义", 选项B: "官僚主义", 选项C: "拜金主义", 答案: "B" } },
  MULTIPLE_CHOICE: { item: { options, key: "A、B", answerText: "", blanks: 0 }, cells: { 选项A: "形式主义", 选项B: "官僚主义", 选项C: "拜金主义", 答案: "AB" } },
  TRUE_FALSE: {
    item: { options: [{ key: "A", text: "正确" }, { key: "B", text: "错误" }], key: "B", answerText: "", blanks: 0 },
    cells: { 答案: "错误" },
  },
  FILL_BLANK: { item: { options: [], key: "60多年；群众路线", answerText: "60多年；群众路线", blanks: 2 }, cells: { 答案: "60多年|群众路线" } },
  SHORT_ANSWER: { item: { options: [], key: "全心全意为人民服务。", answerText: "全心全意为人民服务。", blanks: 0 }, cells: { 答案: "全心全意为人民服务。" } },
};

function key(type: QuestionKey["type"]): QuestionKey {
  const parsed = parseStoredKey({ type, ...STORED[type] });
  if (!parsed.ok) throw new Error(parsed.issues.join("; "));
  return parsed.key;
}

describe("the question type registry", () => {
  it("has a definition for every question type, under its own type", () => {
    expect(Object.keys(QUESTION_TYPE_DEFINITIONS).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const type of QUESTION_TYPES) expect(QUESTION_TYPE_DEFINITIONS[type].type).toBe(type);
  });

  it.each(QUESTION_TYPES)("reads a stored %s key and writes the same columns back", (type) => {
    expect({ type, ...storedKeyColumns(key(type)) }).toEqual({ type, ...STORED[type] });
  });

  it("drops what another type's columns hold rather than carry it", () => {
    const parsed = parseStoredKey({ type: "TRUE_FALSE", options: [], answer: true, acceptedAnswers: [["x"]], keyPoints: ["y"] });
    expect(parsed).toEqual({ ok: true, key: { type: "TRUE_FALSE", options: [], answer: true } });
  });

  it.each([
    ["an unknown type", { type: "ESSAY", options: [], answer: "x", acceptedAnswers: null, keyPoints: null }],
    ["a 单选 with two keys", { type: "SINGLE_CHOICE", ...STORED.SINGLE_CHOICE, answer: ["A", "B"] }],
    ["a choice key naming no option", { type: "MULTIPLE_CHOICE", ...STORED.MULTIPLE_CHOICE, answer: ["A", "F"] }],
    ["a choice key given twice", { type: "MULTIPLE_CHOICE", ...STORED.MULTIPLE_CHOICE, answer: ["A", "A"] }],
    ["options with the same key", { type: "SINGLE_CHOICE", ...STORED.SINGLE_CHOICE, options: [options[0], options[0]] }],
    ["a 判断 verdict as text", { type: "TRUE_FALSE", ...STORED.TRUE_FALSE, answer: "true" }],
    ["a 填空 answer as one text", { type: "FILL_BLANK", ...STORED.FILL_BLANK, answer: "60多年" }],
    ["a 填空 with accepted answers for fewer blanks", { type: "FILL_BLANK", ...STORED.FILL_BLANK, acceptedAnswers: [["60多年"]] }],
    ["a 简答 model answer as a list", { type: "SHORT_ANSWER", ...STORED.SHORT_ANSWER, answer: ["全心全意"] }],
    ["a 简答 with an empty model answer", { type: "SHORT_ANSWER", ...STORED.SHORT_ANSWER, answer: "" }],
  ])("refuses a stored row that does not fit its type: %s", (_, columns) => {
    const parsed = parseStoredKey(columns as Parameters<typeof parseStoredKey>[0]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.length).toBeGreaterThan(0);
  });

  it("grades each type by its own rule", () => {
    expect(gradeAnswer(key("SINGLE_CHOICE"), ["b "])).toEqual({ status: "correct", score: 1 });
    expect(gradeAnswer(key("SINGLE_CHOICE"), ["A"])).toEqual({ status: "incorrect", score: 0 });
    expect(gradeAnswer(key("MULTIPLE_CHOICE"), ["B", "A"])).toEqual({ status: "correct", score: 1 });
    expect(gradeAnswer(key("MULTIPLE_CHOICE"), ["A"])).toEqual({ status: "incorrect", score: 0 });
    expect(gradeAnswer(key("TRUE_FALSE"), false)).toEqual({ status: "correct", score: 1 });
    expect(gradeAnswer(key("TRUE_FALSE"), "false")).toEqual({ status: "incorrect", score: 0 });
    expect(gradeAnswer(key("FILL_BLANK"), ["六十多年", ""])).toEqual({ status: "partial", score: 0.5, blanks: [true, false] });
    expect(gradeAnswer(key("SHORT_ANSWER"), "为人民服务")).toEqual({ status: "self-graded", score: null });
  });

  it("tells a response that fits from an answer that can be graded (exam save vs practice answer)", () => {
    expect(responseFits("SINGLE_CHOICE", [], { complete: false })).toBe(true);
    expect(responseFits("SINGLE_CHOICE", [], { complete: true })).toBe(false);
    expect(responseFits("SINGLE_CHOICE", ["A", "B"], { complete: false })).toBe(false);
    expect(responseFits("MULTIPLE_CHOICE", [], { complete: false })).toBe(true);
    expect(responseFits("MULTIPLE_CHOICE", [], { complete: true })).toBe(false);
    expect(responseFits("MULTIPLE_CHOICE", ["A", "C"], { complete: true })).toBe(true);
    expect(responseFits("TRUE_FALSE", "true", { complete: false })).toBe(false);
    expect(responseFits("TRUE_FALSE", true, { complete: true })).toBe(true);
    expect(responseFits("FILL_BLANK", ["", "群众路线"], { complete: true })).toBe(true);
    expect(responseFits("FILL_BLANK", "群众路线", { complete: false })).toBe(false);
    expect(responseFits("SHORT_ANSWER", ["x"], { complete: false })).toBe(false);
    expect(responseFits("SHORT_ANSWER", "宗旨", { complete: true })).toBe(true);
  });

  it("reads a saved response that does not fit its type as no answer", () => {
    expect(savedResponse("TRUE_FALSE", true)).toBe(true);
    expect(savedResponse("TRUE_FALSE", { forged: 1 })).toEqual([]);
    expect(gradeAnswer(key("TRUE_FALSE"), savedResponse("TRUE_FALSE", "false")).status).toBe("incorrect");
  });

  it("shows a learner the options and the number of blanks, never the key", () => {
    expect(learnerFacing(key("SINGLE_CHOICE"))).toEqual({ options, blanks: 0 });
    expect(learnerFacing(key("TRUE_FALSE"))).toEqual({ options: [], blanks: 0 });
    expect(learnerFacing(key("FILL_BLANK"))).toEqual({ options: [], blanks: 2 });
    expect(JSON.stringify(learnerFacing(key("SHORT_ANSWER")))).not.toContain("全心全意");
  });

  it.each(QUESTION_TYPES)("writes a text-layout %s question's key cells itself, and reads them back without complaint", (type) => {
    const definition = QUESTION_TYPE_DEFINITIONS[type];
    expect(typeof definition.textBankCells).toBe("function");
    const written = definition.textBankCells(TEXT_BANK[type].item);
    expect(written).toEqual({ ok: true, cells: TEXT_BANK[type].cells });
    const cells: Record<string, string | undefined> = TEXT_BANK[type].cells;
    const reasons: string[] = [];
    definition.inputOfCells({ answer: cells.答案 ?? "", options: OPTION_COLUMNS.map((column) => cells[column] ?? ""), keyPoints: "" }, reasons);
    expect(reasons).toEqual([]);
  });

  it.each(QUESTION_TYPES)("refuses a text-layout %s question without a key, saying why in Chinese", (type) => {
    const written = QUESTION_TYPE_DEFINITIONS[type].textBankCells({ ...TEXT_BANK[type].item, key: undefined, answerText: "" });
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.refusal).toMatch(/没有找到.*答案/);
  });

  it("maps a question an instructor wrote to its stored key, and that key to the template's 答案 cell", () => {
    const input = questionInputSchema.parse({ type: "FILL_BLANK", stem: "执政已经______，坚持______。", difficulty: 0.5, moduleId: "m", blanks: [["60多年", "六十多年"], ["群众路线"]] });
    const stored = keyOfInput(input);
    expect(stored).toEqual(key("FILL_BLANK"));
    expect(answerCell(stored)).toBe("60多年/六十多年|群众路线");
    expect(answerCell(key("MULTIPLE_CHOICE"))).toBe("AB");
    expect(answerCell(key("TRUE_FALSE"))).toBe("错误");
  });
});
