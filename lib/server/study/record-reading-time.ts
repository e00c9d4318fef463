import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { studyDay } from "@/lib/points/points-rules";
import { awardPoints } from "@/lib/server/points/award-points";

/** The reading page reports at most this often; longer claims are cut to the time that passed. */
export const READING_PING_SECONDS = 30;
const MAX_CLAIM_SECONDS = 2 * READING_PING_SECONDS;
/** Reading time that earns one 学习积分 point. */
export const READING_POINT_SECONDS = 300;

/**
 * Adds reading time to a module. The page reports 0 seconds when it starts showing a module (it
 * opened, or came back into view), then how long it was visible. The server believes no more than
 * the time since the learner's previous report of either kind on any module (and never more than a
 * minute), and nothing before the server saw a report: so neither a forged request, nor fifteen
 * modules reported at once, nor the same report sent to several app instances credits more time
 * than really passed between reports the server received.
 *
 * Credited time also goes to the day's LearnerActivityDay row, which makes a day of reading a
 * study day (the streak, getPointsSummary).
 *
 * One learner's reports take turns under a transaction-scoped advisory lock, so each reads the
 * last report the one before it wrote (another instance's included).
 */
export async function recordReadingTime(
  db: Db,
  actor: Actor,
  input: { moduleId: string; seconds: number; now?: Date },
): Promise<number> {
  const userId = actor.id;
  const now = input.now ?? new Date();
  if (!Number.isFinite(input.seconds) || input.seconds < 0) return 0;
  const studyModule = await db.module.findFirst({ where: { id: input.moduleId, archivedAt: null }, select: { id: true } });
  if (!studyModule) return 0;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reading:${userId}`}, 0))`;
    // Read after the lock: a statement of its own, so it sees what the previous holder committed.
    const last = await tx.moduleProgress.aggregate({ where: { userId }, _max: { lastReadAt: true } });
    const lastReadAt = last._max.lastReadAt;
    const sinceLast = lastReadAt ? Math.floor((now.getTime() - lastReadAt.getTime()) / 1000) : 0;
    const credited = Math.max(0, Math.min(Math.floor(input.seconds), MAX_CLAIM_SECONDS, sinceLast));
    const progress = await tx.moduleProgress.upsert({
      where: { userId_moduleId: { userId, moduleId: input.moduleId } },
      create: { userId, moduleId: input.moduleId, secondsRead: credited, lastReadAt: now },
      update: { secondsRead: { increment: credited }, lastReadAt: now },
    });
    if (credited === 0) return 0;
    const day = new Date(`${studyDay(now)}T00:00:00Z`);
    await tx.learnerActivityDay.upsert({
      where: { userId_day: { userId, day } },
      create: { userId, day, readingSeconds: credited },
      update: { readingSeconds: { increment: credited } },
    });
    // A point for each completed block of reading time in this module.
    const blocksBefore = Math.floor((progress.secondsRead - credited) / READING_POINT_SECONDS);
    const blocksAfter = Math.floor(progress.secondsRead / READING_POINT_SECONDS);
    for (let block = blocksBefore + 1; block <= blocksAfter; block += 1) {
      await awardPoints(tx, { userId, activity: "READING", sourceId: `read:${input.moduleId}:${block}`, now });
    }
    return credited;
  });
}
