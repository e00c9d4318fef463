// npm run bank:export -- --format json --out FILE [--course SLUG] [--status ACTIVE] — writes the
// stored questions (of one course, of one status) as JSON, in the format of docs/QUESTIONS.md.
import fs from "node:fs";
import path from "node:path";
import { QuestionStatus } from "@/lib/generated/prisma/enums";
import { exportQuestionsJson } from "@/lib/server/bank/export-questions-json";
import { parseOptions } from "./bank-cli-options";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

const USAGE = "npm run bank:export -- --format json --out FILE [--course SLUG] [--status DRAFT|ACTIVE|RETIRED]";

runCli(async () => {
  const options = parseOptions(USAGE, { format: { type: "string", default: "json" }, out: { type: "string" }, course: { type: "string" }, status: { type: "string" } });
  const status = options.status?.toUpperCase();
  if (options.format !== "json" || !options.out || (status !== undefined && !(status in QuestionStatus))) {
    console.error(`usage: ${USAGE}`);
    process.exit(2);
  }
  const questions = await withMigratedDatabase((db) => exportQuestionsJson(db, { courseSlug: options.course, status: status as QuestionStatus | undefined }));
  const out = path.resolve(options.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(questions, null, 2)}\n`);
  console.log(`▸ Wrote ${questions.length} questions to ${options.out}`);
});
