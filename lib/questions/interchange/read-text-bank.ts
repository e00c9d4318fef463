import { countBlanks } from "@/lib/validation/question-fields";
import { definitionOf, type QuestionType } from "../types";
import { BLANK_SEPARATOR, FALSE_WORDS, OPTION_COLUMNS, TRUE_WORDS, type TemplateRow } from "./columns";
import { TYPE_LABELS } from "./type-labels";
import {
  answerLine,
  chapterName,
  cleanLine,
  explanationLine,
  halfWidth,
  inlineMarker,
  isAnswerPartHeading,
  isChapterHeading,
  itemStart,
  keyLetters,
  keyTable,
  type ItemStart,
  optionLetter,
  sectionHeading,
  splitOptions,
  VERDICT_WORDS,
  type SectionType,
} from "./text-bank-lines";

/**
 * Reads a question bank in the text layout Chinese organisations keep in Word and plain text
 * (docs/BANK.md, 文本导入) into template rows, so that every question then goes through the
 * same rules as a spreadsheet row (parseQuestionRow). Nothing is guessed: an item whose key,
 * options or type cannot be read becomes a row refused with its reason; text outside any item
 * is reported as skipped. Pure: text in, rows out.
 */

export interface TextBankLines {
  first: number;
  last: number;
}

/** Text outside any question (a title, a chapter heading, a stray paragraph): shown, never imported. */
export interface SkippedText {
  lines: TextBankLines;
  text: string;
}

export interface TextBank {
  rows: TemplateRow[];
  skipped: SkippedText[];
}

interface Section {
  type: SectionType | null;
  items: Item[];
}

interface Item {
  section: Section;
  /** The chapter heading (`第一章 总纲`) the item stands under, if any. */
  chapter: string | null;
  /** The type the item names itself (`1.[多选]…`, `2、【判断题】…`), before its section's. */
  declared: SectionType | null;
  number: number;
  lines: TextBankLines;
  source: string[];
  stem: string[];
  options: Array<{ key: string; text: string }>;
  /** Keys as written, with where each came from, for a clear refusal when two disagree. */
  keys: Array<{ text: string; from: string }>;
  answer: string[];
  explanation: string[];
  /** The last number a line of the answer or 解析 started with: its own list of points. */
  listNumber: number | null;
  problems: string[];
  state: "stem" | "options" | "answer" | "explanation";
}

const VERDICT_IN_BRACKETS = new RegExp(`[（(]\\s*(${VERDICT_WORDS}|[TFtf])\\s*[)）]`, "g");
const LETTERS_IN_BRACKETS = /[（(]\s*([A-FＡ-Ｆ](?:[\s,，、]*[A-FＡ-Ｆ])*)\s*[)）]/g;
const EMPTY_BRACKETS = /[（(][ \u3000]*[)）]/g;
const BLANK = "（　）";

function newItem(section: Section, number: number, line: number): Item {
  return { section, chapter: null, declared: null, number, lines: { first: line, last: line }, source: [], stem: [], options: [], keys: [], answer: [], explanation: [], listNumber: null, problems: [], state: "stem" };
}

/** A key table of several keys (a range or two numbered keys or more), never a lone `1.A`. */
function keyTableOfMany(text: string): Map<number, string> | null {
  const table = keyTable(text, false);
  return table && (table.size > 1 || /^\d+\s*[-~—–至]/.test(text)) ? table : null;
}

/**
 * The number a line of a model answer or 解析 starts its own list point with (`2、…`), or null.
 * A decimal at the start of the line (`12.19% 的考生答错`, `3.5 万人`) is no list point: taking
 * it for one would make the next question's number (`13.`) read as the list going on.
 */
function listPoint(text: string): number | null {
  const start = itemStart(text);
  return start && !start.beforeDigit ? start.number : null;
}

/** What banks exported from answer sheets, or left unfinished, write in place of a key. */
const NO_ANSWER = /^(?:未作答|未答|暂无答案|无答案|略)$/;

