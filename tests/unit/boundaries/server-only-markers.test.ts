import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_ONLY_OUTSIDE_NEXT } from "@/scripts/tsx-entry";

// The server modules begin with `import "server-only"`, so a client component that imports one
// fails Next.js's build instead of shipping database or session code to the browser
// (docs/ARCHITECTURE.md, "Boundaries"). Read from the files themselves.

const root = path.resolve(import.meta.dirname, "../../..");
const MARKER = 'import "server-only";';

/** lib/auth files that client components import: plain data and labels, no server code. */
const CLIENT_SAFE_AUTH_FILES = ["lib/auth/login-errors.ts", "lib/auth/roles.ts"];

/**
 * lib/http holds plain request logic that browser code imports (routes.ts) beside the server's
 * modules: a file there that imports the database, the services, the session or Next.js is a
 * server module.
 */
const SERVER_IMPORT = /^import (?!type )[^;]*from "(@\/lib\/(db|server|auth)\/[^"]*|next|next\/[^"]*)";/m;

/** Plain-JavaScript worker entries, never bundled: they register the resolution hook instead. */
const WORKER_ENTRIES = ["lib/server/parsing/parse-worker.mjs"];

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

describe("server-only markers", () => {
  const httpServerFiles = filesUnder("lib/http").filter((file) => SERVER_IMPORT.test(read(file)));
  const serverFiles = [...filesUnder("lib/server"), ...filesUnder("lib/db"), ...filesUnder("lib/auth"), ...httpServerFiles].filter(
    (file) => !CLIENT_SAFE_AUTH_FILES.includes(file) && !WORKER_ENTRIES.includes(file),
  );

  it("covers the server folders", () => {
    expect(serverFiles.length).toBeGreaterThan(150);
    expect(serverFiles).toContain("lib/db/prisma.ts");
    expect(serverFiles).toContain("lib/server/authz.ts");
    expect(serverFiles).toContain("lib/auth/guard.ts");
    expect(serverFiles).toContain("lib/auth/session-token.ts");
    expect(httpServerFiles).toEqual(["lib/http/practice-answer-endpoint.ts", "lib/http/server.ts"]);
  });

  it("every module under lib/server, lib/db, the server parts of lib/auth and of lib/http begins with the marker", () => {
    const unmarked = serverFiles.filter((file) => read(file).split("\n", 1)[0] !== MARKER);
    expect(unmarked).toEqual([]);
  });

  it("the lib/auth files client components import carry no marker and import no server module", () => {
    for (const file of CLIENT_SAFE_AUTH_FILES) {
      const text = read(file);
      expect(text).not.toContain("server-only");
      expect(text).not.toMatch(/from "(@\/lib\/(db|server|http)\/|next|next-auth|@prisma\/)/);
    }
  });

  it("a worker entry registers the hook before it loads a marked module", () => {
    for (const file of WORKER_ENTRIES) {
      const text = read(file);
      const hook = text.indexOf('import "../../../scripts/server-only-outside-next.mjs";');
      expect(hook).toBeGreaterThan(-1);
      expect(hook).toBeLessThan(text.indexOf("tsImport("));
    }
  });
});

describe("running the server modules outside Next.js", () => {
  const importServerOnly = (nodeArgs: string[]) =>
    spawnSync(process.execPath, [...nodeArgs, "--input-type=module", "-e", 'await import("server-only"); console.log("loaded");'], {
      cwd: root,
      encoding: "utf8",
    });

  it("plain Node.js refuses the marker, and the hook the scripts are started with resolves it to the empty module", () => {
    const plain = importServerOnly([]);
    expect(plain.status).not.toBe(0);
    expect(plain.stderr).toContain("cannot be imported from a Client Component");
    const hooked = importServerOnly(["--import", SERVER_ONLY_OUTSIDE_NEXT]);
    expect(hooked.stderr).toBe("");
    expect(hooked.stdout.trim()).toBe("loaded");
  });

  it("every npm script that runs tsx starts it with the hook", () => {
    const scripts: Record<string, string> = JSON.parse(read("package.json")).scripts;
    const tsxScripts = Object.entries(scripts).filter(([, command]) => /^tsx\s/.test(command));
    expect(tsxScripts.length).toBeGreaterThan(10);
    expect(tsxScripts.filter(([, command]) => !command.startsWith(`tsx --import ${SERVER_ONLY_OUTSIDE_NEXT} `))).toEqual([]);
  });
});
