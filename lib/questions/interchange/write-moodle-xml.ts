import { definitionOf } from "../types";
import type { BankQuestion } from "./bank-question";
import { moodleTextElement, xml } from "./moodle-markup";

/** One `<question>` element: what every type has, then the elements its type writes (lib/questions/types). */
export function questionToMoodleXml(question: BankQuestion, name: string): string {
  const { type, parts, questionText } = definitionOf(question.type).moodleXml(question);
  return [
    `  <question type="${type}">`,
    `    <name>\n      <text>${xml(name)}</text>\n    </name>`,
    moodleTextElement("questiontext", questionText),
    moodleTextElement("generalfeedback", question.explanation),
    "    <defaultgrade>1</defaultgrade>",
    "    <penalty>0.3333333</penalty>",
    "    <hidden>0</hidden>",
    ...parts,
    "  </question>",
  ].join("\n");
}

/**
 * The questions as a Moodle XML file: a category per module, 单选/多选 → multichoice, 判断 →
 * truefalse, 填空 → shortanswer (one blank) or cloze (several), 简答 → essay.
 */
export function questionsToMoodleXml(questions: readonly BankQuestion[], course = "题库"): string {
  const elements: string[] = [];
  let category: string | null = null;
  questions.forEach((question, index) => {
    const module = `${course}/${question.module ?? "未分单元"}`;
    if (module !== category) {
      elements.push(`  <question type="category">\n    <category>\n      <text>$course$/top/${xml(module)}</text>\n    </category>\n  </question>`);
      category = module;
    }
    elements.push(questionToMoodleXml(question, question.id ?? `题目${index + 1}`));
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${elements.join("\n")}\n</quiz>\n`;
}