const ASKS = /[？?]\s*$|^(?:简述|试述|论述|谈谈|如何|怎样|为什么|什么是)/;

/**
 * Whether a numbered line starts the next question rather than continuing this one. Inside a
 * model answer or 解析, numbered points (`1、… 2、…`) are common: there only the next question's
 * number starts one, and not when it also continues the answer's own list, unless it asks.
 */
function startsNewItem(current: Item | null, start: ItemStart): boolean {
  const { number } = start;
  // `2.1922年…` starts question 2 only where question 2 is due; elsewhere it reads as a decimal.
  if (start.beforeDigit) return current ? number === current.number + 1 : number === 1;
  if (!current) return true;
  if (current.state === "answer" || current.state === "explanation") {
    if (number !== current.number + 1) return false;
    return current.listNumber !== number - 1 || ASKS.test(start.rest);
  }
  if (number === current.number + 1) return true;
  return number === 1 || (number > current.number && number <= current.number + 50);
}

/**
 * The module a chapter heading names: one whose title is the heading (`第一章 总纲`) or its name
 * (`总纲`), spaces aside; modules earlier in the list win (the caller puts current ones first).
 */
export function chapterModule<M extends { title: string }>(chapter: string | undefined, modules: readonly M[]): M | undefined {
  if (!chapter) return undefined;
  const squeeze = (text: string) => text.replace(/\s+/g, "");
  const names = [squeeze(chapter), squeeze(chapterName(chapter))];
  return modules.find((module) => names.includes(squeeze(module.title)));
}

