import type { ChildProcess } from "node:child_process";

/** Resolves once the server answers `url` (any status below 500); throws if it exits or two minutes pass (npm start, bench:answer). */
export async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`The server exited (${server.exitCode ?? server.signalCode}) before it answered`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The server did not answer at ${url} within two minutes`);
}
