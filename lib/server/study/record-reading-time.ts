import type { Db } from "@/lib/db/prisma";
import { awardPoints } from "@/lib/server/points/award-points";

/** The reading page reports at most this often; longer claims are cut to the time that passed. */
export const READING_PING_SECONDS = 30;
const MAX_CLAIM_SECONDS = 2 * READING_PING_SECONDS;
/** Reading time that earns one 学习积分 point. */
export const READING_POINT_SECONDS = 300;

/**
 * Adds reading time to a module. The client says how long the page was visible; the server
 * believes no more than the time since its last report (and never more than a minute), so a
 * forged request cannot inflate study time.
 */
export async function recordReadingTime(
  db: Db,
  input: { userId: string; moduleId: string; seconds: number; now?: Date },
): Promise<number> {
  const now = input.now ?? new Date();
  const studyModule = await db.module.findFirst({ where: { id: input.moduleId, archivedAt: null }, select: { id: true } });
  if (!studyModule || !Number.isFinite(input.seconds) || input.seconds <= 0) return 0;
  const existing = await db.moduleProgress.findUnique({
    where: { userId_moduleId: { userId: input.userId, moduleId: input.moduleId } },
  });
  const sinceLast = existing ? Math.floor((now.getTime() - existing.lastReadAt.getTime()) / 1000) : MAX_CLAIM_SECONDS;
  const credited = Math.max(0, Math.min(Math.floor(input.seconds), MAX_CLAIM_SECONDS, sinceLast));
  await db.$transaction(async (tx) => {
    const progress = await tx.moduleProgress.upsert({
      where: { userId_moduleId: { userId: input.userId, moduleId: input.moduleId } },
      create: { userId: input.userId, moduleId: input.moduleId, secondsRead: credited, lastReadAt: now },
      update: { secondsRead: { increment: credited }, lastReadAt: now },
    });
    // A point for each completed block of reading time in this module.
    const blocksBefore = Math.floor((progress.secondsRead - credited) / READING_POINT_SECONDS);
    const blocksAfter = Math.floor(progress.secondsRead / READING_POINT_SECONDS);
    for (let block = blocksBefore + 1; block <= blocksAfter; block += 1) {
      await awardPoints(tx, { userId: input.userId, activity: "READING", sourceId: `read:${input.moduleId}:${block}`, now });
    }
  });
  return credited;
}
