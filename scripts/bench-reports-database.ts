import pg from "pg";
import { redactUrl } from "@/lib/db/config";

/** The reports benches' database: DATABASE_URL, or dangke_bench on the local server. It is kept between runs. */
export const DEFAULT_REPORTS_BENCH_URL = "postgres://postgres:postgres@127.0.0.1:5432/dangke_bench";

export function reportsBenchUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_REPORTS_BENCH_URL;
}

/** Creates the database on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`▸ Created database ${name} on ${redactUrl(server.toString())}`);
    }
  } finally {
    await client.end();
  }
}
