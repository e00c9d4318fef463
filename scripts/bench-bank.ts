// npm run bench:bank [-- --questions N --rounds N] — times the 题库 search over a large bank on
// PostgreSQL. In a throwaway database on the server DATABASE_URL names (default: the local
// server), it loads the course in content/ (its modules, passages and generated questions),
// fills the bank up to N questions (default 100,000) in one INSERT … SELECT whose stems recombine
// the generated stems with sentences of the course text, then calls the bank page's own
// searchBankQuestions (the page's rows and its per-status counts) with a mix of filters and
// search terms, on the first page and on a deep page. The database is dropped at the end.
// The last line is one JSON object (docs/BENCHMARKS.md).
import type { Actor } from "@/lib/auth/roles";
import type { BankFilter } from "@/lib/validation/question";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { parseOptions } from "./bank-cli-options";
import { quantile, round1, withBenchDatabase } from "./bench-database";
import { seedLargeBank } from "./bench-bank-seed";
import { runCli } from "./run-cli";

const options = parseOptions("npm run bench:bank [-- --questions N --rounds N]", {
  questions: { type: "string", default: "100000" },
  rounds: { type: "string", default: "10" },
});
const target = Math.max(1000, Number(options.questions) || 100_000);
const rounds = Math.max(1, Number(options.rounds) || 10);

// Common and rare words of the course: phrases of three to six characters, two-character words (too short
// for trigrams: the bigram index serves them), a Latin word and terms that match nothing.
const TERMS = ["社会主义", "中国共产党", "人民", "理论", "脱贫", "党的领导", "全面从严治党", "实事求是", "群众路线", "新时代", "党员", "马克思主义", "不存在的检索词语", "GDP"];

const admin: Actor = { id: "bench-admin", name: "bench", email: "bench@dangke.local", role: "ADMIN" };

interface Scenario {
  label: string;
  filter: BankFilter;
  after?: string;
}

runCli(async () => {
  await withBenchDatabase("bench_bank", async (bench) => {
    const { db } = bench;
    const { courseId, questions } = await seedLargeBank(bench, target);

    const modules = await db.module.findMany({ where: { courseId }, select: { id: true }, orderBy: { position: "asc" } });
    const scenarios: Scenario[] = [
      { label: "whole bank", filter: { flagged: false, q: undefined } },
      { label: "course, active, single choice", filter: { courseId, status: "ACTIVE", type: "SINGLE_CHOICE", flagged: false, q: undefined } },
      { label: "module, difficulty 0.3–0.7", filter: { moduleId: modules[1]?.id, difficultyMin: 0.3, difficultyMax: 0.7, flagged: false, q: undefined } },
      { label: "flagged", filter: { flagged: true, q: undefined } },
      ...TERMS.map((q) => ({ label: `q=${q}`, filter: { q, flagged: false } })),
      ...TERMS.slice(0, 4).map((q) => ({ label: `q=${q}, active, module`, filter: { q, status: "ACTIVE" as const, moduleId: modules[0]?.id, flagged: false } })),
    ];
    // A deep page of each: the cursor the pager would hold after about 40 pages (or the middle).
    for (const scenario of [...scenarios]) {
      const deep = await deepCursor(scenario.filter);
      if (deep) scenarios.push({ ...scenario, label: `${scenario.label}, deep page`, after: deep });
    }

    async function deepCursor(filter: BankFilter): Promise<string | null> {
      let page = await searchBankQuestions(db, { actor: admin, filter, pageSize: 1000 });
      for (let hops = 1; hops < 2 && page.nextCursor; hops += 1) page = await searchBankQuestions(db, { actor: admin, filter, after: page.nextCursor, pageSize: 1000 });
      return page.rows.at(Math.floor(page.rows.length / 2))?.id ?? null;
    }

    const run = async (scenario: Scenario) => {
      const begin = performance.now();
      const page = await searchBankQuestions(db, { actor: admin, filter: scenario.filter, after: scenario.after });
      return { ms: performance.now() - begin, total: page.total, rows: page.rows.length };
    };
    for (const scenario of scenarios) await run(scenario); // warm-up
    const byScenario = new Map<string, number[]>();
    const all: number[] = [];
    const totals = new Map<string, number>();
    for (let round = 0; round < rounds; round += 1) {
      for (const scenario of scenarios) {
        const { ms, total } = await run(scenario);
        all.push(ms);
        totals.set(scenario.label, total);
        byScenario.set(scenario.label, [...(byScenario.get(scenario.label) ?? []), ms]);
      }
    }
    console.log(`▸ ${scenarios.length} searches × ${rounds} rounds (after one warm-up round); each is one bank page: 50 rows + counts per status`);
    for (const [label, times] of byScenario) {
      console.log(`  ${label.padEnd(40)} ${String(totals.get(label)).padStart(6)} matches   p50 ${quantile(times, 0.5).toFixed(1)} ms   max ${Math.max(...times).toFixed(1)} ms`);
    }
    const summary = { search_p95_ms: round1(quantile(all, 0.95)), search_p50_ms: round1(quantile(all, 0.5)), questions };
    console.log(`  all: p50 ${summary.search_p50_ms} ms, p95 ${summary.search_p95_ms} ms over ${all.length} searches`);
    return summary;
  }).then((summary) => console.log(JSON.stringify(summary)));
});
