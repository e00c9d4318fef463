import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { createClassSchema } from "@/lib/validation/class";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { generateInviteCode } from "./invite-code";
import { isUniqueViolation } from "./is-unique-violation";

export interface CreateClassOptions {
  actor: Actor;
  input: unknown;
  randomIndex?: (max: number) => number;
}

export type CreateClassResult = { ok: true; classId: string; inviteCode: string } | Refusal;

const CODE_ATTEMPTS = 5;

/** An administrator or instructor creates a class; an instructor becomes its instructor. */
export async function createClass(db: Db, options: CreateClassOptions): Promise<CreateClassResult> {
  const { actor } = options;
  if (actor.role !== "ADMIN" && actor.role !== "INSTRUCTOR") return refuse("只有教员和管理员可以创建班级");
  const parsed = createClassSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  for (let attempt = 1; ; attempt += 1) {
    const inviteCode = generateInviteCode(options.randomIndex);
    try {
      const created = await db.$transaction(async (tx) => {
        const row = await tx.class.create({
          data: {
            name: parsed.data.name,
            inviteCode,
            members: actor.role === "INSTRUCTOR" ? { create: { userId: actor.id, role: "INSTRUCTOR" } } : undefined,
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "class.create",
          entityType: "Class",
          entityId: row.id,
          after: { name: row.name, inviteCode },
        });
        return row;
      });
      return { ok: true, classId: created.id, inviteCode };
    } catch (error) {
      // A code already taken: draw another.
      if (isUniqueViolation(error) && attempt < CODE_ATTEMPTS) continue;
      throw error;
    }
  }
}
