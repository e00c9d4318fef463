import "server-only";
import type { Db } from "@/lib/db/prisma";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { isLoopbackHost } from "@/lib/http/bind-address";

export const DEMO_CLASS = { name: "示范党支部", inviteCode: "DEMO2026" } as const;

/** Demo logins, one per role; created only in the embedded demo database or when asked. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; name: string; email: string; password: string }> = [
  { role: "LEARNER", name: "张学员", email: "learner@dangke.local", password: "learner123" },
  { role: "INSTRUCTOR", name: "李教员", email: "instructor@dangke.local", password: "instructor123" },
  { role: "ADMIN", name: "王管理员", email: "admin@dangke.local", password: "admin1234" },
];

/**
 * Whether `npm start` creates the demo accounts: only for a try-out on this machine — the server
 * bound to loopback, on the embedded database or with SEED_DEMO=1 — never on an address others
 * can reach (docs/SECURITY.md, "Deployment defaults").
 */
export function demoAccountsWanted(options: { host: string; databaseKind: "pglite" | "postgres"; seedDemo?: string }): boolean {
  return isLoopbackHost(options.host) && (options.databaseKind === "pglite" || options.seedDemo === "1");
}

/**
 * Creates the demo class and accounts if they are missing; leaves existing ones as they are
 * (a changed demo password stays changed).
 */
export async function seedDemoAccounts(db: Db): Promise<{ created: string[] }> {
  const demoClass = await db.class.upsert({
    where: { inviteCode: DEMO_CLASS.inviteCode },
    update: {},
    create: { name: DEMO_CLASS.name, inviteCode: DEMO_CLASS.inviteCode, description: "演示用班级" },
  });
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    const user = await db.user.create({
      data: { name: account.name, email: account.email, role: account.role, passwordHash: await hashPassword(account.password) },
    });
    if (account.role !== "ADMIN") {
      await db.classMember.create({
        data: { classId: demoClass.id, userId: user.id, role: account.role === "INSTRUCTOR" ? "INSTRUCTOR" : "LEARNER" },
      });
    }
    created.push(account.email);
  }
  return { created };
}

/**
 * Demo accounts that still sign in with the password printed in the README: anyone who can
 * reach the server can sign in as them, so a server bound beyond this machine refuses to start.
 */
export async function findDemoAccountsWithDemoPasswords(db: Db): Promise<string[]> {
  const users = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) }, active: true },
    select: { email: true, passwordHash: true },
  });
  const exposed: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const user = users.find((candidate) => candidate.email === account.email);
    if (user && (await verifyPassword(user.passwordHash, account.password))) exposed.push(account.email);
  }
  return exposed;
}
