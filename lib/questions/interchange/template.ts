import type { BankQuestion } from "./bank-question";
import { questionsToXlsx } from "./write-table";

export const TEMPLATE_FILE_NAME = "题目导入模板.xlsx";

/** One example question of each type, attached to `module` (a module title of the target course). */
export function templateQuestions(module = "第一单元"): BankQuestion[] {
  const shared = { explanation: "", difficulty: 0.5, module };
  return [
    {
      ...shared,
      type: "SINGLE_CHOICE",
      stem: "中国共产党的根本宗旨是（　）。",
      options: [
        { key: "A", text: "全心全意为人民服务" },
        { key: "B", text: "实现共产主义" },
        { key: "C", text: "发展生产力" },
        { key: "D", text: "依法治国" },
      ],
      answer: ["A"],
      explanation: "党章总纲：党除了工人阶级和最广大人民群众的利益，没有自己特殊的利益。",
    },
    {
      ...shared,
      type: "MULTIPLE_CHOICE",
      stem: "党的组织原则包括（　）。",
      options: [
        { key: "A", text: "民主集中制" },
        { key: "B", text: "个人服从组织" },
        { key: "C", text: "少数服从多数" },
        { key: "D", text: "一言堂" },
      ],
      answer: ["A", "B", "C"],
      difficulty: 0.6,
    },
    { ...shared, type: "TRUE_FALSE", stem: "党员有权在党的会议上参加关于党的政策问题的讨论。", options: [], answer: true, difficulty: 0.3 },
    {
      ...shared,
      type: "FILL_BLANK",
      stem: "中国共产党第一次全国代表大会于______年在______召开。",
      options: [],
      answer: ["1921", "上海"],
      acceptedAnswers: [["1921", "一九二一"], ["上海"]],
    },
    {
      ...shared,
      type: "SHORT_ANSWER",
      stem: "简述党员的义务（列举三项）。",
      options: [],
      answer: "认真学习马克思列宁主义；贯彻执行党的基本路线；坚持党和人民的利益高于一切。",
      keyPoints: ["认真学习", "贯彻执行基本路线", "党和人民的利益高于一切"],
      difficulty: 0.7,
    },
  ];
}

/** The import template: the header row and one example row per type. */
export function templateXlsx(module?: string): Promise<Uint8Array> {
  return questionsToXlsx(templateQuestions(module), "题目");
}
