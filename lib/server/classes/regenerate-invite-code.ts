import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { classIdSchema } from "@/lib/validation/class";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { generateInviteCode } from "./invite-code";
import { isUniqueViolation } from "./is-unique-violation";
import { scopeFor, CLASS_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface RegenerateInviteCodeOptions {
  actor: Actor;
  input: unknown;
  randomIndex?: (max: number) => number;
}

export type RegenerateInviteCodeResult = { ok: true; inviteCode: string } | Refusal;

const CODE_ATTEMPTS = 5;

/** Replaces the class's invite code: the old code and link stop working at once. */
export async function regenerateInviteCode(db: Db, options: RegenerateInviteCodeOptions): Promise<RegenerateInviteCodeResult> {
  const parsed = classIdSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { classId } = parsed.data;
  for (let attempt = 1; ; attempt += 1) {
    const inviteCode = generateInviteCode(options.randomIndex);
    try {
      return await db.$transaction(async (tx) => {
        const current = await tx.class.findFirst({ where: scopeFor(options.actor).class(classId), select: { inviteCode: true } });
        if (!current) return refuse(CLASS_NOT_FOUND);
        await tx.class.update({ where: { id: classId }, data: { inviteCode } });
        await recordAudit(tx, {
          actorId: options.actor.id,
          action: "class.regenerate_code",
          entityType: "Class",
          entityId: classId,
          before: { inviteCode: current.inviteCode },
          after: { inviteCode },
        });
        return { ok: true as const, inviteCode };
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < CODE_ATTEMPTS) continue;
      throw error;
    }
  }
}
