import pg from "pg";
import { redactUrl } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase, type OpenedDatabase } from "@/lib/db/open-database";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { createThrowawayDatabase } from "@/lib/db/throwaway-database";

/** Where benches run when DATABASE_URL is unset: the local PostgreSQL server. */
export const DEFAULT_BENCH_SERVER = "postgres://postgres:postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  /** The throwaway database's name and connection string. */
  name: string;
  url: string;
  db: Db;
  database: OpenedDatabase;
  /** A plain pg pool on the throwaway database, for bulk seeding in SQL. */
  pool: pg.Pool;
}

/**
 * Runs `work` in a new, migrated database on the PostgreSQL server DATABASE_URL names, and
 * drops that database afterwards, also when `work` fails or the bench is interrupted.
 */
export async function withBenchDatabase<T>(prefix: string, work: (bench: BenchDatabase) => Promise<T>): Promise<T> {
  const serverUrl = process.env.DATABASE_URL?.trim() || DEFAULT_BENCH_SERVER;
  const throwaway = await createThrowawayDatabase(serverUrl, `dangke_${prefix}`);
  const { name } = throwaway;
  const url = throwaway.url;
  console.log(`▸ Throwaway database ${name} on ${redactUrl(serverUrl)}`);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await throwaway.drop();
    console.log(`▸ Dropped ${name}`);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void drop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let database: OpenedDatabase | undefined;
  let db: Db | undefined;
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    database = await openDatabase({ kind: "postgres", url });
    await applyMigrations(database.adapter);
    db = createPrismaClient(database);
    return await work({ name, url, db, database, pool });
  } finally {
    await db?.$disconnect().catch(() => undefined);
    await database?.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await drop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** The q-th quantile (0…1) of the values, nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
