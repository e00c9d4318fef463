import type { Db } from "@/lib/db/prisma";
import type { Actor, Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";

let counter = 0;

/** A user with a known password; returns the Actor the guard would see. */
export async function createUser(db: Db, role: Role, options: { password?: string; active?: boolean } = {}): Promise<Actor> {
  counter += 1;
  const user = await db.user.create({
    data: {
      name: `${role.toLowerCase()}-${counter}`,
      email: `${role.toLowerCase()}-${counter}-${Date.now()}@example.com`,
      role,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? "correct-horse"),
    },
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

export async function createClass(db: Db, options: { instructors?: Actor[]; learners?: Actor[]; inviteCode?: string } = {}) {
  counter += 1;
  return db.class.create({
    data: {
      name: `班级 ${counter}`,
      inviteCode: options.inviteCode ?? `CODE${counter}${Date.now() % 100000}`,
      members: {
        create: [
          ...(options.instructors ?? []).map((user) => ({ userId: user.id, role: "INSTRUCTOR" as const })),
          ...(options.learners ?? []).map((user) => ({ userId: user.id, role: "LEARNER" as const })),
        ],
      },
    },
  });
}
