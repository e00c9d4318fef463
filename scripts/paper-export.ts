// npm run paper:export -- --quiz ID --format docx|pdf --out FILE [--variant A|B]
//   [--document paper|answer-sheet|key] [--organisation NAME] — prints a quiz as a paper (docs/QUIZZES.md).
import fs from "node:fs";
import path from "node:path";
import { exportQuizPaper } from "@/lib/server/papers/export-quiz-paper";
import { parseOptions } from "./bank-cli-options";
import { CommandRefusal, runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

const USAGE = "npm run paper:export -- --quiz ID --format docx|pdf --out FILE [--variant A|B] [--document paper|answer-sheet|key] [--organisation NAME]";

function usage(problem: string): never {
  console.error(`${problem}\nusage: ${USAGE}`);
  process.exit(2);
}

runCli(async () => {
  const options = parseOptions(USAGE, {
    quiz: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    variant: { type: "string", default: "A" },
    document: { type: "string", default: "paper" },
    organisation: { type: "string", default: "" },
  });
  if (!options.quiz) usage("--quiz ID is required");
  if (!options.out) usage("--out FILE is required");
  const result = await withMigratedDatabase(async (db) => {
    // Printed as an administrator's act: administrators may print every quiz.
    const admin = await db.user.findFirst({ where: { role: "ADMIN", active: true }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true } });
    if (!admin) return { ok: false as const, error: "no administrator account: run npm run db:seed first" };
    const request = { format: options.format?.toLowerCase(), variant: options.variant.toUpperCase(), document: options.document, organisation: options.organisation };
    return (await exportQuizPaper(db, { actor: admin, quizId: options.quiz!, request })) ?? { ok: false as const, error: `no quiz with id ${options.quiz}` };
  });
  if (!result.ok) throw new CommandRefusal(result.error);
  const out = path.resolve(options.out!);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, result.bytes);
  console.log(`▸ Wrote ${result.fileName} to ${options.out}`);
});
