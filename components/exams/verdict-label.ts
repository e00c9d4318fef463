import type { PaperFeedbackItem } from "@/lib/server/exams/paper-feedback";

const VERDICTS = { correct: "正确", partial: "部分正确", incorrect: "错误" } as const;

/** How one answer of a handed-in paper stands: right or wrong, or for a 简答题 whether it is marked. */
export function verdictLabel(item: Pick<PaperFeedbackItem, "status" | "awaitingMark" | "given">): string {
  if (item.status !== "self-graded") return VERDICTS[item.status];
  if (item.given === null) return "未作答";
  return item.awaitingMark ? "简答题待教员评分" : "简答题已评分";
}

/** The number of answered 简答题 still waiting for an instructor's mark. */
export function awaitingMarks(items: readonly Pick<PaperFeedbackItem, "awaitingMark">[]): number {
  return items.filter((item) => item.awaitingMark).length;
}
