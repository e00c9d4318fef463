import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { changeQuestionStatus, type ChangeStatusResult } from "./change-question-status";

/** RETIRED → ACTIVE. */
export function restoreQuestion(db: Db, options: { actor: Actor; questionId: string; now?: Date }): Promise<ChangeStatusResult> {
  return changeQuestionStatus(db, { ...options, transition: "restore" });
}
