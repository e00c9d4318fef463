// npm run bench:upload [-- --runs N --copies N] — times an instructor's upload of one document
// as the services do it, on a throwaway in-memory PGlite database: uploadDocument, getUploadPreview,
// publishUpload (which also generates the document's questions). The document is the longest
// source of content/ repeated `copies` times as chapters (8: about 600 KB of text, the file of the
// upload tests). Also the CPU time of the whole process over the three steps (parse workers are
// threads of it). Prints each run and the medians; the last line is one JSON object for comparing
// runs (docs/BENCHMARKS.md).
import fs from "node:fs";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { createPrismaClient } from "@/lib/db/prisma";
import { getUploadPreview } from "@/lib/server/uploads/get-upload-preview";
import { publishUpload } from "@/lib/server/uploads/publish-upload";
import { uploadDocument } from "@/lib/server/uploads/upload-document";
import { parseOptions } from "./bank-cli-options";

const options = parseOptions("npm run bench:upload [-- --runs N --copies N]", { runs: { type: "string", default: "3" }, copies: { type: "string", default: "8" } });
const runs = Math.max(1, Number(options.runs) || 3);
const copies = Math.max(1, Number(options.copies) || 8);
const source = fs.readFileSync("content/sources/004_3f17b374d5719947.txt", "utf8");
const bytes = new TextEncoder().encode(Array.from({ length: copies }, (_, index) => `第${index + 1}章 学习材料\n${source}`).join("\n"));

interface Run {
  upload_ms: number;
  preview_ms: number;
  publish_ms: number;
  cpu_ms: number;
}

const database = await openDatabase({ kind: "pglite", dataDir: "memory://" });
await applyMigrations(database.adapter);
const db = createPrismaClient(database);
const instructor = await db.user.create({ data: { email: "bench@dangke.local", name: "基准", role: "INSTRUCTOR", passwordHash: "-" }, select: { id: true, name: true, email: true, role: true } });

async function measure(index: number): Promise<Run> {
  // A course of its own each run: the same file in another course is another upload.
  const courseId = `crs_bench_${index}`;
  await db.course.create({ data: { id: courseId, slug: courseId, title: "基准课程" } });
  const cpu = process.cpuUsage();
  let started = performance.now();
  const { documentId } = await uploadDocument(db, instructor, { courseId, fileName: "长文.txt", bytes });
  const upload = performance.now() - started;
  started = performance.now();
  const preview = await getUploadPreview(db, instructor, documentId);
  const previewMs = performance.now() - started;
  started = performance.now();
  const published = await publishUpload(db, instructor, documentId);
  const publish = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (!preview || !published) throw new Error("the upload was not previewed or published");
  return { upload_ms: upload, preview_ms: previewMs, publish_ms: publish, cpu_ms: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const format = (run: Run) => `upload ${run.upload_ms.toFixed(0)} ms, preview ${run.preview_ms.toFixed(0)} ms, publish ${run.publish_ms.toFixed(0)} ms, CPU ${run.cpu_ms.toFixed(0)} ms`;

try {
  console.log(`${(bytes.byteLength / 1024).toFixed(0)} KB of text; warm-up run`);
  await measure(0);
  const results: Run[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await measure(run);
    results.push(result);
    console.log(`  run ${run}: ${format(result)}`);
  }
  const summary: Run = {
    upload_ms: Math.round(median(results.map((run) => run.upload_ms))),
    preview_ms: Math.round(median(results.map((run) => run.preview_ms))),
    publish_ms: Math.round(median(results.map((run) => run.publish_ms))),
    cpu_ms: Math.round(median(results.map((run) => run.cpu_ms))),
  };
  console.log(`  median: ${format(summary)}`);
  console.log(JSON.stringify(summary));
} finally {
  await db.$disconnect();
  await database.close();
}
