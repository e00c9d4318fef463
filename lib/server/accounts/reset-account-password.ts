import "server-only";
import type { Db } from "@/lib/db/prisma";
import { sessionVersionBump } from "@/lib/auth/session-version";
import type { Actor } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { clearLoginLimits } from "./authenticate";
import { userIdSchema } from "@/lib/validation/user-admin";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { generateOneTimePassword } from "./one-time-password";

export interface ResetAccountPasswordOptions {
  actor: Actor;
  input: unknown;
  randomIndex?: (max: number) => number;
}

export type ResetAccountPasswordResult = { ok: true; name: string; email: string; password: string } | Refusal;

/** An administrator sets a new one-time password, returned once; the owner must change it. */
export async function resetAccountPassword(db: Db, options: ResetAccountPasswordOptions): Promise<ResetAccountPasswordResult> {
  if (options.actor.role !== "ADMIN") return refuse("只有管理员可以重置密码");
  const parsed = userIdSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { userId } = parsed.data;
  const password = generateOneTimePassword(options.randomIndex);
  const passwordHash = await hashPassword(password);
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, mustChangePassword: true } });
    if (!user) return refuse("用户不存在");
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, ...sessionVersionBump } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "user.reset_password",
      entityType: "User",
      entityId: userId,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: true },
    });
    return { ok: true as const, name: user.name, email: user.email, password };
  });
  // A locked-out user is the usual reason for a reset: let them sign in with the new password.
  if (result.ok) await clearLoginLimits(db, result.email);
  return result;
}
