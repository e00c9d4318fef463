import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";

/** 标记为已学 (or take the mark back). Returns false when there is no such current section. */
export async function markSectionStudied(db: Db, actor: Actor, input: { sectionId: string; studied: boolean }): Promise<boolean> {
  const section = await db.section.findFirst({ where: { id: input.sectionId, archivedAt: null }, select: { id: true } });
  if (!section) return false;
  const completedAt = input.studied ? new Date() : null;
  await db.sectionProgress.upsert({
    where: { userId_sectionId: { userId: actor.id, sectionId: input.sectionId } },
    create: { userId: actor.id, sectionId: input.sectionId, completedAt },
    update: { completedAt },
  });
  return true;
}
