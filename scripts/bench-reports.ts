import fs from "node:fs";
import path from "node:path";
import { redactUrl } from "@/lib/db/config";
import { openDatabase } from "@/lib/db/open-database";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { getReportsOverview } from "@/lib/server/reports/get-reports-overview";
import { getMasteryHeatmap } from "@/lib/server/reports/get-mastery-heatmap";
import { listAtRiskLearners } from "@/lib/server/reports/list-at-risk-learners";
import { reportsBenchUrl } from "./bench-reports-database";

/**
 * npm run bench:reports [-- --runs N] — times the administrator's reports on the database
 * `npm run bench:seed` filled: the overview, the classes × modules heatmap, the at-risk list and
 * one assignment's item analysis. Prints the median of N timed runs after one warm-up.
 */
type ItemAnalysis = (db: Db, actor: Actor, options: { assignmentId: string }) => Promise<unknown>;

async function loadItemAnalysis(): Promise<ItemAnalysis | null> {
  const file = path.resolve("lib/server/results/get-item-analysis.ts");
  if (!fs.existsSync(file)) return null;
  const module = (await import("@/lib/server/results/get-item-analysis")) as { getItemAnalysis?: ItemAnalysis };
  return module.getItemAnalysis ?? null;
}

async function median(label: string, runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = times[Math.floor(times.length / 2)]!;
  console.log(`  ${label}: median ${Math.round(middle)} ms (runs: ${times.map((time) => Math.round(time)).join(", ")})`);
  return Math.round(middle);
}

async function main() {
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
  const url = reportsBenchUrl();
  console.log(`▸ Reports bench on ${redactUrl(url)} (${runs} runs each, after one warm-up)`);
  const database = await openDatabase({ kind: "postgres", url });
  const db = createPrismaClient(database);
  try {
    const admin = await db.user.findUnique({ where: { id: "bench_admin" }, select: { id: true, name: true, email: true, role: true } });
    if (!admin) throw new Error("No bench data: run `npm run bench:seed` first");
    const [responses, reviewLogs, learners] = await Promise.all([db.response.count(), db.reviewLog.count(), db.user.count({ where: { role: "LEARNER" } })]);
    console.log(`  data: ${learners} learners, ${responses} responses, ${reviewLogs} review logs`);
    // The most answered closed assignment.
    const assignment = await db.assignment.findFirstOrThrow({ where: { id: "bench_a30" }, select: { id: true } });
    const overview = await median("overview", runs, () => getReportsOverview(db, { actor: admin }));
    const heatmap = await median("heatmap (200 classes × 20 modules)", runs, () => getMasteryHeatmap(db, { actor: admin }));
    const atRisk = await median("at-risk learners", runs, () => listAtRiskLearners(db, { actor: admin }));
    const itemAnalysis = await loadItemAnalysis();
    const item = itemAnalysis ? await median(`item analysis (${assignment.id})`, runs, () => itemAnalysis(db, admin, { assignmentId: assignment.id })) : null;
    if (!itemAnalysis) console.log("  item analysis: lib/server/results/get-item-analysis.ts not found, reported as null");
    console.log(JSON.stringify({ overview_ms: overview, heatmap_ms: heatmap, at_risk_ms: atRisk, item_analysis_ms: item }));
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
