import type { Db } from "@/lib/db/prisma";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";

export async function countQuestionsByStatus(db: Db): Promise<Record<QuestionStatus, number>> {
  const groups = await db.question.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<QuestionStatus, number> = { DRAFT: 0, ACTIVE: 0, RETIRED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
