import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertBankManager } from "./assert-bank-manager";

export interface QuestionHistoryEntry {
  id: string;
  action: string;
  actorName: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

/** The audit log entries about one question, newest first. */
export async function listQuestionHistory(db: Db, options: { actor: Actor; questionId: string }): Promise<QuestionHistoryEntry[]> {
  assertBankManager(options.actor);
  const entries = await db.auditLog.findMany({
    where: { entityType: "Question", entityId: options.questionId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    include: { actor: { select: { name: true } } },
  });
  return entries.map((entry) => ({
    id: entry.id,
    action: entry.action,
    actorName: entry.actor?.name ?? null,
    before: entry.before,
    after: entry.after,
    createdAt: entry.createdAt,
  }));
}
