import { definitionOf } from "../types";
import type { BankQuestion } from "./bank-question";
import { giftEscape } from "./gift-markup";

function generalFeedback(question: BankQuestion): string {
  const text = [...definitionOf(question.type).gift(question).feedback, question.explanation].filter(Boolean).join("\n");
  return text ? ` ####${giftEscape(text)}` : "";
}

/** One question in GIFT: `::name:: stem {answers ####general feedback}`; each type writes its answers (lib/questions/types). */
export function questionToGift(question: BankQuestion, name: string): string {
  return `::${giftEscape(name)}::${giftEscape(question.stem)} {${definitionOf(question.type).gift(question).answers}${generalFeedback(question)}}`;
}

/**
 * The questions as a Moodle GIFT file (UTF-8), grouped into categories by module. 单选/多选 →
 * multiple choice, 判断 → true/false, 填空 → short answer, 简答 → essay (its model answer in the
 * general feedback).
 */
export function questionsToGift(questions: readonly BankQuestion[], course = "题库"): string {
  const blocks: string[] = [];
  let category: string | null = null;
  questions.forEach((question, index) => {
    const module = `${course}/${question.module ?? "未分单元"}`;
    if (module !== category) {
      blocks.push(`$CATEGORY: $course$/top/${module.replace(/\r?\n/g, " ")}`);
      category = module;
    }
    blocks.push(questionToGift(question, question.id ?? `题目${index + 1}`));
  });
  return `${blocks.join("\n\n")}\n`;
}
