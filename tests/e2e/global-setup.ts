import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createThrowawayDatabase } from "@/lib/db/throwaway-database";
import { SERVER_ONLY_OUTSIDE_NEXT } from "@/scripts/tsx-entry";
import { findChromium } from "./chromium";
import type { AuthzWorld, ServedWorld } from "./support/authz-world";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
    /** The PGlite server, and a PostgreSQL one when TEST_DATABASE_URL names a server. */
    servedWorlds: ServedWorld[];
  }
}

/**
 * Starts Dangke exactly as a user does (`npm start`: migrate, seed demo accounts, build if
 * stale, serve) on a free port with a throwaway embedded database; with TEST_DATABASE_URL, a
 * second server on a throwaway PostgreSQL database, for the tests that run on both.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message = "\n\n!!! No Chromium found: browser tests cannot run. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH. !!!\n";
    if (process.env.CI === "true") throw new Error(message);
    console.warn(message);
    project.provide("chromiumPath", "");
    project.provide("baseURL", "");
    project.provide("servedWorlds", []);
    return;
  }
  const { worlds, teardown } = await serveWorlds({ postgresUrl: process.env.TEST_DATABASE_URL });
  project.provide("baseURL", worlds[0]?.baseURL ?? "");
  project.provide("chromiumPath", chromiumPath);
  project.provide("servedWorlds", worlds);
  return teardown;
}

/**
 * The served test worlds: the PGlite one on a throwaway data directory, and with `postgresUrl`
 * a second on a throwaway PostgreSQL database; `teardown` stops the servers and drops what they
 * used. Also run by scripts/docs-screenshots.ts, so its screenshots show the tests' world.
 */
export async function serveWorlds(options: { postgresUrl?: string }): Promise<{ worlds: ServedWorld[]; teardown: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dangke-e2e-"));
  const cleanups: Array<() => Promise<void>> = [async () => fs.rmSync(dataDir, { recursive: true, force: true })];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const worlds: ServedWorld[] = [];
    worlds.push(await serveWorld("pglite", { DATA_DIR: dataDir, DATABASE_URL: "" }, dataDir, cleanups));
    if (options.postgresUrl) {
      const throwaway = await createThrowawayDatabase(options.postgresUrl, "dangke_e2e");
      cleanups.push(throwaway.drop);
      worlds.push(await serveWorld("postgres", { DATA_DIR: dataDir, DATABASE_URL: throwaway.url, SEED_DEMO: "1" }, dataDir, cleanups));
    }
    return { worlds, teardown };
  } catch (error) {
    await teardown();
    throw error;
  }
}

/** Seeds the authorization world into the database `env` names, then serves the app on it. */
async function serveWorld(
  kind: ServedWorld["kind"],
  env: Record<string, string>,
  dataDir: string,
  cleanups: Array<() => Promise<void>>,
): Promise<ServedWorld> {
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const worldFile = path.join(dataDir, `authz-world-${kind}.json`);
  const seeded = spawnSync(process.execPath, [tsx, "--import", SERVER_ONLY_OUTSIDE_NEXT, "tests/e2e/support/seed-authz-world.ts"], {
    env: { ...process.env, ...env, AUTHZ_WORLD_FILE: worldFile },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`Seeding the ${kind} test world failed:\n${seeded.stdout}\n${seeded.stderr}`);
  const port = await freePort();
  const server = spawn(process.execPath, [tsx, "--import", SERVER_ONLY_OUTSIDE_NEXT, "scripts/start.ts"], {
    env: { ...process.env, ...env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  cleanups.push(() => stop(server));
  const output: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await waitForOutput(server, output, "is running", 600_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${output.join("")}`);
  }
  const world = JSON.parse(fs.readFileSync(worldFile, "utf8")) as AuthzWorld;
  return { kind, baseURL: `http://localhost:${port}`, world };
}

/** Stops the server's whole process group and lets go of its pipes, so vitest can exit. */
async function stop(server: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) resolve();
    else server.once("exit", () => resolve());
  });
  if (server.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  server.stdout?.destroy();
  server.stderr?.destroy();
  server.unref();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function waitForOutput(server: ChildProcess, output: string[], marker: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.join("").includes(marker)) {
        clearInterval(timer);
        resolve();
      } else if (server.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start exited with code ${server.exitCode}`));
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error(`npm start did not come up within ${timeoutMs / 1000} s`));
      }
    }, 200);
  });
}
