import { definitionOf, QUESTION_TYPES, withOptionOrder, type QuestionKey, type QuestionType } from "@/lib/questions/types";
import { seededGenerator, seededPermutation } from "@/lib/quizzes/seeded-shuffle";
import { optionColumns, type OptionColumns } from "./option-layout";

/**
 * A printable paper (试卷) made from a quiz's questions: sections by type in the order papers
 * use, each numbered from 1 with a heading stating its points, questions and options shuffled
 * per variant by a seed. Pure: the same input always gives the same paper.
 */

export type PaperVariant = "A" | "B";

/** A question as the quiz gives it, with its stored answer and its points in the quiz. */
export type PaperSourceQuestion = QuestionKey & {
  id: string;
  stem: string;
  explanation: string;
  points: number;
};

export interface BuildPaperInput {
  title: string;
  /** The branch or organisation the paper is sat in (支部、培训中心), printed under the title. */
  organisation: string;
  variant: PaperVariant;
  /** Identifies the paper (the quiz id): the same seed and variant always shuffle the same way. */
  seed: string;
  questions: readonly PaperSourceQuestion[];
}

/** A question as printed: its key's options in the printed order, lettered A, B, … by position, and a choice answer on the printed letters (sorted). */
export type PaperQuestion = QuestionKey & {
  id: string;
  /** Numbered from 1 within its section, as Chinese papers number. */
  number: number;
  /** As printed: a 判断题 without brackets gets `（　）` to mark in. */
  stem: string;
  /** How many options share a line. */
  optionColumns: OptionColumns;
  explanation: string;
  points: number;
};

export interface PaperSection {
  type: QuestionType;
  /** 一, 二, …: the section's number, which its keys in the 参考答案 part repeat. */
  numeral: string;
  /** `一、单项选择题（每题 2 分，共 20 分）` */
  heading: string;
  points: number;
  questions: PaperQuestion[];
}

export interface Paper {
  title: string;
  organisation: string;
  variant: PaperVariant;
  /** The lines a candidate fills in: 姓名, 日期, 得分. */
  candidateFields: string[];
  totalPoints: number;
  sections: PaperSection[];
}

/** The sections in the order papers print them, and their titles: each type's `paperSection`. */
const SECTION_ORDER: readonly QuestionType[] = [...QUESTION_TYPES].sort((a, b) => definitionOf(a).paperSection.order - definitionOf(b).paperSection.order);
export const SECTION_TITLES = Object.fromEntries(QUESTION_TYPES.map((type) => [type, definitionOf(type).paperSection.title])) as Record<QuestionType, string>;
const CANDIDATE_FIELDS = ["姓名", "日期", "得分"];
const CHINESE_NUMERALS = ["一", "二", "三", "四", "五"];
const BLANK = "（　）";

/**
 * Options that point at the others (以上都是, 上述说法均不正确, 都对, A和B) only make sense where
 * they were written: such a question keeps its options in order. Only an option's start counts,
 * so 三分之二以上 inside an option does not.
 */
const REFERS_TO_OTHERS = /^(?:以上|上述)|^(?:都|均|全)不?(?:是|对|正确|错误|不对)|^[A-F]\s*[和与及、,，]\s*[A-F]/;

/** Points as a paper writes them: 2, 1.5. */
function points(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function sectionHeading(numeral: string, type: QuestionType, questions: readonly PaperQuestion[]): string {
  const total = questions.reduce((sum, question) => sum + question.points, 0);
  const each = questions[0]!.points;
  const tail = questions.every((question) => question.points === each)
    ? `每题 ${points(each)} 分，共 ${points(total)} 分`
    : `共 ${questions.length} 题，${points(total)} 分`;
  return `${numeral}、${SECTION_TITLES[type]}（${tail}）`;
}

function printedStem(question: PaperSourceQuestion): string {
  if (!definitionOf(question.type).paper.markInStem || /[（(][ \u3000]*[)）]/.test(question.stem)) return question.stem;
  return `${question.stem.replace(/\s+$/, "")}${BLANK}`;
}

/**
 * The order of `length` things on a variant's paper: a seeded permutation, and on paper B never
 * the one paper A has (rotated by one if the draw gives it), so neighbours sitting A and B
 * never see the same order where there is more than one.
 */
function variantOrder(length: number, variant: PaperVariant, ...parts: string[]): number[] {
  const a = seededPermutation(length, seededGenerator(...parts, "A"));
  if (variant === "A") return a;
  const b = seededPermutation(length, seededGenerator(...parts, "B"));
  return length > 1 && b.every((position, index) => position === a[index]) ? [...b.slice(1), b[0]!] : b;
}

function shuffledQuestion(question: PaperSourceQuestion, input: BuildPaperInput, number: number): PaperQuestion {
  // Types without options to reorder keep their key as it is (withOptionOrder), whatever the order.
  const keepOrder = question.options.some((option) => REFERS_TO_OTHERS.test(option.text.trim()));
  const order = keepOrder
    ? question.options.map((_, position) => position)
    : variantOrder(question.options.length, input.variant, "paper-options", input.seed, question.id);
  const key = withOptionOrder(question, order);
  return {
    ...key,
    id: question.id,
    number,
    stem: printedStem(question),
    optionColumns: optionColumns(key.options),
    explanation: question.explanation,
    points: question.points,
  };
}

export function buildPaper(input: BuildPaperInput): Paper {
  const sections: PaperSection[] = [];
  for (const type of SECTION_ORDER) {
    const ofType = input.questions.filter((question) => question.type === type);
    if (ofType.length === 0) continue;
    const order = variantOrder(ofType.length, input.variant, "paper-questions", input.seed, type);
    const questions = order.map((position, index) => shuffledQuestion(ofType[position]!, input, index + 1));
    const numeral = CHINESE_NUMERALS[sections.length]!;
    sections.push({
      type,
      numeral,
      heading: sectionHeading(numeral, type, questions),
      points: questions.reduce((sum, question) => sum + question.points, 0),
      questions,
    });
  }
  return {
    title: input.title,
    organisation: input.organisation,
    variant: input.variant,
    candidateFields: CANDIDATE_FIELDS,
    totalPoints: sections.reduce((sum, section) => sum + section.points, 0),
    sections,
  };
}
