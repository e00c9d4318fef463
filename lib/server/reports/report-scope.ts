import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { ForbiddenError, assertCanManageClass, taughtClassIds } from "@/lib/server/authz";

/**
 * Whose data a report may cover: an administrator every learner and class (classIds null); an
 * instructor the classes they teach and their learners. Learners get no reports.
 */
export interface ReportScope {
  classIds: string[] | null;
}

export async function resolveReportScope(db: Db, actor: Actor): Promise<ReportScope> {
  if (actor.role === "LEARNER") throw new ForbiddenError(`User ${actor.id} may not read reports`);
  return { classIds: await taughtClassIds(db, actor) };
}

/** The scope of one class's report, after checking the actor manages it. */
export async function resolveClassScope(db: Db, actor: Actor, classId: string): Promise<ReportScope> {
  await assertCanManageClass(db, actor, classId);
  return { classIds: [classId] };
}

/** An instant as a SQL `timestamp` (the columns store UTC without a zone), whatever the session's time zone. */
export function sqlTimestamp(at: Date): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${at.getTime() / 1000}::float8) AT TIME ZONE 'UTC')`;
}

/** SQL: the learners in scope, one "userId" column: active LEARNER accounts, or the learners of the scoped classes. */
export function scopedLearnersSql(scope: ReportScope): Prisma.Sql {
  if (scope.classIds === null) {
    return Prisma.sql`SELECT u."id" AS "userId" FROM "User" u WHERE u."role" = 'LEARNER' AND u."active"`;
  }
  return Prisma.sql`
    SELECT DISTINCT cm."userId" FROM "ClassMember" cm JOIN "User" u ON u."id" = cm."userId"
     WHERE cm."role" = 'LEARNER' AND u."active" AND cm."classId" = ANY(${scope.classIds}::text[])`;
}

/** SQL condition on a class id column: in scope, and the class is not archived (checked by the caller's join). */
export function classInScopeSql(column: Prisma.Sql, scope: ReportScope): Prisma.Sql {
  return scope.classIds === null ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${scope.classIds}::text[])`;
}

/**
 * Runs report queries with PostgreSQL's JIT compiler off: these aggregates over millions of rows
 * have high plan costs, and compiling them took longer than running them (seconds on a busy
 * two-core server). SET LOCAL holds for the one transaction around the query.
 */
const REPORT_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

export function withoutJit(db: Db) {
  return {
    $queryRaw<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T> {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL jit = off`;
        return tx.$queryRaw<T>(Prisma.sql(strings, ...(values as Prisma.Sql[])));
      }, REPORT_TRANSACTION);
    },
  };
}

/** SQL condition: the user id column is a learner of the scoped classes (always true for the whole organisation). */
export function learnerInScopeSql(column: Prisma.Sql, scope: ReportScope): Prisma.Sql {
  if (scope.classIds === null) return Prisma.sql`TRUE`;
  return Prisma.sql`${column} IN (SELECT cm."userId" FROM "ClassMember" cm WHERE cm."role" = 'LEARNER' AND cm."classId" = ANY(${scope.classIds}::text[]))`;
}
