import type { Db } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import { registerSchema, firstFieldErrors, type FieldErrors } from "@/lib/validation/account";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";

export type RegisterResult = { ok: true; userId: string } | { ok: false; errors: FieldErrors };

/** A learner signs up with a class invite code and becomes a member of that class. */
export async function registerLearner(db: Db, raw: unknown): Promise<RegisterResult> {
  const parsed = registerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: firstFieldErrors(parsed.error) };
  const input = parsed.data;
  const joinedClass = await db.class.findUnique({ where: { inviteCode: input.inviteCode } });
  if (!joinedClass || joinedClass.archivedAt) return { ok: false, errors: { inviteCode: "邀请码无效，请向教员确认" } };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, errors: { email: "该邮箱已注册，请直接登录" } };
  }
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
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
      return created;
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups with the same email at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, errors: { email: "该邮箱已注册，请直接登录" } };
    }
    throw error;
  }
}
