import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

// Everything `next build` reads: when none of it changed, the existing build is current.
const INPUTS = ["app", "components", "lib", "types", "public", "next.config.js", "postcss.config.js", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const FINGERPRINT_FILE = path.join(".next", "dangke-build-fingerprint");

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** Runs `next build` unless the build in .next was made from the current inputs (npm start, bench:answer). */
export function buildAppIfStale(env: NodeJS.ProcessEnv = process.env): void {
  const fingerprint = computeBuildFingerprint();
  if (buildIsCurrent(fingerprint)) {
    console.log("▸ Using the existing build");
    return;
  }
  console.log("▸ Building the app (first start, or the code changed; this takes a minute or two)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
  recordBuild(fingerprint);
}

/** A hash of the build's inputs (paths and contents). */
function computeBuildFingerprint(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) {
    for (const file of listFiles(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex");
}

function buildIsCurrent(fingerprint: string, root = process.cwd()): boolean {
  const file = path.join(root, FINGERPRINT_FILE);
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(file) && fs.readFileSync(file, "utf8") === fingerprint;
}

function recordBuild(fingerprint: string, root = process.cwd()): void {
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), fingerprint);
}

function listFiles(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.name === "node_modules" || entry.name.startsWith(".") ? [] : listFiles(path.join(target, entry.name))));
}
