import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { assertCanReadLearner } from "@/lib/server/authz";

/** A learner's profile and study counts, for themself, their instructors and administrators. */
export async function getLearnerProfile(db: Db, actor: Actor, learnerId: string) {
  await assertCanReadLearner(db, actor, learnerId);
  return db.user.findUnique({
    where: { id: learnerId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      lastLoginAt: true,
      classMemberships: { select: { role: true, class: { select: { id: true, name: true } } } },
      _count: { select: { attempts: true, responses: true, cards: true } },
    },
  });
}
