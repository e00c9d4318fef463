import "server-only";
import type { Db } from "@/lib/db/prisma";

/** 标记为已学 (or take the mark back). Returns false when there is no such current section. */
export async function markSectionStudied(db: Db, input: { userId: string; sectionId: string; studied: boolean }): Promise<boolean> {
  const section = await db.section.findFirst({ where: { id: input.sectionId, archivedAt: null }, select: { id: true } });
  if (!section) return false;
  const completedAt = input.studied ? new Date() : null;
  await db.sectionProgress.upsert({
    where: { userId_sectionId: { userId: input.userId, sectionId: input.sectionId } },
    create: { userId: input.userId, sectionId: input.sectionId, completedAt },
    update: { completedAt },
  });
  return true;
}
