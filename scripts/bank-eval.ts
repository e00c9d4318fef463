// npm run bank:eval [-- --docs ID,ID] [--json] [--max-module-share X]
//                   [--sample N --seed S --out FILE] [--merge FILE]
// Measures the generated bank with no database: builds each evaluation document of
// tests/fixtures/quality/docs.json (the seeds' course and one-document courses of the corpus copies)
// with the pure pipeline, generates its bank, and prints per document and type the published and
// draft counts, the readers' verdicts on labelled questions (tests/fixtures/quality/labels.jsonl),
// the coverage of the document's key facts (tests/fixtures/quality/facts/ID.json) and the automatic
// signals. The last line is one JSON object (docs/QUALITY.md).
// --sample writes N unlabelled published questions per type and document (seeded) as JSON Lines for
// a reader; --merge appends the lines a reader gave a verdict to the labels file.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { buildCourse, parseCourseManifest, scopeCourseIds, type BuiltCourse } from "@/lib/content";
import { GENERATOR_VERSION, generateQuestionBank, QUESTION_TYPES } from "@/lib/questions";
import {
  describeBank,
  evaluateDocument,
  indexLabels,
  labelKey,
  mergeLabels,
  parseLabelLines,
  readableAnswer,
  sampleUnlabelled,
  shownFingerprint,
  summarise,
  type DocumentEvaluation,
  type EvalQuestion,
  type GoldFact,
  type Label,
  type LabelTally,
} from "@/lib/questions/eval";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";
import { parseOptions } from "./bank-cli-options";

const USAGE = "npm run bank:eval [-- --docs ID,ID] [--json] [--max-module-share X] [--sample N --seed S --out FILE] [--merge FILE]";
const QUALITY_DIR = path.resolve("tests/fixtures/quality");
const LABELS_FILE = path.join(QUALITY_DIR, "labels.jsonl");
const docsConfigSchema = z.object({
  documents: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        /** A course folder's manifest (the seeds), or one document that becomes a one-document course. */
        course: z.string().optional(),
        file: z.string().optional(),
        title: z.string().min(1),
        /** Read as an upload reads it: the document's title is the one the pipeline detects, not `title` (then only the course's). */
        uploaded: z.boolean().optional(),
        holdout: z.boolean(),
      }),
    )
    .min(1),
});
type EvalDocument = z.infer<typeof docsConfigSchema>["documents"][number];
const factsSchema = z.object({ doc: z.string(), facts: z.array(z.object({ answers: z.array(z.string().min(1)).min(1), description: z.string().min(1) })) });

const options = parseOptions(USAGE, {
  docs: { type: "string" },
  json: { type: "boolean", default: false },
  "max-module-share": { type: "string" },
  sample: { type: "string" },
  seed: { type: "string", default: "bank-eval" },
  out: { type: "string" },
  merge: { type: "string" },
});

function fail(message: string): never {
  console.error(`✖ ${message}\nusage: ${USAGE}`);
  process.exit(2);
}

function readLabels(): Label[] {
  if (!fs.existsSync(LABELS_FILE)) return [];
  const { labels, errors } = parseLabelLines(fs.readFileSync(LABELS_FILE, "utf8"));
  if (errors.length > 0) fail(`${LABELS_FILE}:\n${errors.join("\n")}`);
  return labels;
}

if (options.merge) {
  if (!fs.existsSync(options.merge)) fail(`找不到文件 ${options.merge}`);
  const { labels, pending, errors } = parseLabelLines(fs.readFileSync(options.merge, "utf8"));
  if (errors.length > 0) fail(`${options.merge} 有错误，未合并任何标注：\n${errors.join("\n")}`);
  const { added, conflicts } = mergeLabels(readLabels(), labels);
  if (added.length > 0) fs.appendFileSync(LABELS_FILE, added.map((label) => JSON.stringify(label)).join("\n") + "\n");
  console.log(`merged ${added.length} labels into ${path.relative(".", LABELS_FILE)}; ${labels.length - added.length} already labelled; ${pending} lines without a verdict skipped`);
  for (const conflict of conflicts) console.log(`  conflict (kept the existing label): ${conflict}`);
  process.exit(0);
}

const config = docsConfigSchema.parse(JSON.parse(fs.readFileSync(path.join(QUALITY_DIR, "docs.json"), "utf8")));
const wanted = options.docs?.split(",").map((id) => id.trim());
for (const id of wanted ?? []) if (!config.documents.some((document) => document.id === id)) fail(`没有名为 ${id} 的评测文档（见 tests/fixtures/quality/docs.json）`);
const documents = config.documents.filter((document) => !wanted || wanted.includes(document.id));
const maxModuleShare = options["max-module-share"] === undefined ? undefined : Number(options["max-module-share"]);
if (maxModuleShare !== undefined && !(maxModuleShare > 0 && maxModuleShare <= 1)) fail("--max-module-share 必须是 0 到 1 之间的数");
const perType = options.sample === undefined ? undefined : Number(options.sample);
if (perType !== undefined && (!Number.isInteger(perType) || perType < 1 || !options.out)) fail("--sample 需要正整数 N 和 --out FILE");

