import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The boundary rule in eslint.config.js (docs/ARCHITECTURE.md, "Boundaries"): the pure domain
// folders of lib/ import no framework or database code. Linted through ESLint's own API with the
// project's configuration, as `npm run lint` does.

const root = path.resolve(import.meta.dirname, "../../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.js") });
});

const BOUNDARY_RULES = new Set(["no-restricted-imports", "import/no-restricted-paths"]);

async function boundaryProblems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId !== null && BOUNDARY_RULES.has(message.ruleId));
}

describe("the pure-domain boundary lint rule", { timeout: 120_000 }, () => {
  it("reports @prisma/client imported from lib/questions, with a message that explains the rule", async () => {
    const problems = await boundaryProblems("lib/questions/x.ts", 'import { PrismaClient } from "@prisma/client";\nexport const client = PrismaClient;\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: "no-restricted-imports", severity: 2, line: 1 });
    expect(problems[0]?.message).toContain("Pure domain code");
    expect(problems[0]?.message).toContain("docs/ARCHITECTURE.md");
  });

  it("reports framework packages and server-only in a pure folder", async () => {
    const code = [
      'import { redirect } from "next/navigation";',
      'import { getServerSession } from "next-auth";',
      'import { useState } from "react";',
      'import "server-only";',
      "export const used = [redirect, getServerSession, useState];",
      "",
    ].join("\n");
    const problems = await boundaryProblems("lib/srs/x.ts", code);
    expect(problems.map((problem) => problem.line)).toEqual([1, 2, 3, 4]);
  });

  it("reports server, database, HTTP and auth modules and the generated client, by alias or relative path, types included", async () => {
    const code = [
      'import { getDb } from "@/lib/db/prisma";',
      'import { ForbiddenError } from "../server/authz";',
      'import type { QuestionType } from "@/lib/generated/prisma/enums";',
      'import { securityHeaders } from "../../lib/http/security-headers";',
      'import { ROLE_LABELS } from "@/lib/auth/roles";',
      "export const used: unknown[] = [getDb, ForbiddenError, securityHeaders, ROLE_LABELS];",
      "export type Used = QuestionType;",
      "",
    ].join("\n");
    const problems = await boundaryProblems("lib/stats/x.ts", code);
    expect(problems.map((problem) => [problem.line, problem.ruleId])).toEqual([
      [1, "import/no-restricted-paths"],
      [2, "import/no-restricted-paths"],
      [3, "import/no-restricted-paths"],
      [4, "import/no-restricted-paths"],
      [5, "import/no-restricted-paths"],
    ]);
  });

  it("lets pure folders import each other and server modules import anything", async () => {
    expect(await boundaryProblems("lib/quizzes/x.ts", 'import type { QuestionType } from "@/lib/questions/types";\nexport type T = QuestionType;\n')).toEqual([]);
    expect(await boundaryProblems("lib/server/x.ts", 'import { PrismaClient } from "@prisma/client";\nimport { getDb } from "@/lib/db/prisma";\nexport const used = [PrismaClient, getDb];\n')).toEqual([]);
  });
});
