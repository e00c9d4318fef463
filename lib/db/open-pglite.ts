import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { DatabaseSetupError } from "./errors";
import { IN_MEMORY } from "./config";
import { NATIVE_BYTEA } from "./pglite-bytea";

const LOCK_FILE = "dangke.lock";
const VERSION_FILE = "dangke-pglite-version";

/**
 * Contrib extensions the migrations may create: pg_trgm backs the question bank's stem search.
 * bytea converted in native code (pglite-bytea.ts).
 */
const OPTIONS: PGliteOptions = { extensions: { pg_trgm }, ...NATIVE_BYTEA };

/**
 * The installed PGlite version, recorded in every data folder it creates. Read from the
 * project's node_modules: inside the Next.js bundle `require.resolve` yields a module id,
 * not a path.
 */
export function pgliteVersion(): string | null {
  const manifest = path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json");
  if (!fs.existsSync(manifest)) return null;
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
}

export interface OpenedPglite {
  client: PGlite;
  close(): Promise<void>;
}

/**
 * Opens the embedded database. One process at a time may hold a data folder, so the folder
 * is locked; a folder made by another PGlite version is refused with a way out.
 */
export async function openPglite(dataDir: string): Promise<OpenedPglite> {
  if (dataDir === IN_MEMORY) {
    const client = await PGlite.create(OPTIONS);
    return { client, close: () => client.close() };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  checkVersion(dataDir);
  const releaseLock = acquireLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, OPTIONS);
    const version = pgliteVersion();
    if (version) fs.writeFileSync(path.join(dataDir, VERSION_FILE), version);
  } catch (error) {
    releaseLock();
    throw new DatabaseSetupError(
      "PGLITE_INIT",
      `无法打开内置数据库 ${dataDir}。若它由其他版本创建或已损坏，请先备份后删除该目录再运行 npm start。\n` +
        `Could not open the embedded database in ${dataDir}. If another version made it or it is damaged, back it up, delete the folder and run npm start again.`,
      { cause: error },
    );
  }
  return {
    client,
    async close() {
      try {
        await client.close();
      } finally {
        releaseLock();
      }
    },
  };
}

function checkVersion(dataDir: string): void {
  const versionFile = path.join(dataDir, VERSION_FILE);
  if (!fs.existsSync(versionFile)) return;
  const recorded = fs.readFileSync(versionFile, "utf8").trim();
  const current = pgliteVersion();
  if (recorded && current && recorded !== current) {
    throw new DatabaseSetupError(
      "PGLITE_VERSION",
      `内置数据库目录 ${dataDir} 由 PGlite ${recorded} 创建，当前版本为 ${current}，无法直接打开。` +
        `请用旧版本导出数据（pg_dump），或备份后删除该目录重新开始。\n` +
        `The embedded database in ${dataDir} was made by PGlite ${recorded}; this is ${current}. ` +
        `Dump it with the old version, or move the folder away to start afresh.`,
    );
  }
}

function acquireLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let tries = 0; tries < 2; tries += 1) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        process.off("exit", release);
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockPath, "utf8"));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseSetupError(
          "PGLITE_LOCKED",
          `内置数据库 ${dataDir} 正被另一个进程 (PID ${holder}) 使用：请先停止正在运行的 Dangke（npm start）再执行此命令。\n` +
            `The embedded database in ${dataDir} is held by process ${holder}: stop the running Dangke server first.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
