import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Everything `next build` reads: when none of it changed, the existing build is current.
const INPUTS = ["app", "components", "lib", "types", "public", "next.config.js", "postcss.config.js", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const FINGERPRINT_FILE = path.join(".next", "dangke-build-fingerprint");

/** A hash of the build's inputs (paths and contents). */
export function computeBuildFingerprint(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) {
    for (const file of listFiles(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(fingerprint: string, root = process.cwd()): boolean {
  const file = path.join(root, FINGERPRINT_FILE);
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(file) && fs.readFileSync(file, "utf8") === fingerprint;
}

export function recordBuild(fingerprint: string, root = process.cwd()): void {
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
