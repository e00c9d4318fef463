import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assignmentWindowSchema } from "@/lib/validation/quiz";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { scopeFor, ASSIGNMENT_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface UpdateAssignmentWindowOptions {
  actor: Actor;
  input: unknown;
}

export type UpdateAssignmentWindowResult = { ok: true } | Refusal;

/** Moves an assignment's open and close times; the close must stay after the open. */
export async function updateAssignmentWindow(db: Db, options: UpdateAssignmentWindowOptions): Promise<UpdateAssignmentWindowResult> {
  const parsed = assignmentWindowSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { assignmentId, opensAt, closesAt } = parsed.data;
  return db.$transaction(async (tx) => {
    const current = await tx.assignment.findFirst({ where: scopeFor(options.actor).assignment(assignmentId), select: { id: true, opensAt: true, closesAt: true } });
    if (!current) return refuse(ASSIGNMENT_NOT_FOUND);
    await tx.assignment.update({ where: { id: current.id }, data: { opensAt, closesAt } });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "assignment.change_window",
      entityType: "Assignment",
      entityId: current.id,
      before: { opensAt: current.opensAt.toISOString(), closesAt: current.closesAt.toISOString() },
      after: { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    });
    return { ok: true as const };
  });
}
