// npm run bench:content-scale [-- --sizes 1000,2000,4000,8000 --generate yes --shape real|list] — times building one
// long uploaded document (and generating its question bank) at several sizes, to show how the
// content pipeline grows with the number of lines (issue #15: a ~10k-line upload must build well
// inside the upload worker's limit). The document (--shape real) is made of the lines of the non-holdout
// Markdown documents of the quality set, in order, repeated until it has the wanted number of lines;
// --shape list makes it a 应知应会-style list of distinct one-sentence lines instead. Prints
// each size and the ratios between the largest and the second smallest size; the last line is one
// JSON object for comparing runs (docs/BENCHMARKS.md).
import fs from "node:fs";
import path from "node:path";
import { buildCourse, parseCourseManifest } from "@/lib/content";
import { generateQuestionBank } from "@/lib/questions";
import { parseOptions } from "./bank-cli-options";

const options = parseOptions("npm run bench:content-scale [-- --sizes 1000,2000,4000,8000 --generate yes|no --shape real|list]", {
  shape: { type: "string", default: "real" },
  sizes: { type: "string", default: "1000,2000,4000,8000" },
  generate: { type: "string", default: "yes" },
});
const sizes = String(options.sizes).split(",").map(Number).filter((size) => size > 0);
const generate = options.generate !== "no";

function scaleLines(): string[] {
  const quality = path.resolve("tests/fixtures/quality");
  const config = JSON.parse(fs.readFileSync(path.join(quality, "docs.json"), "utf8")) as { documents: { file?: string; holdout?: boolean }[] };
  const files = config.documents.filter((entry) => !entry.holdout && entry.file?.endsWith(".md")).map((entry) => entry.file!);
  return files.flatMap((file) => fs.readFileSync(path.resolve(file), "utf8").split("\n").map((line) => line.trim()).filter(Boolean));
}

const pool = scaleLines();
// Past the pool's end the lines come round again, each repetition under its own numbered part
// heading so that the repeated text is still a distinct part of the document.
const realDocument = (size: number) =>
  Array.from({ length: size }, (_, index) => {
    const line = pool[index % pool.length]!;
    return index % pool.length === 0 && index > 0 ? `# 第${index / pool.length + 1}部分\n${line}` : line;
  }).join("\n");

/** One short sentence a line, each distinct (its number in Chinese numerals), as a long 应知应会 list is. */
const listDocument = (size: number) => {
  const numerals = "一二三四五六七八九十";
  const actors = ["党员", "党支部", "领导干部", "党小组", "基层党组织"];
  const duties = ["坚持学习党的理论", "严守政治纪律", "密切联系群众", "落实“三会一课”制度", "开展批评和自我批评"];
  return Array.from({ length: size }, (_, index) => {
    const name = [1, 10, 100, 1000, 10000].map((unit) => numerals[Math.floor(index / unit) % 10]).join("");
    return `${actors[index % actors.length]}${name}号应当${duties[Math.floor(index / actors.length) % duties.length]}。`;
  }).join("\n");
};
const documentOf = options.shape === "list" ? listDocument : realDocument;

async function measure(size: number) {
  const text = documentOf(size);
  const manifest = parseCourseManifest({ title: "长文档", description: "长文档", documents: [{ path: "long.md", title: "长文档" }] });
  let started = performance.now();
  const course = await buildCourse(manifest, [{ path: "long.md", bytes: new TextEncoder().encode(text) }]);
  const build = performance.now() - started;
  let generateMs = 0;
  let generateCpu = 0;
  let questions = 0;
  if (generate) {
    started = performance.now();
    // The process's CPU time as well as the wall time: on a shared machine the wall time is mostly the load.
    const cpu = process.cpuUsage();
    questions = generateQuestionBank(course).accepted.length;
    const used = process.cpuUsage(cpu);
    generateMs = performance.now() - started;
    generateCpu = (used.user + used.system) / 1000;
  }
  return { lines: size, build_ms: Math.round(build), generate_ms: Math.round(generateMs), generate_cpu_ms: Math.round(generateCpu), questions };
}

await measure(Math.min(...sizes)); // warm-up: loads the jieba dictionary
const results = [];
for (const size of sizes) {
  results.push(await measure(size));
  const run = results.at(-1)!;
  console.log(`  ${run.lines} lines: build ${run.build_ms} ms, generate ${run.generate_ms} ms (CPU ${run.generate_cpu_ms} ms), ${run.questions} questions`);
}
const summary: Record<string, number> = {};
for (const run of results) {
  summary[`build_ms_${run.lines}_lines`] = run.build_ms;
  if (generate) summary[`generate_ms_${run.lines}_lines`] = run.generate_ms;
  if (generate) summary[`generate_cpu_ms_${run.lines}_lines`] = run.generate_cpu_ms;
}
const largest = results.at(-1)!;
const base = results.length > 1 ? results[Math.min(1, results.length - 2)]! : largest;
const label = (lines: number) => (lines % 1000 === 0 ? `${lines / 1000}k` : String(lines));
summary[`build_ratio_${label(largest.lines)}_over_${label(base.lines)}`] = Number((largest.build_ms / Math.max(1, base.build_ms)).toFixed(2));
if (generate) summary[`generate_ratio_${label(largest.lines)}_over_${label(base.lines)}`] = Number((largest.generate_ms / Math.max(1, base.generate_ms)).toFixed(2));
console.log(JSON.stringify(summary));
