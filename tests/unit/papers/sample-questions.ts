import type { PaperSourceQuestion } from "@/lib/papers/build-paper";

/** A quiz's questions of all five types, as the paper tests use them. */
export const SAMPLE_QUESTIONS: PaperSourceQuestion[] = [
  { id: "q1", type: "SINGLE_CHOICE", stem: "党的根本宗旨是（　）。", options: [{ key: "A", text: "全心全意为人民服务" }, { key: "B", text: "发展经济" }, { key: "C", text: "依法治国" }, { key: "D", text: "改革开放" }], answer: ["A"], explanation: "党章总纲。", points: 2 },
  { id: "q2", type: "SINGLE_CHOICE", stem: "中国共产党第一次全国代表大会召开于（　）。", options: [{ key: "A", text: "1919年" }, { key: "B", text: "1921年" }, { key: "C", text: "1927年" }, { key: "D", text: "1949年" }], answer: ["B"], explanation: "", points: 2 },
  { id: "q3", type: "SINGLE_CHOICE", stem: "党的最高理想和最终目标是（　）。", options: [{ key: "A", text: "实现全面建成小康社会，使人民生活达到更加富裕的水平" }, { key: "B", text: "实现共产主义，这是党的最高理想和最终目标所在" }, { key: "C", text: "实现社会主义现代化强国" }], answer: ["B"], explanation: "党章总纲第一段。", points: 2 },
  { id: "q4", type: "MULTIPLE_CHOICE", stem: "党的组织原则包括（　）。", options: [{ key: "A", text: "民主集中制" }, { key: "B", text: "个人服从组织" }, { key: "C", text: "一言堂" }, { key: "D", text: "少数服从多数" }], answer: ["A", "B", "D"], explanation: "党章第十条。", points: 3 },
  { id: "q5", type: "MULTIPLE_CHOICE", stem: "党员的义务有（　）。", options: [{ key: "A", text: "认真学习" }, { key: "B", text: "贯彻执行党的基本路线" }, { key: "C", text: "以上都是" }], answer: ["A", "C"], explanation: "", points: 3 },
  { id: "q6", type: "TRUE_FALSE", stem: "党员有表决权。", options: [], answer: true, explanation: "党章第四条。", points: 1 },
  { id: "q7", type: "TRUE_FALSE", stem: "预备党员有表决权。", options: [], answer: false, explanation: "预备党员没有表决权、选举权和被选举权。", points: 1 },
  { id: "q8", type: "FILL_BLANK", stem: "中共一大于______年在______召开。", options: [], answer: ["1921", "上海"], acceptedAnswers: [["1921"], ["上海", "上海市"]], explanation: "", points: 2 },
  { id: "q9", type: "SHORT_ANSWER", stem: "简述党的三大作风。", options: [], answer: "党的三大作风是：\n（1）理论联系实际；\n（2）密切联系群众；\n（3）批评与自我批评。", explanation: "毛泽东在党的七大上概括。", points: 5 },
];
