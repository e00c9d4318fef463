import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase, type OpenedDatabase } from "@/lib/db/open-database";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { createThrowawayDatabase } from "@/lib/db/throwaway-database";

export type TestDatabaseKind = "pglite" | "postgres";

export interface TestDatabase {
  kind: TestDatabaseKind;
  db: Db;
  database: OpenedDatabase;
  close(): Promise<void>;
}

/** The database kind of this vitest project: PGlite, or the server TEST_DATABASE_URL names. */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB_KIND === "postgres" ? "postgres" : "pglite";
}

/**
 * A fresh, migrated, throwaway database: in-memory PGlite, or a new database on the
 * PostgreSQL server of TEST_DATABASE_URL that close() drops again.
 */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    return finish(kind, database, async () => undefined);
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const throwaway = await createThrowawayDatabase(serverUrl, "dangke_test");
  const database = await openDatabase({ kind: "postgres", url: throwaway.url });
  return finish(kind, database, throwaway.drop);
}

async function finish(kind: TestDatabaseKind, database: OpenedDatabase, drop: () => Promise<void>): Promise<TestDatabase> {
  await applyMigrations(database.adapter);
  const db = createPrismaClient(database);
  return {
    kind,
    db,
    database,
    async close() {
      await db.$disconnect();
      await database.close();
      await drop();
    },
  };
}

/**
 * A second app instance on the same database, as two servers behind a load balancer would be:
 * on PostgreSQL its own connection pool and Prisma client; PGlite runs in this process only, so
 * there the second instance is the same client (its transactions still interleave with the first's).
 */
export async function openSecondInstance(testDb: TestDatabase): Promise<{ db: Db; close(): Promise<void> }> {
  if (testDb.kind !== "postgres") return { db: testDb.db, close: async () => undefined };
  const database = await openDatabase(testDb.database.config);
  const db = createPrismaClient(database);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await database.close();
    },
  };
}
