import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { describeDatabase, type DatabaseConfig } from "./config";
import { explainConnectionError } from "./errors";
import { openPglite } from "./open-pglite";
import { preferNativeBytea } from "./pglite-bytea";
import { statementNamer } from "./statement-names";

export interface OpenedDatabase {
  config: DatabaseConfig;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/** Opens the configured database and returns the Prisma driver adapter for it. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenedDatabase> {
  if (config.kind === "pglite") {
    const opened = await openPglite(config.dataDir);
    return { config, adapter: new PrismaPGlite(preferNativeBytea(opened.client)), close: opened.close };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
  // An idle connection the server ends (a restart, a terminated backend, a dropped test database)
  // is dropped by the pool, which then emits the error on itself: unheard, that error would end the
  // process. Logged, unless this process is closing the pool anyway. A connection the pool has
  // already let go may still be closing when the server ends its session: no one is left to tell.
  let closing = false;
  pool.on("error", (error) => {
    if (!closing) console.warn(`An idle database connection was closed by the server (a new one opens when needed): ${error.message}`);
  });
  pool.on("remove", (client) => client.on("error", () => undefined));
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw explainConnectionError(error, describeDatabase(config)) ?? error;
  }
  // The generator may return undefined (an unnamed statement); the adapter's type says string.
  const statementNameGenerator = statementNamer() as (query: { sql: string }) => string;
  return {
    config,
    adapter: new PrismaPg(pool, { statementNameGenerator }),
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}
