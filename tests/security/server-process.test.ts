// `npm start` must not exit with status 0 when its server dies: a supervisor restarts only a failure.
import { spawn } from "node:child_process";
import { describe, expect, test } from "vitest";
import { superviseServer } from "@/scripts/supervise-server";

function child(code: string) {
  return spawn(process.execPath, ["-e", code], { stdio: "ignore" });
}

describe("superviseServer", () => {
  test("a server that aborts (as on running out of memory) is a failure", async () => {
    await expect(superviseServer(child("process.abort()"))).rejects.toThrow(/killed by SIGABRT unexpectedly/);
  });

  test("a server killed by a signal nobody sent through npm start is a failure", async () => {
    const server = child("setTimeout(() => {}, 60_000)");
    const supervised = superviseServer(server);
    server.kill("SIGKILL");
    await expect(supervised).rejects.toThrow(/killed by SIGKILL unexpectedly/);
  });

  test("a server that exits by itself, even with status 0, is a failure", async () => {
    await expect(superviseServer(child("process.exit(0)"))).rejects.toThrow(/exited with code 0 unexpectedly/);
  });

  test("a server stopped through npm start's SIGTERM, exiting cleanly, is a clean stop", async () => {
    const server = spawn(process.execPath, ["-e", "process.on('SIGTERM', () => process.exit(0)); console.log('ready'); setTimeout(() => {}, 60_000)"], { stdio: ["ignore", "pipe", "ignore"] });
    await new Promise((resolve) => server.stdout.once("data", resolve));
    const supervised = superviseServer(server);
    process.emit("SIGTERM", "SIGTERM");
    await expect(supervised).resolves.toBeUndefined();
  });
});
