import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { learnerMaySeeKeyOf } from "@/lib/server/exams/key-visibility";
import { GROUPED_QUESTION_SELECT } from "./mistakes";

/**
 * 收藏: star or unstar a question; returns whether it is now starred. Only a question whose key
 * the learner may see now can be starred (not a draft, not in an open exam of theirs): 收藏 is
 * practised with the key shown.
 */
export async function setFavorite(db: Db, actor: Actor, input: { questionId: string; starred: boolean; now?: Date }): Promise<boolean> {
  if (!input.starred) {
    await db.favorite.deleteMany({ where: { userId: actor.id, questionId: input.questionId } });
    return false;
  }
  if (!(await learnerMaySeeKeyOf(db, actor.id, input.questionId, input.now))) return false;
  await db.favorite.createMany({ data: [{ userId: actor.id, questionId: input.questionId }], skipDuplicates: true });
  return true;
}

export function listFavorites(db: Db, actor: Actor) {
  return db.favorite.findMany({
    where: { userId: actor.id, question: { status: "ACTIVE" } },
    orderBy: { createdAt: "desc" },
    select: { questionId: true, question: { select: GROUPED_QUESTION_SELECT } },
  });
}

export async function isFavorite(db: Db, actor: Actor, questionId: string): Promise<boolean> {
  return (await db.favorite.count({ where: { userId: actor.id, questionId } })) > 0;
}
