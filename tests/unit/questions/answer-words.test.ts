import { describe, expect, it } from "vitest";
import {
  ANKI_BACK_WORDS,
  answerWords,
  BANK_KEY_WORDS,
  correctOptionKeys,
  EXAM_RESULT_WORDS,
  FEEDBACK_WORDS,
  IMPORT_PREVIEW_WORDS,
  PRINTED_KEY_WORDS,
  type QuestionKey,
} from "@/lib/questions/types";

const options = [
  { key: "A", text: "形式主义" },
  { key: "B", text: "官僚主义" },
  { key: "C", text: "拜金主义" },
];

const KEYS: QuestionKey[] = [
  { type: "SINGLE_CHOICE", options, answer: ["B"] },
  { type: "MULTIPLE_CHOICE", options, answer: ["A", "B"] },
  { type: "TRUE_FALSE", options: [], answer: false },
  { type: "FILL_BLANK", options: [], answer: ["60多年", "群众路线"], acceptedAnswers: [["60多年", "六十多年"], ["群众路线"]] },
  { type: "SHORT_ANSWER", options: [], answer: "全心全意为人民服务。", keyPoints: ["宗旨"] },
];

const STYLES = { FEEDBACK_WORDS, EXAM_RESULT_WORDS, BANK_KEY_WORDS, IMPORT_PREVIEW_WORDS, PRINTED_KEY_WORDS, ANKI_BACK_WORDS };

describe("the answer in words: one member per type, a named style per place", () => {
  it("writes each type's key in each style as the place showed it before", () => {
    const table = Object.fromEntries(Object.entries(STYLES).map(([name, style]) => [name, KEYS.map((key) => answerWords(key, style))]));
    expect(table).toEqual({
      FEEDBACK_WORDS: ["B. 官僚主义", "A. 形式主义；B. 官僚主义", "错误", "60多年；群众路线", "全心全意为人民服务。"],
      EXAM_RESULT_WORDS: ["官僚主义", "形式主义；官僚主义", "错误", "60多年；群众路线", "全心全意为人民服务。"],
      BANK_KEY_WORDS: ["B. 官僚主义", "A. 形式主义；B. 官僚主义", "错误", "第 1 空：60多年；第 2 空：群众路线", "全心全意为人民服务。"],
      IMPORT_PREVIEW_WORDS: ["B", "AB", "错误", "第 1 空：60多年 / 六十多年；第 2 空：群众路线", "全心全意为人民服务。"],
      PRINTED_KEY_WORDS: ["B", "AB", "×", "60多年；群众路线", "全心全意为人民服务。"],
      ANKI_BACK_WORDS: ["B. 官僚主义", "A. 形式主义\nB. 官僚主义", "错误", "第 1 空：60多年 / 六十多年\n第 2 空：群众路线", "全心全意为人民服务。"],
    });
  });

  it("writes a learner's response by its question's type; one that does not fit reads as nothing", () => {
    const [single, multiple, verdict, blanks, essay] = KEYS as [QuestionKey, QuestionKey, QuestionKey, QuestionKey, QuestionKey];
    expect(answerWords(multiple, FEEDBACK_WORDS, ["C"])).toBe("C. 拜金主义");
    expect(answerWords(single, EXAM_RESULT_WORDS, ["Z"])).toBe("Z");
    expect(answerWords(verdict, FEEDBACK_WORDS, true)).toBe("正确");
    expect(answerWords(blanks, FEEDBACK_WORDS, ["六十多年", ""])).toBe("六十多年；");
    expect(answerWords(essay, FEEDBACK_WORDS, "为人民服务")).toBe("为人民服务");
    for (const forged of [null, 7, { a: 1 }]) {
      expect(answerWords(verdict, FEEDBACK_WORDS, forged)).toBe("");
      expect(answerWords(essay, FEEDBACK_WORDS, forged)).toBe("");
      expect(answerWords(single, FEEDBACK_WORDS, forged)).toBe("");
    }
  });

  it("marks the right options of choice questions only", () => {
    expect(KEYS.map(correctOptionKeys)).toEqual([["B"], ["A", "B"], [], [], []]);
  });
});
