import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, test } from "vitest";
import { buildPaper, type PaperSourceQuestion } from "@/lib/papers/build-paper";
import { A4, LAYOUT_METRICS } from "@/lib/papers/layout-paper";
import { lineText, paperDocument } from "@/lib/papers/paper-document";
import { writePaperPdf } from "@/lib/papers/write-paper-pdf";
import { SAMPLE_QUESTIONS } from "./sample-questions";

/** Enough questions for several pages: each sample question many times over, with its own stem. */
const MANY: PaperSourceQuestion[] = Array.from({ length: 8 }, (_, round) =>
  SAMPLE_QUESTIONS.map((question) => ({ ...question, id: `${question.id}-${round}`, stem: `第${round + 1}组：${question.stem}` })),
).flat();

async function render(kind: "paper" | "answer-sheet" | "key") {
  const paper = buildPaper({ title: "党章知识测试", organisation: "第一党支部", variant: "B", seed: "quiz-pdf", questions: MANY });
  const document = paperDocument(paper, kind);
  const { bytes, layout } = await writePaperPdf(document);
  const pdf = await getDocumentProxy(bytes);
  const pages = (await extractText(pdf, { mergePages: false })).text.map((text) => text.replace(/\s+/g, ""));
  return { document, layout, pdf, pages };
}

describe("a paper as PDF", () => {
  test("has A4 pages, as many as its layout, holding the paper's text in its embedded Chinese font", async () => {
    const { layout, pdf, pages } = await render("paper");
    expect(layout.pageCount).toBeGreaterThan(2);
    expect(pdf.numPages).toBe(layout.pageCount);
    for (let number = 1; number <= pdf.numPages; number++) {
      const view = (await pdf.getPage(number)).view;
      expect(view.map((value) => Math.round(value))).toEqual([0, 0, Math.round(A4.width), Math.round(A4.height)]);
    }
    const all = pages.join("");
    for (const text of ["党章知识测试", "第一党支部", "姓名：", "一、单项选择题（每题2分，共48分）", "第3组：党的根本宗旨是", "全心全意为人民服务", "五、简答题"]) expect(all).toContain(text);
    expect(all).not.toContain("参考答案");
  });

  test("no question is split by a page break: each question's block lies on one page, inside the margins, and the page holds its text", async () => {
    const { document, layout, pages } = await render("paper");
    const questionBlocks = document.blocks.flatMap((block, index) => (/^\d+．/.test(lineText(block.lines[0]!)) ? [index] : []));
    expect(questionBlocks).toHaveLength(MANY.length);
    for (const index of questionBlocks) {
      const placed = layout.blocks.filter((block) => block.block === index);
      expect(placed, `block ${index}`).toHaveLength(1);
      expect(placed[0]!.top).toBeGreaterThanOrEqual(LAYOUT_METRICS.top);
      expect(placed[0]!.bottom).toBeLessThanOrEqual(LAYOUT_METRICS.bottom);
      const stem = lineText(document.blocks[index]!.lines[0]!).replace(/\s+/g, "").slice(0, 12);
      expect(pages[placed[0]!.page], stem).toContain(stem);
    }
  });

  test("a section heading never ends a page: the block after it starts on the same page", async () => {
    const { document, layout } = await render("paper");
    const headings = document.blocks.flatMap((block, index) => (block.lines.every((line) => line.kind === "heading") ? [index] : []));
    expect(headings.length).toBe(5);
    for (const index of headings) {
      const page = layout.blocks.find((block) => block.block === index)!.page;
      expect(layout.blocks.find((block) => block.block === index + 1)!.page).toBe(page);
    }
  });

  test("the key holds the answers and 解析; the answer sheet none", async () => {
    const key = (await render("key")).pages.join("");
    expect(key).toContain("答案：");
    expect(key).toContain("解析：预备党员没有表决权");
    const sheet = (await render("answer-sheet")).pages.join("");
    expect(sheet).toContain("答题卡");
    expect(sheet).not.toContain("答案：");
  });
});
