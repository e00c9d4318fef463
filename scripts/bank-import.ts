// npm run bank:import -- FILE --course SLUG [--module TITLE] [--draft] [--valid-only] [--dry-run] —
// imports questions from the template (.xlsx, .csv), a JSON export, or a bank in the common text
// layout (.docx, .txt, .md: 文本导入) into a course (docs/BANK.md), printing what it refuses.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { commitQuestionImport } from "@/lib/server/bank-import/commit-question-import";
import { previewQuestionImport, type ImportPreview } from "@/lib/server/bank-import/preview-question-import";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

const USAGE = "npm run bank:import -- FILE --course SLUG [--module TITLE] [--draft] [--valid-only] [--dry-run] [--as EMAIL]";

type Place = { row: number; lines?: { first: number; last: number } };
const place = ({ row, lines }: Place) => (lines ? (lines.first === lines.last ? `line ${lines.first}` : `lines ${lines.first}-${lines.last}`) : `row ${row}`);

function printRows(preview: ImportPreview) {
  for (const row of preview.rejected) console.log(`  ✖ ${place(row)}: ${row.reasons.join("；")}${row.source ? `\n      ${row.source.replace(/\n/g, "\n      ")}` : ""}`);
  for (const row of preview.duplicates) console.log(`  = ${place(row)}: ${row.existingId ? `already in the bank (${row.existingId})` : `same as ${row.lines ? "the question at line" : "row"} ${row.sameAsRow}`}`);
  for (const part of preview.skipped) console.log(`  · ${place({ row: part.lines.first, lines: part.lines })} skipped (not a question): ${part.text.split("\n")[0]}`);
}

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        course: { type: "string" },
        module: { type: "string" },
        draft: { type: "boolean", default: false },
        "valid-only": { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        as: { type: "string" },
      },
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
    let moduleId: string | undefined;
    if (parsed.values.module) {
      const found = await db.module.findFirst({ where: { title: parsed.values.module, archivedAt: null, course: { slug: course } }, select: { id: true } });
      if (!found) {
        console.error(`✖ course ${course} has no current module titled ${parsed.values.module}`);
        return 1;
      }
      moduleId = found.id;
    }
    const preview = await previewQuestionImport(db, { actor, courseSlug: course, moduleId, fileName, bytes });
    if (!preview.ok) {
      console.error(`✖ ${preview.error}`);
      return 1;
    }
    const into = preview.module ? `${preview.course.title} / ${preview.module.title}` : preview.course.title;
    console.log(`▸ ${fileName} (${preview.format}) → ${into}: ${preview.valid.length} to import, ${preview.rejected.length} refused, ${preview.duplicates.length} duplicates`);
    printRows(preview);
    if (parsed.values["dry-run"]) return preview.rejected.length > 0 ? 1 : 0;
    const status = parsed.values.draft ? "DRAFT" : "ACTIVE";
    const result = await commitQuestionImport(db, { actor, courseSlug: course, moduleId, fileName, bytes, validOnly: parsed.values["valid-only"], status });
    if (!result.ok) {
      console.error(`✖ ${result.error}`);
      return 1;
    }
    console.log(`▸ Imported ${result.imported} questions into ${preview.course.slug} as ${status}${result.rejected.length ? ` (${result.rejected.length} refused)` : ""}`);
    return 0;
  });
  if (exitCode !== 0) process.exit(exitCode);
});
