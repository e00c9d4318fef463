import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Client components import the question-type registry (lib/questions/types: the quiz settings form, the question
// editor), so nothing it imports, however indirectly, may load a native module: Next.js cannot bundle @node-rs/jieba for
// the browser and the build fails (stop 40: accepted-answers.ts took the word tagger in and broke `next build`). Read
// from the files' own imports, type-only imports aside.

const root = path.resolve(import.meta.dirname, "../../..");
const NATIVE = ["@node-rs/jieba"];
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^;"']*?\s+from\s+)?["']([^"']+)["']/gm;

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return null;
}

/** The chain of files from `entry` to the first that imports a native module, or null. */
function nativeChain(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (NATIVE.some((name) => specifier === name || specifier!.startsWith(`${name}/`))) return [...chain, path.relative(root, file), specifier!];
      const next = resolve(file, specifier!);
      const found = next ? walk(next, [...chain, path.relative(root, file)]) : null;
      if (found) return found;
    }
    return null;
  };
  return walk(path.join(root, entry), []);
}

describe("modules client components import", () => {
  it("reach no native module through their imports", () => {
    for (const entry of ["lib/questions/types/index.ts", "lib/questions/accepted-answers.ts", "lib/questions/normalize-answer.ts"]) expect(nativeChain(entry), entry).toBeNull();
  });

  it("finds a native module reached through a server-side module", () => {
    expect(nativeChain("lib/questions/term-quality.ts")).not.toBeNull();
  });
});