export function readTextBank(text: string): TextBank {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const sections: Section[] = [{ type: null, items: [] }];
  const skipped: SkippedText[] = [];
  /** Key tables: for a section, or for the whole text when no heading says which. */
  const tables: Array<{ section: Section | null; keys: Map<number, string> }> = [];
  let section = sections[0]!;
  let item: Item | null = null;
  /** After a lone `参考答案`: headings name the section whose keys follow, not a new section. */
  let answerPart = false;
  let keySection: Section | null = null;
  /** In an answer part: the 填空/简答 question whose numbered answer (`1. 1921；上海`) is being read. */
  let answering: Item | null = null;
  /** Where the current answer part began: the section before it and the first of its tables. */
  let partStart = { section, table: 0 };
  let chapter: string | null = null;

  const skip = (lineNumber: number, line: string) => {
    const last = skipped.at(-1);
    if (last && last.lines.last === lineNumber - 1) {
      last.lines.last = lineNumber;
      last.text += `\n${line}`;
    } else skipped.push({ lines: { first: lineNumber, last: lineNumber }, text: line });
  };
  const close = () => {
    if (item) section.items.push(item);
    item = null;
  };

  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    const line = cleanLine(raw);
    if (line === "") continue;

    const heading = sectionHeading(line);
    if (heading) {
      close();
      answering = null;
      const unkeyed = sections.find((candidate) => candidate.type === heading.type && !tables.some((table) => table.section === candidate));
      // In an answer part a heading names the section whose keys follow — unless no such section
      // waits for keys: then the questions go on (answers given after each part of a paper).
      if (heading.keys || (answerPart && unkeyed)) {
        if (!answerPart) partStart = { section, table: tables.length };
        answerPart = true;
        keySection = unkeyed ?? null;
      } else {
        // Questions after an answer part: that part answered the section before it, whatever its numbers.
        if (answerPart) for (const table of tables.slice(partStart.table)) table.section ??= partStart.section;
        answerPart = false;
        section = { type: heading.type, items: [] };
        sections.push(section);
        keySection = null;
      }
      continue;
    }
    const current: Item | null = item;
    // `参考答案：1-5 CABDA` (or `答案：1.A 2.B`) after a section's last question: its key table, not that question's answer.
    const tableText = answerLine(line);
    const table = keyTable(line, answerPart) ?? (tableText ? keyTableOfMany(tableText) : null);
    if (table && (answerPart || !current || current.state !== "answer" || tableText)) {
      close();
      answering = null;
      tables.push({ section: answerPart ? keySection : section, keys: table });
      continue;
    }
    // Inside a question, `答案：` (with its colon) is that question's answer line, even when empty
    // (a key the bank lacks, or one on the next lines); so is a bare `参考答案` under a question
    // without options and without an answer yet (a 简答题's model answer follows).
    const answersCurrent =
      current !== null && answerLine(line) === "" && (/[:：]/.test(line) || (current.options.length === 0 && current.keys.length === 0 && current.answer.length === 0));
    if (isAnswerPartHeading(line) && !answersCurrent) {
      close();
      answering = null;
      if (!answerPart) partStart = { section, table: tables.length };
      answerPart = true;
      keySection = null;
      continue;
    }
    if (isChapterHeading(line)) {
      close();
      chapter = line;
      skip(lineNumber, raw.trim());
      continue;
    }
    const start = itemStart(line);
    if (answerPart && (keySection?.type === "FILL_BLANK" || keySection?.type === "SHORT_ANSWER")) {
      // `2．答：…` always starts the answer of question 2, even after an answer whose own points ran to 1.
      if (start && (!answering || answerLine(start.rest) !== null || startsNewItem(answering, start))) {
        answering = answerEntry(keySection, start);
        if (!answering) skip(lineNumber, raw.trim());
        continue;
      }
      if (answering) {
        readItemLine(answering, line);
        if (answering.state === "answer" || answering.state === "explanation") answering.listNumber = listPoint(answerLine(line) ?? explanationLine(line) ?? line) ?? answering.listNumber;
        continue;
      }
    }
    if (start && !answerPart && startsNewItem(current, start)) {
      close();
      item = newItem(section, start.number, lineNumber);
      item.chapter = chapter;
      item.source.push(raw.trim());
      const tag = typeTag(start.rest);
      item.declared = tag?.type ?? null;
      readStemText(item, tag ? tag.rest : start.rest);
      continue;
    }
    if (!current) {
      skip(lineNumber, raw.trim());
      continue;
    }
    current.lines.last = lineNumber;
    current.source.push(raw.trim());
    readItemLine(current, line);
    if (current.state === "answer" || current.state === "explanation") current.listNumber = listPoint(answerLine(line) ?? explanationLine(line) ?? line) ?? current.listNumber;
  }
  close();

  applyKeyTables(sections, tables);
  const rows = sections.flatMap((candidate) => candidate.items).map(itemRow);
  return { rows, skipped };
}

/**
 * A numbered answer in an answer part, under the heading of a 填空 or 简答 section: the answer of
 * that section's question of the number (the lines after it continue it). A question answered
 * both after itself and here is refused rather than one of the two guessed.
 */
function answerEntry(section: Section, start: ItemStart): Item | null {
  const matches = section.items.filter((candidate) => candidate.number === start.number);
  if (matches.length !== 1) return null;
  const item = matches[0]!;
  if (item.answer.length > 0 || item.keys.length > 0) item.problems.push(`第 ${start.number} 题在题后和参考答案中都写了答案，无法确定用哪一个`);
  const text = answerLine(start.rest) ?? start.rest;
  item.state = "answer";
  if (text !== "") item.answer.push(text);
  item.listNumber = listPoint(text);
  return item;
}

/** A type named in brackets before the stem: `[单选]`, `【多选题】`, `（判断题）`. */
function typeTag(text: string): { type: SectionType; rest: string } | null {
  const match = /^[【\[［(（]\s*([^】\]］)）]{2,6})\s*[】\]］)）]\s*/.exec(text);
  const heading = match ? sectionHeading(match[1]!) : null;
  return heading && !heading.keys ? { type: heading.type, rest: text.slice(match![0].length) } : null;
}

/** Text of the stem's first line (or a continuation), with any answer or 解析 written inline. */
function readStemText(item: Item, text: string) {
  const inline = inlineMarker(text);
  const stem = inline ? inline.before : text;
  if (stem !== "") item.stem.push(stem);
  if (inline) takeInline(item, inline);
}

