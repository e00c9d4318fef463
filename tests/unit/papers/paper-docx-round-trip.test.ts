import { describe, expect, test } from "vitest";
import { buildPaper, type PaperQuestion, type PaperVariant } from "@/lib/papers/build-paper";
import { paperDocument, type PaperDocumentKind } from "@/lib/papers/paper-document";
import { writePaperDocx } from "@/lib/papers/write-paper-docx";
import { parseQuestionRow, readQuestionFile, storedAnswer } from "@/lib/questions/interchange";
import { questionHash, testedAnswers } from "@/lib/questions/question-hash";
import { SAMPLE_QUESTIONS } from "./sample-questions";

const MODULE = { id: "m1", title: "党章" };

/** The .docx bytes read by the bank import exactly as an instructor's upload is: file reader, then each row by the bank's rules. */
async function importDocx(bytes: Uint8Array) {
  const file = await readQuestionFile("试卷.docx", bytes);
  if (!file.ok) throw new Error(file.error);
  expect(file.format).toBe("text");
  const rows = file.rows.map((row) => parseQuestionRow({ ...row, cells: { ...row.cells, 所属模块: MODULE.title } }, [MODULE]));
  return { rows, skipped: file.skipped ?? [] };
}

async function roundTrip(variant: PaperVariant, kind: PaperDocumentKind) {
  const paper = buildPaper({ title: "党章知识测试", organisation: "第一党支部", variant, seed: "quiz-7", questions: SAMPLE_QUESTIONS });
  const bytes = await writePaperDocx(paperDocument(paper, kind, { withKey: true }));
  return { paper, printed: paper.sections.flatMap((section) => section.questions), ...(await importDocx(bytes)) };
}

function sourceId(question: PaperQuestion): string {
  const source = SAMPLE_QUESTIONS.find((candidate) => candidate.id === question.id)!;
  return questionHash(source.type, source.stem, testedAnswers(source)).id;
}

describe("a paper exported as .docx and imported again", () => {
  for (const variant of ["A", "B"] as const) {
    test(`gives back every question of paper ${variant} with its type, stem, options and key, and the bank's id of the quiz's question`, async () => {
      const { printed, rows, skipped } = await roundTrip(variant, "paper");
      expect(rows.map((row) => (row.ok ? "ok" : row.reasons.join("；")))).toEqual(printed.map(() => "ok"));
      rows.forEach((row, index) => {
        if (!row.ok) return;
        const question = printed[index]!;
        const stored = storedAnswer(row.input);
        expect({ type: row.input.type, stem: row.input.stem, ...stored }).toEqual({ type: question.type, stem: question.stem, options: question.options, answer: question.answer });
        // The same question in the bank's eyes: the id an import of it would find as a duplicate.
        expect(row.id).toBe(sourceId(question));
      });
      // Only the header is text outside the questions: nothing of a question is lost as skipped.
      expect(skipped.map((part) => part.text).join("\n")).toBe(`党章知识测试\n第一党支部　（${variant}卷）　满分 21 分\n姓名：____________　　日期：____________　　得分：____________`);
    });
  }

  test("the key with 解析 imports with each question's answer and 解析 too", async () => {
    const { printed, rows } = await roundTrip("B", "key");
    expect(rows.every((row) => row.ok)).toBe(true);
    rows.forEach((row, index) => {
      if (!row.ok) return;
      const question = printed[index]!;
      expect({ stem: row.input.stem, ...storedAnswer(row.input), explanation: row.input.explanation }).toEqual({ stem: question.stem, options: question.options, answer: question.answer, explanation: question.explanation });
    });
  });

  test("a paper without its 参考答案 part imports no question: a key is never guessed", async () => {
    const paper = buildPaper({ title: "党章知识测试", organisation: "", variant: "A", seed: "quiz-7", questions: SAMPLE_QUESTIONS });
    const { rows } = await importDocx(await writePaperDocx(paperDocument(paper, "paper")));
    expect(rows.filter((row) => row.ok)).toEqual([]);
    expect(rows).toHaveLength(SAMPLE_QUESTIONS.length);
  });
});
