import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { classMemberSchema } from "@/lib/validation/class";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { CLASS_NOT_FOUND } from "@/lib/server/authorization/scope";

export interface AddClassInstructorOptions {
  actor: Actor;
  input: unknown;
}

export type AddClassInstructorResult = { ok: true; name: string } | Refusal;

/** An administrator makes an active instructor account an instructor of a class (a class may have several). */
export async function addClassInstructor(db: Db, options: AddClassInstructorOptions): Promise<AddClassInstructorResult> {
  if (options.actor.role !== "ADMIN") return refuse("只有管理员可以为班级添加教员");
  const parsed = classMemberSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const { classId, userId } = parsed.data;
  return db.$transaction(async (tx) => {
    const target = await tx.class.findUnique({ where: { id: classId }, select: { id: true } });
    if (!target) return refuse(CLASS_NOT_FOUND);
    const user = await tx.user.findFirst({
      where: { id: userId, role: "INSTRUCTOR", active: true },
      select: { id: true, name: true, email: true },
    });
    if (!user) return refuse("请选择一位在职的教员");
    const existing = await tx.classMember.findUnique({ where: { classId_userId: { classId, userId } }, select: { role: true } });
    if (existing?.role === "INSTRUCTOR") return refuse(`${user.name} 已是本班教员`);
    await tx.classMember.upsert({
      where: { classId_userId: { classId, userId } },
      create: { classId, userId, role: "INSTRUCTOR" },
      update: { role: "INSTRUCTOR" },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "class.add_instructor",
      entityType: "Class",
      entityId: classId,
      before: existing ? { userId, role: existing.role } : undefined,
      after: { userId, email: user.email, role: "INSTRUCTOR" },
    });
    return { ok: true as const, name: user.name };
  });
}
