import { blankVariants, type BankQuestion } from "./bank-question";

/** GIFT's special characters, escaped with a backslash (Moodle's GIFT format). */
function escape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`).replace(/\r?\n/g, "\\n");
}

/**
 * Moodle accepts only these grade percentages; a 多选题's right answers share 100 % among them
 * (2 → 50, 3 → 33.33333, … 6 → 16.66667).
 */
const SHARES: Record<number, string> = { 1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667" };

function answerBlock(question: BankQuestion): string {
  switch (question.type) {
    case "SINGLE_CHOICE": {
      const correct = question.answer;
      return question.options.map((option) => `${correct.includes(option.key) ? "=" : "~"}${escape(option.text)}`).join(" ");
    }
    case "MULTIPLE_CHOICE": {
      const correct = question.answer;
      const share = SHARES[correct.length] ?? "0";
      return question.options.map((option) => `~%${correct.includes(option.key) ? share : "-100"}%${escape(option.text)}`).join(" ");
    }
    case "TRUE_FALSE":
      return question.answer === true ? "TRUE" : "FALSE";
    case "FILL_BLANK": {
      // GIFT has one answer box per question: several blanks are answered together, separated by "；".
      const blanks = blankVariants(question);
      const answers = blanks.length === 1 ? blanks[0]! : [blanks.map((variants) => variants[0]).join("；")];
      return answers.map((answer) => `=${escape(answer)}`).join(" ");
    }
    case "SHORT_ANSWER":
      return "";
  }
}

function generalFeedback(question: BankQuestion): string {
  const parts = question.type === "SHORT_ANSWER" ? [`参考答案：${String(question.answer)}`, question.explanation] : [question.explanation];
  const text = parts.filter(Boolean).join("\n");
  return text ? ` ####${escape(text)}` : "";
}

/** One question in GIFT: `::name:: stem {answers ####general feedback}`. */
export function questionToGift(question: BankQuestion, name: string): string {
  return `::${escape(name)}::${escape(question.stem)} {${answerBlock(question)}${generalFeedback(question)}}`;
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