function takeInline(item: Item, inline: { answer?: string; explanation?: string }) {
  if (inline.answer !== undefined) {
    if (inline.answer !== "") item.keys.push({ text: inline.answer, from: "答案" });
    item.state = "answer";
  }
  if (inline.explanation !== undefined) {
    if (inline.explanation !== "") item.explanation.push(inline.explanation);
    item.state = "explanation";
  }
}

function readItemLine(item: Item, line: string) {
  const explanation = explanationLine(line);
  if (explanation !== null) {
    item.state = "explanation";
    if (explanation !== "") item.explanation.push(explanation);
    return;
  }
  const answer = answerLine(line);
  if (answer !== null) {
    const inline = inlineMarker(answer);
    const text = inline ? inline.before : answer;
    item.state = "answer";
    if (text !== "") item.answer.push(text);
    if (inline?.explanation !== undefined) takeInline(item, { explanation: inline.explanation });
    return;
  }
  // Options may follow a key written inline in the stem (`…（　）答案：B`, then `A. …`).
  const optionsMayFollow = item.state === "stem" || item.state === "options" || (item.state === "answer" && item.answer.length === 0);
  const letter = optionsMayFollow ? optionLetter(line) : null;
  if (letter) {
    const inline = inlineMarker(line);
    const expected = OPTION_COLUMNS[item.options.length]?.slice(-1);
    if (item.state === "answer" && letter !== expected) {
      item.answer.push(line);
      return;
    }
    if (letter !== expected) {
      item.problems.push(letter === "A" && item.options.length > 0 ? "选项 A 出现了两次：可能漏了下一题的题号，或两道题连在了一起" : `选项应从 A 起按顺序排列，这里在 ${expected ?? "F"} 的位置出现了 ${letter}`);
    }
    item.options.push(...splitOptions(inline ? inline.before : line, letter));
    item.state = "options";
    if (inline) takeInline(item, inline);
    return;
  }
  switch (item.state) {
    case "stem":
      readStemText(item, line);
      return;
    case "options": {
      // An option's text running onto the next line.
      const inline = inlineMarker(line);
      const last = item.options.at(-1)!;
      const more = inline ? inline.before : line;
      if (more !== "") last.text = `${last.text}${more}`;
      if (inline) takeInline(item, inline);
      return;
    }
    case "answer":
      item.answer.push(line);
      return;
    case "explanation":
      item.explanation.push(line);
  }
}

function applyKeyTables(sections: Section[], tables: Array<{ section: Section | null; keys: Map<number, string> }>) {
  for (const table of tables) {
    for (const [number, key] of table.keys) {
      const candidates = (table.section ? [table.section] : sections).flatMap((section) => section.items.filter((item) => item.number === number));
      // Numbering restarting in each section leaves a table without a heading ambiguous: used for none.
      if (candidates.length === 1) candidates[0]!.keys.push({ text: key, from: "答案表" });
    }
  }
}

const isVerdict = (text: string) => TRUE_WORDS.includes(halfWidth(text).toUpperCase()) || FALSE_WORDS.includes(halfWidth(text).toUpperCase());

/** The stem with an inline key taken out of its brackets: `（ C ）` → the key C, the stem keeps `（　）`. */
function takeBracketKey(item: Item, stem: string, pattern: RegExp): string {
  const found = [...stem.matchAll(pattern)];
  if (found.length === 0) return stem;
  if (found.length > 1) {
    item.problems.push(`题干中有 ${found.length} 处括号里写着答案（${found.map((match) => match[1]).join("、")}），无法确定哪一个是答案`);
    return stem;
  }
  item.keys.push({ text: found[0]![1]!, from: "题干括号" });
  return stem.replace(found[0]![0], BLANK);
}

