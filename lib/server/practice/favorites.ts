import "server-only";
import type { Db } from "@/lib/db/prisma";
import { learnerMaySeeKeyOf } from "@/lib/server/exams/key-visibility";
import { GROUPED_QUESTION_SELECT } from "./mistakes";

/**
 * 收藏: star or unstar a question; returns whether it is now starred. Only a question whose key
 * the learner may see now can be starred (not a draft, not in an open exam of theirs): 收藏 is
 * practised with the key shown.
 */
export async function setFavorite(db: Db, input: { userId: string; questionId: string; starred: boolean; now?: Date }): Promise<boolean> {
  if (!input.starred) {
    await db.favorite.deleteMany({ where: { userId: input.userId, questionId: input.questionId } });
    return false;
  }
  if (!(await learnerMaySeeKeyOf(db, input.userId, input.questionId, input.now))) return false;
  await db.favorite.createMany({ data: [{ userId: input.userId, questionId: input.questionId }], skipDuplicates: true });
  return true;
}

export function listFavorites(db: Db, userId: string) {
  return db.favorite.findMany({
    where: { userId, question: { status: "ACTIVE" } },
    orderBy: { createdAt: "desc" },
    select: { questionId: true, question: { select: GROUPED_QUESTION_SELECT } },
  });
}

export async function isFavorite(db: Db, userId: string, questionId: string): Promise<boolean> {
  return (await db.favorite.count({ where: { userId, questionId } })) > 0;
}
