import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { classMemberSchema } from "@/lib/validation/class";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { scopeFor, CLASS_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface RemoveClassMemberOptions {
  actor: Actor;
  input: unknown;
}

export type RemoveClassMemberResult = { ok: true; name: string } | Refusal;

/**
 * Takes a member out of a class. The account and its history stay; only the membership goes.
 * Instructors remove learners; removing an instructor is for administrators.
 */
export async function removeClassMember(db: Db, options: RemoveClassMemberOptions): Promise<RemoveClassMemberResult> {
  const parsed = classMemberSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { classId, userId } = parsed.data;
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const managed = await tx.class.findFirst({ where: scopeFor(actor).class(classId), select: { id: true } });
    if (!managed) return refuse(CLASS_NOT_FOUND);
    const membership = await tx.classMember.findUnique({
      where: { classId_userId: { classId, userId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!membership) return refuse("该用户不是本班成员");
    if (membership.role === "INSTRUCTOR" && actor.role !== "ADMIN") return refuse("只有管理员可以移除教员");
    await tx.classMember.delete({ where: { classId_userId: { classId, userId } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "class.remove_member",
      entityType: "Class",
      entityId: classId,
      before: { userId, email: membership.user.email, role: membership.role },
    });
    return { ok: true as const, name: membership.user.name };
  });
}
