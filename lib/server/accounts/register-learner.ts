import "server-only";
import type { Db } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import { registerSchema, firstFieldErrors, type FieldErrors } from "@/lib/validation/account";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/classes/is-unique-violation";

/**
 * `ok: true` says the request was taken, not that an account was created: an e-mail that
 * already has an account gets the same answer (see registerLearner).
 */
export type RegisterResult = { ok: true } | { ok: false; errors: FieldErrors };

/**
 * A learner signs up with a class invite code and becomes a member of that class.
 *
 * The answer never tells whether the e-mail already has an account, or anyone could learn who
 * studies here: a taken e-mail gets the answer a new registration gets and changes nothing (the
 * existing account keeps its password and classes), and the password is hashed either way so
 * both take about as long. The sign-in page then says what a real learner needs in both cases
 * (the new password, or the one they had).
 */
export async function registerLearner(db: Db, raw: unknown): Promise<RegisterResult> {
  const parsed = registerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: firstFieldErrors(parsed.error) };
  const input = parsed.data;
  const joinedClass = await db.class.findUnique({ where: { inviteCode: input.inviteCode } });
  if (!joinedClass || joinedClass.archivedAt) return { ok: false, errors: { inviteCode: "邀请码无效，请向教员确认" } };
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction(async (tx) => {
      // The unique index on the e-mail decides, also between two sign-ups at once.
      const created = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash,
          role: "LEARNER",
          classMemberships: { create: { classId: joinedClass.id, role: "LEARNER" } },
        },
      });
      await recordAudit(tx, {
        actorId: created.id,
        action: "user.register",
        entityType: "User",
        entityId: created.id,
        after: { email: created.email, name: created.name, classId: joinedClass.id },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return { ok: true };
}
