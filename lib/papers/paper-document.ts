import { answerWords, definitionOf, PRINTED_KEY_WORDS } from "@/lib/questions/types";
import type { OptionColumns } from "./option-layout";
import { SECTION_TITLES, type Paper, type PaperQuestion } from "./build-paper";

/**
 * The documents printed from a paper, as lines grouped in blocks, before any file format: the
 * .docx and PDF writers only set these lines. The lines are the text layout the bank import
 * reads (docs/BANK.md, 文本导入) — numbered stems, `A．` options, a 参考答案 part of key tables
 * and numbered answers — so a paper exported and imported again gives its questions back.
 */

export type PaperDocumentKind = "paper" | "answer-sheet" | "key";

export type PaperLine =
  | { kind: "title" | "subtitle" | "fields" | "heading" | "text"; text: string }
  /** One row of options: `A．…` cells set in `columns` equal columns. */
  | { kind: "options"; cells: string[]; columns: OptionColumns }
  /** Space to write in (答题卡, 简答): `count` empty ruled lines. */
  | { kind: "writing"; count: number };

export interface PaperBlock {
  lines: PaperLine[];
  /** A question's block: printed on one page, never split by a page break. */
  keepTogether: boolean;
  /** Starts a new page (the 参考答案 part after the questions). */
  pageBreakBefore?: boolean;
}

export interface PaperDocument {
  kind: PaperDocumentKind;
  /** The document's name in a file name or a window title: `党章知识测试（A卷）`. */
  name: string;
  blocks: PaperBlock[];
}

const DOCUMENT_TITLES: Record<PaperDocumentKind, string> = { paper: "试卷", "answer-sheet": "答题卡", key: "答案与解析" };
export const OPTION_MARK = "．";
const FIELD_BLANK = "____________";
const KEYS_PER_LINE = 5;
/** Answer boxes a line of the answer sheet holds. */
const SHEET_COLUMNS = 4;

function header(paper: Paper, kind: PaperDocumentKind): PaperBlock {
  const variant = `（${paper.variant}卷）`;
  const lines: PaperLine[] = [
    { kind: "title", text: paper.title },
    { kind: "subtitle", text: [paper.organisation, `${kind === "paper" ? "" : DOCUMENT_TITLES[kind]}${variant}`, `满分 ${paper.totalPoints} 分`].filter(Boolean).join("　") },
  ];
  if (kind !== "key") lines.push({ kind: "fields", text: paper.candidateFields.map((field) => `${field}：${FIELD_BLANK}`).join("　　") });
  return { lines, keepTogether: true };
}

function optionRows(question: PaperQuestion): PaperLine[] {
  const rows: PaperLine[] = [];
  const cells = question.options.map((option) => `${option.key}${OPTION_MARK}${option.text}`);
  for (let start = 0; start < cells.length; start += question.optionColumns) {
    rows.push({ kind: "options", cells: cells.slice(start, start + question.optionColumns), columns: question.optionColumns });
  }
  return rows;
}

function questionLines(question: PaperQuestion): PaperLine[] {
  return [{ kind: "text", text: `${question.number}${OPTION_MARK}${question.stem}` }, ...optionRows(question)];
}

/** `1.A 2.C 3.B 4.D 5.A` lines: the key tables the import reads. */
function keyTables(questions: readonly PaperQuestion[]): PaperLine[] {
  const lines: PaperLine[] = [];
  for (let start = 0; start < questions.length; start += KEYS_PER_LINE) {
    const text = questions
      .slice(start, start + KEYS_PER_LINE)
      .map((question) => `${question.number}.${answerWords(question, PRINTED_KEY_WORDS)}`)
      .join("　");
    lines.push({ kind: "text", text });
  }
  return lines;
}

