import { blankVariants, type BankQuestion } from "./bank-question";

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text shown as HTML in Moodle: escaped, line breaks kept. */
function html(text: string): string {
  return xml(xml(text).replace(/\r?\n/g, "<br>"));
}

const textElement = (tag: string, text: string, format = "html") =>
  `    <${tag} format="${format}">\n      <text>${format === "html" ? html(text) : xml(text)}</text>\n    </${tag}>`;

/** Moodle's fractions are percentages from its fixed list; 多选题's right answers share 100. */
const SHARES: Record<number, string> = { 1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667" };

function answer(fraction: string, text: string, format = "html"): string {
  return `    <answer fraction="${fraction}" format="${format}">\n      <text>${format === "html" ? html(text) : xml(text)}</text>\n      <feedback format="html"><text></text></feedback>\n    </answer>`;
}

/** The Cloze (multianswer) text of a 填空题 with several blanks: each blank `{1:SHORTANSWER:=a~=b}`. */
function clozeText(question: Extract<BankQuestion, { type: "FILL_BLANK" }>): string {
  const blanks = blankVariants(question);
  let index = 0;
  const escapeCloze = (text: string) => text.replace(/[\\~=#{}:]/g, (character) => `\\${character}`);
  return question.stem.replace(/_{3,}|（[ \u3000]*）/g, () => {
    const variants = blanks[index++] ?? [];
    return `{1:SHORTANSWER:${variants.map((variant) => `=${escapeCloze(variant)}`).join("~")}}`;
  });
}

function questionBody(question: BankQuestion): { type: string; parts: string[] } {
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const correct = question.answer;
      const single = question.type === "SINGLE_CHOICE";
      const right = single ? "100" : (SHARES[correct.length] ?? "0");
      const wrong = single ? "0" : "-100";
      return {
        type: "multichoice",
        parts: [
          `    <single>${single}</single>`,
          "    <shuffleanswers>true</shuffleanswers>",
          "    <answernumbering>ABCD</answernumbering>",
          ...question.options.map((option) => answer(correct.includes(option.key) ? right : wrong, option.text)),
        ],
      };
    }
    case "TRUE_FALSE":
      return {
        type: "truefalse",
        parts: [answer(question.answer === true ? "100" : "0", "true", "moodle_auto_format"), answer(question.answer === true ? "0" : "100", "false", "moodle_auto_format")],
      };
    case "FILL_BLANK": {
      const blanks = blankVariants(question);
      if (blanks.length > 1) return { type: "cloze", parts: [] };
      return { type: "shortanswer", parts: ["    <usecase>0</usecase>", ...blanks[0]!.map((variant) => answer("100", variant, "moodle_auto_format"))] };
    }
    case "SHORT_ANSWER":
      return {
        type: "essay",
        parts: [
          "    <responseformat>editor</responseformat>",
          "    <responserequired>1</responserequired>",
          "    <responsefieldlines>10</responsefieldlines>",
          "    <attachments>0</attachments>",
          textElement("graderinfo", [`参考答案：${String(question.answer)}`, ...(question.keyPoints?.length ? [`要点：${question.keyPoints.join("；")}`] : [])].join("\n")),
          textElement("responsetemplate", ""),
        ],
      };
  }
}

/** One `<question>` element. */
export function questionToMoodleXml(question: BankQuestion, name: string): string {
  const { type, parts } = questionBody(question);
  const stem = type === "cloze" && question.type === "FILL_BLANK" ? clozeText(question) : question.stem;
  return [
    `  <question type="${type}">`,
    `    <name>\n      <text>${xml(name)}</text>\n    </name>`,
    textElement("questiontext", stem),
    textElement("generalfeedback", question.explanation),
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
