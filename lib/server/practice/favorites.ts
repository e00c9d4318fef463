import type { Db } from "@/lib/db/prisma";

/** 收藏: star or unstar a question; returns whether it is now starred. */
export async function setFavorite(db: Db, input: { userId: string; questionId: string; starred: boolean }): Promise<boolean> {
  if (!input.starred) {
    await db.favorite.deleteMany({ where: { userId: input.userId, questionId: input.questionId } });
    return false;
  }
  const question = await db.question.findFirst({ where: { id: input.questionId, status: { not: "DRAFT" } }, select: { id: true } });
  if (!question) return false;
  await db.favorite.createMany({ data: [{ userId: input.userId, questionId: input.questionId }], skipDuplicates: true });
  return true;
}

export function listFavorites(db: Db, userId: string) {
  return db.favorite.findMany({
    where: { userId, question: { status: "ACTIVE" } },
    orderBy: { createdAt: "desc" },
    select: { questionId: true, question: { select: { stem: true, type: true, module: { select: { title: true } } } } },
  });
}

export async function isFavorite(db: Db, userId: string, questionId: string): Promise<boolean> {
  return (await db.favorite.count({ where: { userId, questionId } })) > 0;
}
