import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BankFilter } from "@/lib/validation/question";
import { assertBankManager } from "./assert-bank-manager";
import { bankQuestionWhere } from "./bank-question-where";
import { STATUS_TRANSITIONS } from "./change-question-status";

export type BulkTransition = "approve" | "retire";

/** The questions under a filter that a bulk step would change (approve: its drafts; retire: all not retired). */
export function bulkTargetWhere(filter: BankFilter, transition: BulkTransition): Prisma.QuestionWhereInput {
  return { AND: [bankQuestionWhere(filter), { status: { in: [...STATUS_TRANSITIONS[transition].from] } }] };
}

/** How many questions a bulk step would change, for its confirmation. */
export async function countBulkTargets(db: Db, options: { actor: Actor; filter: BankFilter; transition: BulkTransition }): Promise<number> {
  assertBankManager(options.actor);
  return db.question.count({ where: bulkTargetWhere(options.filter, options.transition) });
}

