// npm run bench:content [-- --runs N] — times the content pipeline on the course in content/:
// building the course from its sources, jieba alone segmenting the same text (cut over every
// passage), and generating the question bank. Prints each run and the medians; the last line
// is one JSON object for comparing runs (docs/BENCHMARKS.md).
import fs from "node:fs";
import path from "node:path";
import { buildCourse, parseCourseManifest, type BuiltCourse, type Section } from "@/lib/content";
import { cutWords } from "@/lib/content/knowledge/jieba";
import { generateQuestionBank } from "@/lib/questions";
import { parseOptions } from "./bank-cli-options";

const options = parseOptions("npm run bench:content [-- --runs N]", { runs: { type: "string", default: "5" } });
const runs = Math.max(1, Number(options.runs) || 5);
const folder = path.resolve("content");
const manifest = parseCourseManifest(JSON.parse(fs.readFileSync(path.join(folder, "course.json"), "utf8")));
const documents = manifest.documents.map((entry) => ({ path: entry.path, bytes: new Uint8Array(fs.readFileSync(path.join(folder, entry.path))) }));

interface Run {
  build_ms: number;
  jieba_ms: number;
  generate_ms: number;
  questions: number;
}

async function measure(): Promise<Run> {
  let started = performance.now();
  const course = await buildCourse(manifest, documents);
  const build = performance.now() - started;
  const texts = passageTexts(course);
  started = performance.now();
  for (const text of texts) cutWords(text);
  const jieba = performance.now() - started;
  started = performance.now();
  const bank = generateQuestionBank(course);
  const generate = performance.now() - started;
  return { build_ms: build, jieba_ms: jieba, generate_ms: generate, questions: bank.accepted.length };
}

function passageTexts(course: BuiltCourse): string[] {
  const visit = (section: Section): string[] => [...section.passages.map((passage) => passage.text), ...section.sections.flatMap(visit)];
  return course.modules.flatMap((module) => module.sections.flatMap(visit));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const format = (run: Run) => `build ${run.build_ms.toFixed(0)} ms, jieba ${run.jieba_ms.toFixed(0)} ms, generate ${run.generate_ms.toFixed(0)} ms, ${run.questions} questions`;

const cold = await measure();
const bytes = documents.reduce((sum, document) => sum + document.bytes.byteLength, 0);
console.log(`▸ ${documents.length} sources (${(bytes / 1024).toFixed(0)} KiB), ${runs} runs after one warm-up run`);
console.log(`  warm-up (loads the jieba dictionary): ${format(cold)}`);
const results: Run[] = [];
for (let index = 0; index < runs; index++) {
  results.push(await measure());
  console.log(`  run ${index + 1}: ${format(results.at(-1)!)}`);
}
const summary: Run = {
  build_ms: Math.round(median(results.map((run) => run.build_ms))),
  jieba_ms: Math.round(median(results.map((run) => run.jieba_ms))),
  generate_ms: Math.round(median(results.map((run) => run.generate_ms))),
  questions: results[0]!.questions,
};
console.log(`  median: ${format(summary)}`);
console.log(JSON.stringify(summary));
