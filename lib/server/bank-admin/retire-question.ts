import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { changeQuestionStatus, type ChangeStatusResult } from "./change-question-status";

/** DRAFT or ACTIVE → RETIRED: learners no longer get it; answers, cards and mistakes keep pointing at it. */
export function retireQuestion(db: Db, options: { actor: Actor; questionId: string; now?: Date }): Promise<ChangeStatusResult> {
  return changeQuestionStatus(db, { ...options, transition: "retire" });
}
