import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { setActiveSchema } from "@/lib/validation/user-admin";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";

export interface SetAccountActiveOptions {
  actor: Actor;
  input: unknown;
}

export type SetAccountActiveResult = { ok: true; name: string; active: boolean } | Refusal;

/**
 * An administrator deactivates or reactivates an account. A deactivated user cannot sign in,
 * and the guard refuses their existing session at once; their history stays.
 */
export async function setAccountActive(db: Db, options: SetAccountActiveOptions): Promise<SetAccountActiveResult> {
  const { actor } = options;
  if (actor.role !== "ADMIN") return refuse("只有管理员可以停用或启用账号");
  const parsed = setActiveSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { userId, active } = parsed.data;
  if (userId === actor.id && !active) return refuse("不能停用自己的账号");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, active: true } });
    if (!user) return refuse("用户不存在");
    if (user.active === active) return { ok: true as const, name: user.name, active };
    await tx.user.update({ where: { id: userId }, data: { active } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      before: { active: user.active },
      after: { active },
    });
    return { ok: true as const, name: user.name, active };
  });
}
