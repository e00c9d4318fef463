import "server-only";
import type { Db } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/classes/is-unique-violation";
import { administratorSchema } from "@/lib/validation/account";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";

const EMAIL_TAKEN = "该邮箱已有账号";

/**
 * An administrator created by whoever runs the server (npm run admin:create), with a password
 * they chose under the password policy: how a real deployment gets its first administrator,
 * instead of the demo accounts. Audited with no actor.
 */
export async function createAdministrator(db: Db, input: unknown): Promise<{ ok: true; userId: string; email: string } | Refusal> {
  const parsed = administratorSchema.safeParse(input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { name, email, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return refuse(EMAIL_TAKEN, { email: EMAIL_TAKEN });
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { name, email, role: "ADMIN", passwordHash } });
      await recordAudit(tx, { actorId: null, action: "user.create", entityType: "User", entityId: created.id, after: { name, email, role: "ADMIN", active: true, by: "command line" } });
      return created;
    });
    return { ok: true, userId: user.id, email };
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(EMAIL_TAKEN, { email: EMAIL_TAKEN });
    throw error;
  }
}
