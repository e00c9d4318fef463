import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { joinClassSchema } from "@/lib/validation/class";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { isUniqueViolation } from "./is-unique-violation";

export interface JoinClassByCodeOptions {
  actor: Actor;
  input: unknown;
}

export type JoinClassByCodeResult = { ok: true; className: string } | Refusal;

const ALREADY_MEMBER = "您已在该班级中";

/** A signed-in user joins another class as a learner with its invite code. */
export async function joinClassByCode(db: Db, options: JoinClassByCodeOptions): Promise<JoinClassByCodeResult> {
  const parsed = joinClassSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { actor } = options;
  const joined = await db.class.findUnique({ where: { inviteCode: parsed.data.inviteCode }, select: { id: true, name: true, archivedAt: true } });
  if (!joined || joined.archivedAt) return refuse("邀请码无效，请向教员确认", { inviteCode: "邀请码无效，请向教员确认" });
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.classMember.findUnique({ where: { classId_userId: { classId: joined.id, userId: actor.id } } });
      if (existing) return refuse(ALREADY_MEMBER, { inviteCode: ALREADY_MEMBER });
      await tx.classMember.create({ data: { classId: joined.id, userId: actor.id, role: "LEARNER" } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "class.join",
        entityType: "Class",
        entityId: joined.id,
        after: { userId: actor.id, role: "LEARNER" },
      });
      return { ok: true as const, className: joined.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(ALREADY_MEMBER, { inviteCode: ALREADY_MEMBER });
    throw error;
  }
}