/** The course under the ids content:build and uploads store it with (scoped to the course): the bank measured is the bank shipped. */
async function buildEvalCourse(document: EvalDocument): Promise<BuiltCourse> {
  const course = await buildUnscoped(document);
  return scopeCourseIds(course, course.id);
}

async function buildUnscoped(document: EvalDocument): Promise<BuiltCourse> {
  if (document.course) {
    const folder = path.dirname(path.resolve(document.course));
    const manifest = parseCourseManifest(JSON.parse(fs.readFileSync(path.resolve(document.course), "utf8")));
    return buildCourse(manifest, manifest.documents.map((entry) => ({ path: entry.path, bytes: new Uint8Array(fs.readFileSync(path.join(folder, entry.path))) })));
  }
  if (!document.file) fail(`评测文档 ${document.id} 既没有 course 也没有 file`);
  const name = path.basename(document.file);
  const manifest = parseCourseManifest({ title: document.title, description: document.title, documents: [{ path: name, ...(document.uploaded ? {} : { title: document.title }) }] });
  return buildCourse(manifest, [{ path: name, bytes: new Uint8Array(fs.readFileSync(path.resolve(document.file))) }]);
}

function readFacts(id: string): GoldFact[] {
  const file = path.join(QUALITY_DIR, "facts", `${id}.json`);
  return fs.existsSync(file) ? factsSchema.parse(JSON.parse(fs.readFileSync(file, "utf8"))).facts : [];
}

const labels = readLabels();
const labelsByKey = indexLabels(labels);
const evaluations: DocumentEvaluation[] = [];
const samples: Array<{ doc: string; item: EvalQuestion }> = [];
for (const document of documents) {
  const course = await buildEvalCourse(document);
  const { course: evalCourse, questions } = describeBank(course, generateQuestionBank(course, maxModuleShare === undefined ? {} : { maxModuleShare }));
  evaluations.push(evaluateDocument({ doc: document.id, holdout: document.holdout, course: evalCourse, questions, labels: labelsByKey, facts: readFacts(document.id) }));
  if (perType !== undefined) samples.push(...sampleUnlabelled(questions, labelsByKey, perType, `${options.seed}:${document.id}`, document.id).map((item) => ({ doc: document.id, item })));
}

if (perType !== undefined) {
  const lines = samples.map(({ doc, item }) => ({
    key: labelKey(item),
    doc,
    type: item.question.type,
    stem: item.question.stem,
    options: item.question.options.map((option) => `${option.key}. ${option.text}`),
    answer: readableAnswer(item),
    accepted: item.question.acceptedAnswers,
    explanation: item.question.explanation,
    source: item.sourceText ?? item.outline ?? null,
    shown: shownFingerprint(item),
    verdict: null,
    codes: [],
    note: "",
  }));
  fs.writeFileSync(options.out!, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
  console.error(`wrote ${lines.length} questions to label to ${options.out}: fill verdict (usable | needs-edit | discard), codes (A–E, docs/QUALITY.md) and note, then npm run bank:eval -- --merge ${options.out}`);
}

const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`);
const tallyRow = (name: string, tally: LabelTally) =>
  `  ${name.padEnd(4, "　")} ${String(tally.published).padStart(5)} ${String(tally.drafts).padStart(5)} ${String(tally.labelled).padStart(5)} ${percent(tally.usable, tally.labelled).padStart(6)} ${percent(tally.needsEdit, tally.labelled).padStart(6)} ${percent(tally.discard, tally.labelled).padStart(6)} ${String(tally.unlabelled).padStart(6)}`;

const summary = { generator_version: GENERATOR_VERSION, max_module_share: maxModuleShare ?? null, ...summarise(evaluations) };
if (options.json) {
  console.log(JSON.stringify({ documents: evaluations, summary }));
} else {
  for (const evaluation of evaluations) {
    const { signals, gold } = evaluation;
    console.log(`\n▸ ${evaluation.doc}${evaluation.holdout ? " (holdout)" : ""}`);
    console.log("  题型　 published draft label usable  edit discard unlabelled");
    for (const type of QUESTION_TYPES) console.log(tallyRow(QUESTION_TYPE_LABELS[type], evaluation.byType[type]));
    console.log(tallyRow("合计", evaluation.total));
    console.log(`  gold facts: ${gold.covered}/${gold.facts} (${percent(gold.covered, gold.facts)})${gold.missed.length ? `; missed: ${gold.missed.join("；")}` : ""}`);
    console.log(
      `  signals: generic keys ${signals.genericKey}/${signals.keyed}, repeated stems ${signals.repeatedStems}, sentence reuse ${signals.sentenceReuse}/${signals.cited}, ` +
        `dangling ${signals.dangling}, key outside source ${signals.keyOutsideSource}, 解析 echo ${signals.explanationEcho}/${signals.published} (${percent(signals.explanationEcho, signals.published)})`,
    );
  }
  console.log(
    `\n${evaluations.length} documents: usable ${summary.usable_share ?? "—"} (and ${summary.only_explanation_share ?? "—"} usable but for the 解析), discard ${summary.discard_share ?? "—"} ` +
      `of ${summary.labelled} labelled published questions; ${summary.unlabelled_published} unlabelled; holdout usable ${summary.holdout_usable_share ?? "—"}, discard ${summary.holdout_discard_share ?? "—"}`,
  );
  console.log(JSON.stringify(summary));
}
