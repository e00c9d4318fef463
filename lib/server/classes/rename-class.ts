import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { renameClassSchema } from "@/lib/validation/class";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { scopeFor, CLASS_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface RenameClassOptions {
  actor: Actor;
  input: unknown;
}

export type RenameClassResult = { ok: true; name: string } | Refusal;

/** The class's administrators and instructors rename it. */
export async function renameClass(db: Db, options: RenameClassOptions): Promise<RenameClassResult> {
  const parsed = renameClassSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { classId, name } = parsed.data;
  return db.$transaction(async (tx) => {
    const current = await tx.class.findFirst({ where: scopeFor(options.actor).class(classId), select: { name: true } });
    if (!current) return refuse(CLASS_NOT_FOUND);
    if (current.name === name) return { ok: true as const, name };
    await tx.class.update({ where: { id: classId }, data: { name } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "class.rename",
      entityType: "Class",
      entityId: classId,
      before: { name: current.name },
      after: { name },
    });
    return { ok: true as const, name };
  });
}
