// npm run bank:export -- --format json|xlsx|csv|gift|moodle-xml|anki --out FILE [filter options] —
// writes the stored questions under a filter in one of the interchange formats (docs/BANK.md).
import fs from "node:fs";
import path from "node:path";
import { EXPORT_FORMATS, isExportFormat, serializeQuestions } from "@/lib/questions/interchange";
import { exportQuestionsJson } from "@/lib/server/bank/export-questions-json";
import { bankFilterSchema } from "@/lib/validation/question";
import { parseOptions } from "./bank-cli-options";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

const USAGE =
  `npm run bank:export -- --format ${EXPORT_FORMATS.join("|")} --out FILE [--course SLUG] [--status DRAFT|ACTIVE|RETIRED] ` +
  "[--type SINGLE_CHOICE|MULTIPLE_CHOICE|TRUE_FALSE|FILL_BLANK|SHORT_ANSWER] [--q TEXT] [--difficulty-min 0..1] [--difficulty-max 0..1] [--flagged]";

function usage(problem: string): never {
  console.error(`${problem}\nusage: ${USAGE}`);
  process.exit(2);
}

runCli(async () => {
  const options = parseOptions(USAGE, {
    format: { type: "string", default: "json" },
    out: { type: "string" },
    course: { type: "string" },
    status: { type: "string" },
    type: { type: "string" },
    q: { type: "string" },
    "difficulty-min": { type: "string" },
    "difficulty-max": { type: "string" },
    flagged: { type: "boolean", default: false },
  });
  const format = options.format.toLowerCase();
  if (!isExportFormat(format)) usage(`unknown format: ${options.format}`);
  if (!options.out) usage("--out FILE is required");
  const raw = {
    status: options.status?.toUpperCase(),
    type: options.type?.toUpperCase(),
    q: options.q,
    difficultyMin: options["difficulty-min"],
    difficultyMax: options["difficulty-max"],
    flagged: options.flagged ? "1" : undefined,
  };
  const filter = bankFilterSchema.parse(raw);
  // The bank page ignores a malformed filter value; a command says so instead.
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined && (filter as Record<string, unknown>)[key] === undefined) usage(`invalid value for ${key}: ${value}`);
  }
  const { questions, courseTitle } = await withMigratedDatabase(async (db) => {
    const course = options.course ? await db.course.findUnique({ where: { slug: options.course }, select: { title: true } }) : null;
    if (options.course && !course) usage(`no course with slug ${options.course}`);
    return { questions: await exportQuestionsJson(db, { courseSlug: options.course, filter }), courseTitle: course?.title };
  });
  const bytes = await serializeQuestions(format, questions, { course: courseTitle });
  const out = path.resolve(options.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(`▸ Wrote ${questions.length} questions to ${options.out} (${format})`);
});
