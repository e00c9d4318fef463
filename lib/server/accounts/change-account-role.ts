import "server-only";
import type { Db } from "@/lib/db/prisma";
import { sessionVersionBump } from "@/lib/auth/session-version";
import type { Actor, Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { changeRoleSchema } from "@/lib/validation/user-admin";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";

export interface ChangeAccountRoleOptions {
  actor: Actor;
  input: unknown;
}

export type ChangeAccountRoleResult = { ok: true; name: string; role: Role } | Refusal;

/** An administrator changes an account's role; the guard applies it on the user's next request. */
export async function changeAccountRole(db: Db, options: ChangeAccountRoleOptions): Promise<ChangeAccountRoleResult> {
  const { actor } = options;
  if (actor.role !== "ADMIN") return refuse("只有管理员可以修改角色");
  const parsed = changeRoleSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { userId, role } = parsed.data;
  if (userId === actor.id && role !== "ADMIN") return refuse("不能取消自己的管理员角色");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, role: true } });
    if (!user) return refuse("用户不存在");
    if (user.role === role) return { ok: true as const, name: user.name, role };
    await tx.user.update({ where: { id: userId }, data: { role, ...sessionVersionBump } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.change_role",
      entityType: "User",
      entityId: userId,
      before: { role: user.role },
      after: { role },
    });
    return { ok: true as const, name: user.name, role };
  });
}
