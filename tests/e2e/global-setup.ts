import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findChromium } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

/**
 * Starts Dangke exactly as a user does (`npm start`: migrate, seed demo accounts, build if
 * stale, serve) on a free port with a throwaway embedded database.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message = "\n\n!!! No Chromium found: browser tests cannot run. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH. !!!\n";
    if (process.env.CI === "true") throw new Error(message);
    console.warn(message);
    project.provide("chromiumPath", "");
    project.provide("baseURL", "");
    return;
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dangke-e2e-"));
  const server = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await waitForOutput(server, output, "is running", 600_000);
  } catch (error) {
    await stop(server);
    throw new Error(`${(error as Error).message}\n${output.join("")}`);
  }
  project.provide("baseURL", `http://localhost:${port}`);
  project.provide("chromiumPath", chromiumPath);
  return async () => {
    await stop(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
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
