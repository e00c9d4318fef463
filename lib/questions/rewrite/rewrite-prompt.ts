import { passageCitation } from "../citation";
import type { CourseIndex } from "../course-index";
import { isChoice, splitOptions } from "../quality-gate/rule";
import { testedAnswers } from "../question-hash";
import type { Question } from "../types";

/** One message of an OpenAI-compatible chat completion. */
export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

/** What the model is shown of a question's source: the cited text and how to cite it. */
export interface RewriteSource {
  /** The cited span of the passage (the whole passage when the question cites no span). */
  cited: string;
  /** 《document》 with its section or 第…条, as the generator's own 解析 cite it. */
  citation: string;
  /** 《document》 alone: a rewritten 解析 must name it. */
  document: string;
}

/** Types whose stem is a sentence with a blank, which a model may reword; a 判断's statement and a 简答's question stay. */
export function stemRewritable(question: Pick<Question, "type">): boolean {
  return question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE" || question.type === "FILL_BLANK";
}

/** The source of a question as the prompt and the validator see it; null for a question on headings (no passage). */
export function rewriteSource(question: Question, index: CourseIndex): RewriteSource | null {
  if (question.passageId === null) return null;
  const located = index.passage(question.passageId);
  if (!located) return null;
  const text = located.passage.text;
  const cited = question.span ? text.slice(question.span.start, question.span.end) : text;
  return { cited, citation: passageCitation(index, located, question.span?.start ?? 0), document: index.documentTitle(located.module) ? `《${index.documentTitle(located.module)}》` : "" };
}

const TYPE_NAMES: Record<Question["type"], string> = {
  SINGLE_CHOICE: "单选题",
  MULTIPLE_CHOICE: "多选题",
  TRUE_FALSE: "判断题",
  FILL_BLANK: "填空题",
  SHORT_ANSWER: "简答题",
};

const SYSTEM = [
  "你是党课题库的审校编辑。你只根据给出的原文修改一道自动生成的题目，不引入原文以外的知识。",
  "只输出一个 JSON 对象，不要输出其他文字，字段固定为：",
  '{"stem": "题干", "key": ["正确答案原文"], "distractors": ["干扰项"], "explanation": "解析"}',
  "规则：",
  "1. key 必须逐字照抄题目给出的正确答案，不得改动、增删或换序。",
  "2. stem：把题干改写得通顺、完整、自足（不以“这/该/其/上述/此”指代原文之外的内容，不带条款编号），意思和考点不变，题干中不得出现正确答案；空格标记“______”或“（　）”的个数和位置作用保持不变。题目说明“题干不可改写”时，原样照抄题干。",
  "3. distractors：仅选择题需要，个数与原干扰项相同；每一项都必须与正确答案是同一类事物（术语配术语、机构配机构、年份配年份），长短相近，明显错误，不能是正确答案的同义词、上位词或下位词，也不能与正确答案相同。非选择题给空数组 []。",
  "4. explanation：先说明正确答案为什么成立，并写明出处（照用题目给出的出处）；选择题还要逐一说明每个干扰项错在哪里（写出干扰项原文）。不超过 300 字，不要只复述原文句子。",
].join("\n");

/** The key as the prompt shows it and the model must copy back: the correct options, the blanks' answers, 正确/错误, the model answer. */
export function keyTexts(question: Question): string[] {
  if (question.type === "TRUE_FALSE") return [question.answer === true ? "正确" : "错误"];
  return testedAnswers(question);
}

/** The chat messages asking a model to rewrite one question (Chinese instructions, JSON answer). */
export function buildRewritePrompt(question: Question, source: RewriteSource): ChatMessage[] {
  const lines = [`题型：${TYPE_NAMES[question.type]}`, `原文：${source.cited}`, `出处：${source.citation}`, `题干：${question.stem}`];
  if (!stemRewritable(question)) lines.push("（本题题干不可改写，stem 请原样照抄。）");
  if (isChoice(question)) {
    const { wrong } = splitOptions(question);
    lines.push(`选项：${question.options.map((option) => `${option.key}. ${option.text}`).join("  ")}`);
    lines.push(`干扰项（${wrong.length} 个）：${wrong.join("；")}`);
  }
  lines.push(`正确答案：${JSON.stringify(keyTexts(question))}`);
  if (question.explanation) lines.push(`原解析：${question.explanation}`);
  return [
    { role: "system", content: SYSTEM },
    { role: "user", content: lines.join("\n") },
  ];
}
