import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { generateOneTimePassword } from "@/lib/server/accounts/one-time-password";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "./is-unique-violation";
import { scopeFor, CLASS_NOT_FOUND } from "@/lib/server/authorization/scope";
import { checkRosterRows } from "./roster/check-roster-rows";
import { readRosterFileInWorker } from "@/lib/server/parsing/parse-in-worker";
import type { RosterRow, RosterRowError } from "./roster/roster-limits";

export interface ImportRosterOptions {
  actor: Actor;
  classId: string;
  fileName: string;
  bytes: Uint8Array;
  randomIndex?: (max: number) => number;
}

export interface CreatedRosterAccount extends RosterRow {
  /** Shown once to the importer; only its hash is stored. */
  password: string;
}

export type ImportRosterResult =
  | { ok: true; created: CreatedRosterAccount[]; added: RosterRow[]; alreadyMembers: RosterRow[] }
  | { ok: false; error: string; rowErrors: RosterRowError[] };

// Hashing is deliberately slow; a few at a time keeps memory bounded on a large roster.
const HASH_CONCURRENCY = 4;

/**
 * Imports a roster into a class, all or nothing: new emails become learner accounts with a
 * one-time password (to be changed at first sign-in), known emails join the class as they are.
 * If any row is wrong, nothing is written and every wrong row is reported.
 */
export async function importRoster(db: Db, options: ImportRosterOptions): Promise<ImportRosterResult> {
  const { actor, classId } = options;
  const managed = await db.class.findFirst({ where: scopeFor(actor).class(String(classId).slice(0, 64)), select: { id: true } });
  if (!managed) return { ok: false, error: CLASS_NOT_FOUND, rowErrors: [] };
  // Read in a parse worker: a hostile file costs the worker, not the server.
  const read = await readRosterFileInWorker(options.fileName, options.bytes);
  if (!read.ok) return { ok: false, error: read.error, rowErrors: [] };
  const checked = checkRosterRows(read.rows);
  const existing = await db.user.findMany({
    where: { email: { in: checked.valid.map((row) => row.email) } },
    select: { id: true, email: true, role: true, active: true, classMemberships: { where: { classId: managed.id }, select: { role: true } } },
  });
  const existingByEmail = new Map(existing.map((user) => [user.email, user]));
  const rowErrors = [...checked.errors];
  for (const row of checked.valid) {
    const user = existingByEmail.get(row.email);
    if (!user) continue;
    if (!user.active) rowErrors.push({ row: row.row, message: "该邮箱的账号已停用，请先由管理员启用" });
    else if (user.role !== "LEARNER") rowErrors.push({ row: row.row, message: "该邮箱属于教员或管理员账号，不能作为学员导入" });
  }
  if (rowErrors.length > 0) {
    rowErrors.sort((a, b) => a.row - b.row);
    return { ok: false, error: `有 ${rowErrors.length} 行有误，没有导入任何学员。请修改后重新上传。`, rowErrors };
  }

  const newRows = checked.valid.filter((row) => !existingByEmail.has(row.email));
  const alreadyMembers = checked.valid.filter((row) => (existingByEmail.get(row.email)?.classMemberships.length ?? 0) > 0);
  const added = checked.valid.filter((row) => existingByEmail.get(row.email)?.classMemberships.length === 0);
  const created = newRows.map((row) => ({ ...row, password: generateOneTimePassword(options.randomIndex) }));
  const passwordHashes = await hashAll(created.map((account) => account.password));

  try {
    await db.$transaction(
      async (tx) => {
        const users = await tx.user.createManyAndReturn({
          data: created.map((account) => ({
            name: account.name,
            email: account.email,
            passwordHash: passwordHashes.get(account.password)!,
            role: "LEARNER" as const,
            mustChangePassword: true,
          })),
          select: { id: true },
        });
        const memberIds = [...users.map((user) => user.id), ...added.map((row) => existingByEmail.get(row.email)!.id)];
        await tx.classMember.createMany({
          data: memberIds.map((userId) => ({ classId: managed.id, userId, role: "LEARNER" as const })),
          skipDuplicates: true,
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "class.import_roster",
          entityType: "Class",
          entityId: managed.id,
          after: {
            fileName: options.fileName.slice(0, 200),
            created: created.map((account) => account.email),
            added: added.map((row) => row.email),
            alreadyMembers: alreadyMembers.length,
          },
        });
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Someone registered one of these emails while we were hashing: the unique index decides.
    if (isUniqueViolation(error)) {
      return { ok: false, error: "导入期间有账号被同时注册，没有导入任何学员，请重新上传。", rowErrors: [] };
    }
    throw error;
  }
  return { ok: true, created, added, alreadyMembers };
}

/** Password → its hash. */
async function hashAll(passwords: string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (let start = 0; start < passwords.length; start += HASH_CONCURRENCY) {
    const batch = passwords.slice(start, start + HASH_CONCURRENCY);
    const batchHashes = await Promise.all(batch.map(hashPassword));
    batch.forEach((password, index) => hashes.set(password, batchHashes[index]!));
  }
  return hashes;
}
