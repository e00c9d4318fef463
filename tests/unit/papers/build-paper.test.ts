import { describe, expect, test } from "vitest";
import { buildPaper, type BuildPaperInput, type PaperQuestion } from "@/lib/papers/build-paper";
import { optionColumns } from "@/lib/papers/option-layout";
import { lineText, paperDocument } from "@/lib/papers/paper-document";
import { answerWords, PRINTED_KEY_WORDS } from "@/lib/questions/types";
import { SAMPLE_QUESTIONS } from "./sample-questions";

const INPUT: BuildPaperInput = { title: "党章知识测试", organisation: "第一党支部", variant: "A", seed: "quiz-1", questions: SAMPLE_QUESTIONS };

const source = (id: string) => SAMPLE_QUESTIONS.find((question) => question.id === id)!;
const questionsOf = (input: BuildPaperInput) => buildPaper(input).sections.flatMap((section) => section.questions);
/** A printed choice question's correct option texts: what must survive any shuffle. */
const correctTexts = (question: PaperQuestion) => (question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE" ? question.answer : []).map((key) => question.options.find((option) => option.key === key)!.text).sort();

describe("buildPaper", () => {
  test("sections follow 单选、多选、判断、填空、简答 with numbered headings stating each question's points and the section's total", () => {
    const paper = buildPaper(INPUT);
    expect(paper.sections.map((section) => section.heading)).toEqual([
      "一、单项选择题（每题 2 分，共 6 分）",
      "二、多项选择题（每题 3 分，共 6 分）",
      "三、判断题（每题 1 分，共 2 分）",
      "四、填空题（每题 2 分，共 2 分）",
      "五、简答题（每题 5 分，共 5 分）",
    ]);
    expect(paper.totalPoints).toBe(21);
    expect(paper.candidateFields).toEqual(["姓名", "日期", "得分"]);
    for (const section of paper.sections) expect(section.questions.map((question) => question.number)).toEqual(section.questions.map((_, index) => index + 1));
  });

  test("a section whose questions carry different points states its count and total instead", () => {
    const questions = [SAMPLE_QUESTIONS[0]!, { ...SAMPLE_QUESTIONS[1]!, points: 4 }];
    expect(buildPaper({ ...INPUT, questions }).sections[0]!.heading).toBe("一、单项选择题（共 2 题，6 分）");
  });

  test("sections are numbered by what the paper holds: a paper of 判断 and 简答 only has 一 and 二", () => {
    const questions = SAMPLE_QUESTIONS.filter((question) => question.type === "TRUE_FALSE" || question.type === "SHORT_ANSWER");
    expect(buildPaper({ ...INPUT, questions }).sections.map((section) => section.heading.slice(0, 5))).toEqual(["一、判断题", "二、简答题"]);
  });

  test("the same seed and variant give the same paper; the inputs are left as they are", () => {
    const before = JSON.stringify(SAMPLE_QUESTIONS);
    expect(buildPaper(INPUT)).toEqual(buildPaper(INPUT));
    expect(JSON.stringify(SAMPLE_QUESTIONS)).toBe(before);
  });

  test("on every seed, variant B orders each section of two or more questions, and each shuffled question's options, unlike A", () => {
    for (let seed = 0; seed < 40; seed++) {
      const [a, b] = (["A", "B"] as const).map((variant) => buildPaper({ ...INPUT, variant, seed: `quiz-${seed}` }));
      for (const [index, section] of a!.sections.entries()) {
        const other = b!.sections[index]!;
        if (section.questions.length > 1) expect(other.questions.map((question) => question.id)).not.toEqual(section.questions.map((question) => question.id));
        for (const question of section.questions.filter((candidate) => candidate.options.length > 1 && candidate.id !== "q5")) {
          const options = other.questions.find((candidate) => candidate.id === question.id)!.options;
          expect(options).not.toEqual(question.options);
        }
      }
    }
  });

  test("variants A and B hold the same questions with the same correct options", () => {
    const a = questionsOf(INPUT);
    const b = questionsOf({ ...INPUT, variant: "B" });
    expect(b.map((question) => question.id).sort()).toEqual(a.map((question) => question.id).sort());
    for (const question of [...a, ...b].filter((candidate) => candidate.type === "SINGLE_CHOICE" || candidate.type === "MULTIPLE_CHOICE")) {
      const original = source(question.id);
      const expected = (original.answer as string[]).map((key) => original.options.find((option) => option.key === key)!.text).sort();
      expect(correctTexts(question)).toEqual(expected);
      expect(question.options.map((option) => option.key)).toEqual(["A", "B", "C", "D"].slice(0, question.options.length));
      expect(question.options.map((option) => option.text).sort()).toEqual(original.options.map((option) => option.text).sort());
    }
  });

  test("across seeds every option order shows up, so options are really shuffled and their keys follow them", () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const question = questionsOf({ ...INPUT, seed: `quiz-${seed}` }).find((candidate) => candidate.id === "q2")!;
      orders.add(question.options.map((option) => option.text).join("|"));
      expect(correctTexts(question)).toEqual(["1921年"]);
    }
    expect(orders.size).toBeGreaterThan(12);
  });

  test("a question whose options point at the others (以上都是) keeps their order", () => {
    for (const variant of ["A", "B"] as const) {
      for (let seed = 0; seed < 10; seed++) {
        const question = questionsOf({ ...INPUT, variant, seed: `s${seed}` }).find((candidate) => candidate.id === "q5")!;
        expect(question.options).toEqual(source("q5").options);
        expect(question.answer).toEqual(["A", "C"]);
      }
    }
  });

  test.each([["上述说法均不正确"], ["都对"], ["A和B"]])("an option that points at the others (%s) keeps the options in order; 三分之二以上 inside one does not", (text) => {
    const question = (last: string) => ({ ...source("q2"), options: [...source("q2").options.slice(0, 3), { key: "D", text: last }] });
    const orders = (last: string) => new Set(Array.from({ length: 20 }, (_, seed) => questionsOf({ ...INPUT, seed: `s${seed}`, questions: [question(last)] })[0]!.options.map((option) => option.text).join("|")));
    expect([...orders(text)]).toEqual([question(text).options.map((option) => option.text).join("|")]);
    expect(orders("应有三分之二以上党员到会").size).toBeGreaterThan(1);
  });

  test("a 判断题 gets brackets to mark in unless its stem has some; other stems print as they are", () => {
    const printed = questionsOf(INPUT);
    expect(printed.find((question) => question.id === "q6")!.stem).toBe("党员有表决权。（　）");
    expect(questionsOf({ ...INPUT, questions: [{ ...source("q6"), stem: "党员有表决权（ ）。" }] })[0]!.stem).toBe("党员有表决权（ ）。");
    expect(printed.find((question) => question.id === "q8")!.stem).toBe(source("q8").stem);
  });
});

