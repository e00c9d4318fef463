import "server-only";
import type { ItemFlag } from "@/lib/stats/item-statistics";
import type { CompletionStatus } from "./get-assignment-results";

/** A learner's standing on an assignment, on the results page and in its exports. */
export const COMPLETION_STATUS_LABELS: Record<CompletionStatus, string> = { NOT_STARTED: "未开始", IN_PROGRESS: "作答中", SUBMITTED: "已提交" };

/** What the item analysis flags in a question, on the results page and in its exports. */
export const ITEM_FLAG_LABELS: Record<ItemFlag, string> = {
  NEGATIVE_DISCRIMINATION: "区分度为负",
  LOW_DISCRIMINATION: "区分度过低",
  TOO_EASY: "过易",
  TOO_HARD: "过难",
};
