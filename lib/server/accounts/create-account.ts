import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor, Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/classes/is-unique-violation";
import { createAccountSchema } from "@/lib/validation/user-admin";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { generateOneTimePassword } from "./one-time-password";

export interface CreateAccountOptions {
  actor: Actor;
  input: unknown;
  randomIndex?: (max: number) => number;
}

export type CreateAccountResult =
  | { ok: true; userId: string; name: string; email: string; role: Role; password: string }
  | Refusal;

const EMAIL_TAKEN = "该邮箱已有账号";

/** An administrator creates an account of any role; its one-time password is returned once. */
export async function createAccount(db: Db, options: CreateAccountOptions): Promise<CreateAccountResult> {
  if (options.actor.role !== "ADMIN") return refuse("只有管理员可以创建账号");
  const parsed = createAccountSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { name, email, role } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return refuse(EMAIL_TAKEN, { email: EMAIL_TAKEN });
  const password = generateOneTimePassword(options.randomIndex);
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { name, email, role, passwordHash, mustChangePassword: true } });
      await recordAudit(tx, {
        actorId: options.actor.id,
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        after: { name, email, role, active: true },
      });
      return created;
    });
    return { ok: true, userId: user.id, name, email, role, password };
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(EMAIL_TAKEN, { email: EMAIL_TAKEN });
    throw error;
  }
}
