import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { sessionVersionBump } from "@/lib/auth/session-version";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { changePasswordSchema } from "@/lib/validation/account";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";

export interface ChangeOwnPasswordOptions {
  actor: Actor;
  input: unknown;
}

/** The new session version: the caller re-issues this device's session at it, every other session has ended. */
export type ChangeOwnPasswordResult = { ok: true; sessionVersion: number } | Refusal;

/**
 * The signed-in user replaces their password (after a one-time password from a roster import
 * or an administrator, this is required before anything else): the current password must be
 * right and the new one valid, or nothing changes. Clears mustChangePassword, ends every session
 * (lib/auth/session-version.ts) and is audited.
 */
export async function changeOwnPassword(db: Db, options: ChangeOwnPasswordOptions): Promise<ChangeOwnPasswordResult> {
  const parsed = changePasswordSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { currentPassword, newPassword } = parsed.data;
  const user = await db.user.findUnique({ where: { id: options.actor.id }, select: { passwordHash: true, mustChangePassword: true, active: true } });
  if (!user || !user.active) return refuse("账号不存在或已停用");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    return refuse("当前密码不正确", { currentPassword: "当前密码不正确" });
  }
  const passwordHash = await hashPassword(newPassword);
  const sessionVersion = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: options.actor.id },
      data: { passwordHash, mustChangePassword: false, ...sessionVersionBump },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "user.change_password",
      entityType: "User",
      entityId: options.actor.id,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
    return updated.sessionVersion;
  });
  return { ok: true, sessionVersion };
}
