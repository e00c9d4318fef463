import "server-only";
import path from "node:path";

/** Which database Dangke talks to: embedded PGlite (the default) or a PostgreSQL server. */
export type DatabaseConfig =
  | { kind: "pglite"; /** a folder, or "memory://" for a throwaway in-memory database */ dataDir: string }
  | { kind: "postgres"; url: string };

export const IN_MEMORY = "memory://";

/** `DATABASE_URL` set → PostgreSQL; unset → PGlite under `DATA_DIR` (default `.data`). */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(
        `DATABASE_URL 必须以 postgres:// 或 postgresql:// 开头 (DATABASE_URL must start with postgres://): ${redactUrl(url)}`,
      );
    }
    return { kind: "postgres", url };
  }
  const dataDir = env.DATA_DIR?.trim() || ".data";
  if (dataDir === IN_MEMORY) return { kind: "pglite", dataDir };
  return { kind: "pglite", dataDir: path.resolve(dataDir, "pglite") };
}

/** Hides the password of a connection string for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1****@");
}

export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === "postgres"
    ? `PostgreSQL ${redactUrl(config.url)}`
    : config.dataDir === IN_MEMORY
      ? "PGlite (in memory)"
      : `PGlite ${config.dataDir}`;
}
