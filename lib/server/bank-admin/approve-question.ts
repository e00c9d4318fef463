import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { changeQuestionStatus, type ChangeStatusResult } from "./change-question-status";

/** DRAFT → ACTIVE: the question reaches learners. */
export function approveQuestion(db: Db, options: { actor: Actor; questionId: string; now?: Date }): Promise<ChangeStatusResult> {
  return changeQuestionStatus(db, { ...options, transition: "approve" });
}
