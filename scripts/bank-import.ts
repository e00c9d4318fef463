// npm run bank:import -- FILE --course SLUG [--valid-only] [--dry-run] — imports questions from the
// template (.xlsx, .csv) or a JSON export into a course (docs/BANK.md), printing refused rows.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { commitQuestionImport } from "@/lib/server/bank-import/commit-question-import";
import { previewQuestionImport } from "@/lib/server/bank-import/preview-question-import";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

const USAGE = "npm run bank:import -- FILE --course SLUG [--valid-only] [--dry-run] [--as EMAIL]";

function printRows(rejected: Array<{ row: number; reasons: string[] }>, duplicates: Array<{ row: number; existingId?: string; sameAsRow?: number }>) {
  for (const row of rejected) console.log(`  ✖ row ${row.row}: ${row.reasons.join("；")}`);
  for (const row of duplicates) console.log(`  = row ${row.row}: ${row.existingId ? `already in the bank (${row.existingId})` : `same as row ${row.sameAsRow}`}`);
}

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      options: { course: { type: "string" }, "valid-only": { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false }, as: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${USAGE}`);
    process.exit(2);
  }
  const [file] = parsed.positionals;
  const { course, as } = parsed.values;
  if (!file || !course || parsed.positionals.length > 1) {
    console.error(`usage: ${USAGE}`);
    process.exit(2);
  }
  const bytes = new Uint8Array(fs.readFileSync(path.resolve(file)));
  const fileName = path.basename(file);
  const exitCode = await withMigratedDatabase(async (db) => {
    // The import is recorded as some administrator's (or the named staff member's) act.
    const user = await db.user.findFirst({
      where: as ? { email: as.toLowerCase(), role: { in: ["ADMIN", "INSTRUCTOR"] } } : { role: "ADMIN", active: true },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, email: true, role: true },
    });
    if (!user) {
      console.error(as ? `✖ no instructor or administrator ${as}` : "✖ no administrator account: run npm run db:seed or pass --as EMAIL");
      return 1;
    }
    const actor = user;
    const preview = await previewQuestionImport(db, { actor, courseSlug: course, fileName, bytes });
    if (!preview.ok) {
      console.error(`✖ ${preview.error}`);
      return 1;
    }
    console.log(`▸ ${fileName} → ${preview.course.title}: ${preview.valid.length} to import, ${preview.rejected.length} refused, ${preview.duplicates.length} duplicates`);
    printRows(preview.rejected, preview.duplicates);
    if (parsed.values["dry-run"]) return preview.rejected.length > 0 ? 1 : 0;
    const result = await commitQuestionImport(db, { actor, courseSlug: course, fileName, bytes, validOnly: parsed.values["valid-only"] });
    if (!result.ok) {
      console.error(`✖ ${result.error}`);
      return 1;
    }
    console.log(`▸ Imported ${result.imported} questions into ${preview.course.slug}${result.rejected.length ? ` (${result.rejected.length} rows refused)` : ""}`);
    return 0;
  });
  if (exitCode !== 0) process.exit(exitCode);
});