/** The 参考答案 part after the questions: key tables (choice, 判断) or numbered written answers (填空, 简答), as each type's paper layout says. */
function answerPart(paper: Paper): PaperBlock[] {
  const blocks: PaperBlock[] = [{ lines: [{ kind: "heading", text: "参考答案" }], keepTogether: true, pageBreakBefore: true }];
  for (const section of paper.sections) {
    const heading: PaperLine = { kind: "heading", text: `${section.numeral}、${SECTION_TITLES[section.type]}` };
    const layout = definitionOf(section.type).paper;
    if (layout.answer === "written") {
      blocks.push({ lines: [heading], keepTogether: true });
      for (const question of section.questions) {
        const [first, ...rest] = answerWords(question, PRINTED_KEY_WORDS).split("\n");
        const marker = layout.marker;
        blocks.push({ lines: [{ kind: "text", text: `${question.number}${OPTION_MARK}${marker}${first}` }, ...rest.map((text): PaperLine => ({ kind: "text", text }))], keepTogether: true });
      }
    } else {
      blocks.push({ lines: [heading, ...keyTables(section.questions)], keepTogether: true });
    }
  }
  return blocks;
}

function paperBlocks(paper: Paper, withKey: boolean): PaperBlock[] {
  const blocks: PaperBlock[] = [header(paper, "paper")];
  for (const section of paper.sections) {
    blocks.push({ lines: [{ kind: "heading", text: section.heading }], keepTogether: true });
    for (const question of section.questions) {
      const writing = definitionOf(question.type).paper.paperLines;
      blocks.push({ lines: [...questionLines(question), ...(writing ? [{ kind: "writing", count: writing } as const] : [])], keepTogether: true });
    }
  }
  return withKey ? [...blocks, ...answerPart(paper)] : blocks;
}

function answerSheetBlocks(paper: Paper): PaperBlock[] {
  const blocks: PaperBlock[] = [header(paper, "answer-sheet")];
  for (const section of paper.sections) {
    const lines: PaperLine[] = [{ kind: "heading", text: section.heading }];
    const layout = definitionOf(section.type).paper;
    if (layout.answer === "written") {
      blocks.push({ lines, keepTogether: true });
      for (const question of section.questions) {
        blocks.push({ lines: [{ kind: "text", text: `${question.number}${OPTION_MARK}` }, { kind: "writing", count: layout.sheetLines }], keepTogether: true });
      }
      continue;
    }
    for (let start = 0; start < section.questions.length; start += SHEET_COLUMNS) {
      const cells = section.questions.slice(start, start + SHEET_COLUMNS).map((question) => `${question.number}${OPTION_MARK}（　　）`);
      lines.push({ kind: "options", cells, columns: SHEET_COLUMNS });
    }
    blocks.push({ lines, keepTogether: true });
  }
  return blocks;
}

/** Each question with its answer and 解析 written under it (`答案：` / `解析：` lines, which the import reads too). */
function keyBlocks(paper: Paper): PaperBlock[] {
  const blocks: PaperBlock[] = [header(paper, "key")];
  for (const section of paper.sections) {
    blocks.push({ lines: [{ kind: "heading", text: section.heading }], keepTogether: true });
    for (const question of section.questions) {
      const [first, ...rest] = answerWords(question, PRINTED_KEY_WORDS).split("\n");
      const lines: PaperLine[] = [...questionLines(question), { kind: "text", text: `答案：${first}` }, ...rest.map((text): PaperLine => ({ kind: "text", text }))];
      if (question.explanation.trim() !== "") {
        const [firstNote, ...more] = question.explanation.trim().split("\n");
        lines.push({ kind: "text", text: `解析：${firstNote}` }, ...more.map((text): PaperLine => ({ kind: "text", text })));
      }
      blocks.push({ lines, keepTogether: true });
    }
  }
  return blocks;
}

export interface PaperDocumentOptions {
  /** The paper only: add the 参考答案 part on a new page after the questions. */
  withKey?: boolean;
}

export function paperDocument(paper: Paper, kind: PaperDocumentKind, options: PaperDocumentOptions = {}): PaperDocument {
  const name = `${paper.title}${kind === "paper" ? "" : `-${DOCUMENT_TITLES[kind]}`}（${paper.variant}卷）`;
  const blocks = kind === "paper" ? paperBlocks(paper, options.withKey ?? false) : kind === "answer-sheet" ? answerSheetBlocks(paper) : keyBlocks(paper);
  return { kind, name, blocks };
}

/** A line as plain text (options' cells separated by a tab, as the .docx sets them). */
export function lineText(line: PaperLine): string {
  if (line.kind === "options") return line.cells.join("\t");
  if (line.kind === "writing") return "";
  return line.text;
}