function itemType(item: Item, stem: string, key: string | undefined): QuestionType | null {
  const declared = item.declared ?? item.section.type;
  if (item.options.length > 0) {
    const verdictOptions = item.options.every((option) => isVerdict(option.text));
    if (declared === "TRUE_FALSE" && verdictOptions) return "TRUE_FALSE";
    if (declared === "SINGLE_CHOICE" || declared === "MULTIPLE_CHOICE") return declared;
    if (key === undefined || !/^[A-F]+$/.test(keyLetters(key))) return "SINGLE_CHOICE";
    return keyLetters(key).length > 1 ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE";
  }
  if (declared === "SINGLE_CHOICE" || declared === "MULTIPLE_CHOICE" || declared === "CHOICE") return null;
  if (declared) return declared;
  if (key !== undefined && isVerdict(key)) return "TRUE_FALSE";
  if (countBlanks(stem) > 0) return "FILL_BLANK";
  if (item.answer.length > 0) return "SHORT_ANSWER";
  return null;
}

function itemRow(item: Item): TemplateRow {
  const base = { row: item.lines.first, lines: item.lines, source: item.source.join("\n"), ...(item.chapter ? { chapter: item.chapter } : {}) };
  let stem = item.stem.join("").replace(EMPTY_BRACKETS, BLANK);
  const isChoice = item.options.length > 0;
  const declared = item.declared ?? item.section.type;
  if (isChoice) stem = takeBracketKey(item, stem, LETTERS_IN_BRACKETS);
  else if (declared === "TRUE_FALSE" || declared === null) stem = takeBracketKey(item, stem, VERDICT_IN_BRACKETS);
  if (declared === "FILL_BLANK" && item.keys.length === 0 && item.answer.length === 0 && countBlanks(stem) === 0) {
    // Answers written in the blanks themselves: （共产主义） → the blank and its answer.
    const filled = [...stem.matchAll(/[（(]([^（()）]+)[)）]/g)].map((match) => match[1]!.trim());
    if (filled.length > 0) {
      stem = stem.replace(/[（(]([^（()）]+)[)）]/g, BLANK);
      item.answer.push(filled.join(BLANK_SEPARATOR));
    }
  }
  if (isChoice && item.answer.length > 0) item.keys.push({ text: item.answer.join(""), from: "答案" });
  const distinct = [...new Set(item.keys.map((key) => (isChoice ? keyLetters(key.text) : halfWidth(key.text))))];
  if (distinct.length > 1) item.problems.push(`答案不一致：${item.keys.map((key) => `${key.from}中是“${key.text}”`).join("，")}`);
  const answerText = item.answer.join("\n").trim();
  const key = item.keys[0]?.text ?? (isChoice ? undefined : answerText || undefined);
  const type = itemType(item, stem, key);
  const explanation = item.explanation.join("\n");
  if (stem === "") item.problems.push("题号后面没有题干");
  // A bank exported from an answer sheet writes 未作答 where the key should be: that is no answer.
  const written = halfWidth(item.keys[0]?.text ?? answerText).trim();
  if (NO_ANSWER.test(written)) item.problems.push(`答案写的是“${written}”，没有给出答案`);
  if (!type) {
    const choiceSection = declared === "SINGLE_CHOICE" || declared === "MULTIPLE_CHOICE" || declared === "CHOICE";
    item.problems.push(choiceSection ? "选择题没有找到选项（A. … B. …）" : "无法判断题型：没有选项、没有答案，也不在题型标题（单项选择题、判断题……）之下");
  }
  if (item.problems.length > 0 || !type) return { ...base, cells: { 题干: stem }, refusals: item.problems };

  // The layout is read; the key cells are the type's to write (its textBankCells).
  const cells: TemplateRow["cells"] = { 题型: TYPE_LABELS[type][0], 题干: stem, 解析: explanation };
  const keyCells = definitionOf(type).textBankCells({ options: item.options, key, answerText, blanks: countBlanks(stem) });
  if (!keyCells.ok) return { ...base, cells, refusals: [keyCells.refusal] };
  return { ...base, cells: { ...cells, ...keyCells.cells } };
}