describe("optionColumns", () => {
  test("four short options share a line, middling ones two a line, long ones one each", () => {
    const options = (...texts: string[]) => texts.map((text, index) => ({ key: String.fromCharCode(65 + index), text }));
    expect(optionColumns(options("1921年", "1927年", "1949年", "1919年"))).toBe(4);
    expect(optionColumns(options("全心全意为人民服务", "发展经济", "依法治国", "改革开放"))).toBe(2);
    expect(optionColumns(options("实现全面建成小康社会，使人民生活达到更加富裕的水平", "实现共产主义"))).toBe(1);
    expect(optionColumns(options("甲", "乙", "丙", "丁", "戊"))).toBe(2);
  });
});

describe("paperDocument", () => {
  const paper = buildPaper(INPUT);

  test("the paper holds no answer unless the 参考答案 part is asked for, which starts a new page", () => {
    const text = (withKey: boolean) => paperDocument(paper, "paper", { withKey }).blocks.flatMap((block) => block.lines.map(lineText)).join("\n");
    expect(text(false)).not.toContain("参考答案");
    expect(text(false)).not.toContain("理论联系实际");
    const withKey = paperDocument(paper, "paper", { withKey: true });
    const keyStart = withKey.blocks.findIndex((block) => block.pageBreakBefore);
    expect(lineText(withKey.blocks[keyStart]!.lines[0]!)).toBe("参考答案");
    expect(text(true)).toContain("（1）理论联系实际；");
  });

  test("the header names the paper, its branch, variant and full marks, and has 姓名、日期、得分 lines", () => {
    const lines = paperDocument(paper, "paper").blocks[0]!.lines.map(lineText);
    expect(lines).toEqual(["党章知识测试", "第一党支部　（A卷）　满分 21 分", "姓名：____________　　日期：____________　　得分：____________"]);
  });

  test("the answer sheet numbers a box for each choice and 判断 question and writing space for the rest, with no answer", () => {
    const sheet = paperDocument(paper, "answer-sheet");
    const text = sheet.blocks.flatMap((block) => block.lines.map(lineText)).join("\n");
    expect(text).toContain("1．（　　）\t2．（　　）\t3．（　　）");
    // A long section wraps its boxes: a row never holds more cells than its columns.
    const many = Array.from({ length: 9 }, (_, index) => ({ ...source("q1"), id: `c${index}` }));
    const rows = paperDocument(buildPaper({ ...INPUT, questions: many }), "answer-sheet").blocks.flatMap((block) => block.lines).filter((line) => line.kind === "options");
    expect(rows.map((line) => (line.kind === "options" ? line.cells.length : 0))).toEqual([4, 4, 1]);
    expect(rows.every((line) => line.kind === "options" && line.cells.length <= line.columns)).toBe(true);
    expect(text).not.toMatch(/答案：|1921|理论联系实际/);
    expect(sheet.blocks.flatMap((block) => block.lines).filter((line) => line.kind === "writing").length).toBe(2);
  });

  test("the key writes each question's answer on the printed letters and its 解析", () => {
    const key = paperDocument(paper, "key");
    const q7 = paper.sections[2]!.questions.find((question) => question.id === "q7")!;
    const block = key.blocks.find((candidate) => lineText(candidate.lines[0]!).startsWith(`${q7.number}．预备党员`))!;
    expect(block.lines.map(lineText)).toEqual([`${q7.number}．预备党员有表决权。（　）`, "答案：×", "解析：预备党员没有表决权、选举权和被选举权。"]);
    const q4 = paper.sections[1]!.questions.find((question) => question.id === "q4")!;
    expect(answerWords(q4, PRINTED_KEY_WORDS)).toBe((q4.answer as string[]).join(""));
    expect(key.name).toBe("党章知识测试-答案与解析（A卷）");
  });

  test("every question is one block kept together on a page", () => {
    const document = paperDocument(paper, "paper");
    const questionBlocks = document.blocks.filter((block) => /^\d+．/.test(lineText(block.lines[0]!)));
    expect(questionBlocks).toHaveLength(SAMPLE_QUESTIONS.length);
    expect(questionBlocks.every((block) => block.keepTogether)).toBe(true);
  });
});
