/**
 * Prints, for the seed course and for one-document courses built from files given on the command
 * line, the bank's counts per type (published / review / rejected) and a seeded sample of each
 * type, to read as an instructor would. No database.
 *   npx tsx scripts/bank-sample.ts [--per-type 10] [--seed s] [--counts-only] [--published-only] [--no-seeds] [--rejected] FILE…
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildCourse, type BuiltCourse } from "@/lib/content";
import type { CourseManifest } from "@/lib/content/course-manifest";
import { generateQuestionBank, seededRandom, type Question, type QuestionBank } from "@/lib/questions";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const perType = Number(value("--per-type", "10"));
const seed = value("--seed", "sample");
const files = args.filter((arg, at) => !arg.startsWith("--") && !["--per-type", "--seed"].includes(args[at - 1] ?? ""));

async function seedCourse(): Promise<BuiltCourse> {
  const dir = path.join(import.meta.dirname, "../content");
  const manifest = JSON.parse(readFileSync(path.join(dir, "course.json"), "utf8")) as CourseManifest;
  return buildCourse(manifest, manifest.documents.map((document) => ({ path: document.path, bytes: new Uint8Array(readFileSync(path.join(dir, document.path))) })));
}

function fileCourse(file: string): Promise<BuiltCourse> {
  const name = path.basename(file);
  return buildCourse({ title: name, description: "样本", documents: [{ path: name }] } as CourseManifest, [{ path: name, bytes: new Uint8Array(readFileSync(file)) }]);
}

function show(question: Question, status: string): string {
  const options = question.options.map((option) => `${option.key}.${option.text}`).join("  ");
  const answer = Array.isArray(question.answer) ? question.answer.join("、") : String(question.answer);
  return [`[${status}] ${question.stem}`, options ? `    ${options}` : "", `    答案：${answer}${question.keyPoints ? ` 要点：${question.keyPoints.join("；")}` : ""}`, `    解析：${question.explanation.slice(0, 160)}`]
    .filter(Boolean)
    .join("\n");
}

function report(label: string, bank: QuestionBank & { review?: Array<{ question: Question; reasons: string[] }> }): void {
  const review = bank.review ?? [];
  const types = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "SHORT_ANSWER"];
  console.log(`\n=== ${label}: published ${bank.accepted.length}, review ${review.length}, rejected ${bank.rejected.length}`);
  for (const type of types) {
    console.log(`  ${type}: published ${bank.accepted.filter((q) => q.type === type).length}, review ${review.filter((r) => r.question.type === type).length}`);
  }
  const reasons = new Map<string, number>();
  for (const entry of [...bank.rejected, ...review]) for (const reason of entry.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  console.log(`  reasons: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${reason} ${count}`).join(", ")}`);
  if (flag("--counts-only")) return;
  for (const type of types) {
    const pool = [...bank.accepted.filter((q) => q.type === type).map((q) => ({ q, status: "发布" })), ...(flag("--published-only") ? [] : review.filter((r) => r.question.type === type).map((r) => ({ q: r.question, status: `待审:${r.reasons.join(",")}` })))];
    const random = seededRandom(`${seed}:${label}:${type}`);
    const picked = pool.map((entry) => ({ entry, key: random() })).sort((a, b) => a.key - b.key).slice(0, perType);
    console.log(`\n--- ${label} ${type}`);
    for (const { entry } of picked) console.log(show(entry.q, entry.status));
  }
}

if (!flag("--no-seeds")) report("seeds", generateQuestionBank(await seedCourse()));
for (const file of files) report(path.basename(file), generateQuestionBank(await fileCourse(file)));
if (flag("--rejected")) {
  for (const file of files) {
    const bank = generateQuestionBank(await fileCourse(file));
    for (const { candidate, reasons } of bank.rejected) console.log(`${candidate.question.type} ${reasons.join(",")} | ${candidate.question.stem} | ${JSON.stringify(candidate.evidence.answers)} ${JSON.stringify(candidate.evidence.distractors)}`);
  }
}
