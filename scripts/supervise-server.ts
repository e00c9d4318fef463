import type { ChildProcess } from "node:child_process";

/**
 * Forwards SIGINT and SIGTERM to the server and waits for it to end. Resolves when the server
 * stopped because it was asked to (and exited cleanly); rejects when it ended by itself — out of
 * memory, a crash, killed by a signal — even with status 0, so that `npm start` exits non-zero and
 * a supervisor (systemd, a container runtime; docs/SECURITY.md) restarts it.
 */
export function superviseServer(server: ChildProcess): Promise<void> {
  let stopRequested = false;
  const forward = (signal: NodeJS.Signals) => {
    stopRequested = true;
    server.kill(signal);
  };
  const signals = ["SIGINT", "SIGTERM"] as const;
  for (const signal of signals) process.on(signal, forward);
  return new Promise<void>((resolve, reject) => {
    const settle = (code: number | null, signal: NodeJS.Signals | null) => {
      for (const name of signals) process.off(name, forward);
      if (stopRequested && code === 0) return resolve();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new Error(`The server ${how}${stopRequested ? " while stopping" : " unexpectedly"}; exiting with a failure status so that a supervisor restarts it`));
    };
    if (server.exitCode !== null || server.signalCode !== null) settle(server.exitCode, server.signalCode as NodeJS.Signals | null);
    else server.once("exit", settle);
  });
}
