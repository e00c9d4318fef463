import type { QuestionOption } from "@/lib/questions";

/** An answer in words: option texts (keys may be shuffled on screen), 正确/错误, the blanks, or free text. */
export function answerText(answer: unknown, type: string, options: QuestionOption[]): string {
  if (typeof answer === "boolean") return answer ? "正确" : "错误";
  if (Array.isArray(answer)) {
    if (type === "CHOICE") return answer.map((key) => options.find((option) => option.key === key)?.text ?? String(key)).join("；");
    return answer.join("；");
  }
  return String(answer ?? "");
}
