import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { GENERATOR_VERSION } from "@/lib/questions";
import { readGeneratorSources } from "@/lib/questions/generator-version/read-sources";
import { generatorVersionOf, isGeneratorSource } from "@/lib/questions/generator-version/source-hash";

describe("the generator's version", () => {
  it("is the hash of the generator's source as it is now (run npm run questions:version after changing the generator)", () => {
    expect(GENERATOR_VERSION).toBe(generatorVersionOf(readGeneratorSources()));
  });

  it("changes with the content pipeline and the generators, not with the evaluation, the interchange formats or grading", () => {
    const files = [
      { path: "lib/content/build-course.ts", text: "a" },
      { path: "lib/questions/confidence.ts", text: "b" },
      { path: "lib/questions/eval/signals.ts", text: "c" },
    ];
    const base = generatorVersionOf(files);
    expect(generatorVersionOf([...files.slice(0, 2), { path: "lib/questions/eval/signals.ts", text: "changed" }])).toBe(base);
    expect(generatorVersionOf([{ path: "lib/content/build-course.ts", text: "changed" }, ...files.slice(1)])).not.toBe(base);
    expect(generatorVersionOf([files[0]!, { path: "lib/questions/confidence.ts", text: "changed" }, files[2]!])).not.toBe(base);
    for (const outside of ["lib/questions/interchange/read-text-bank.ts", "lib/questions/eval/label-key.ts", "lib/questions/version.ts", "lib/server/bank/save-generated-bank.ts"]) {
      expect(isGeneratorSource(outside)).toBe(false);
    }
    // The question-type registry holds what makes a question's id (testedAnswers): it counts.
    expect(isGeneratorSource("lib/questions/types/fill-blank/index.ts")).toBe(true);
  });

  it("is what the command writes, and its --check agrees", () => {
    expect(execFileSync("npx", ["tsx", "scripts/questions-version.ts", "--check"], { encoding: "utf8" })).toContain(GENERATOR_VERSION);
  }, 60_000);
});
