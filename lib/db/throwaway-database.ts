import "server-only";
import crypto from "node:crypto";
import pg from "pg";

export interface ThrowawayDatabase {
  name: string;
  /** The connection string of the new database. */
  url: string;
  /** Drops it (forcing other sessions off); safe to call more than once. */
  drop(): Promise<void>;
}

/**
 * A new, empty database with a random name on the PostgreSQL server `serverUrl` names, for
 * tests and benches that must leave nothing behind.
 */
export async function createThrowawayDatabase(serverUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  await serverQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await serverQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** One statement on the server (CREATE/DROP DATABASE cannot run inside a pool's transaction). */
async function serverQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
