// npm run bench:search [-- --questions N --rounds N] — times the 题库 search for queries of two
// words separated by a space (群众 路线), which the search cuts into words and ANDs
// (lib/search/search-words.ts). In a throwaway database on the PostgreSQL server DATABASE_URL
// names (default: the local server) it fills the bank to N questions (default 100,000) as
// bench:bank does, then calls the bank page's own searchBankQuestions (50 rows and the counts per
// status) for each query, first page only, in rounds after one warm-up round. It also prints how
// many questions the same words find unspaced (the same, unless jieba keeps the joined words as
// one dictionary word, like 党的领导). The database is dropped at the end. The last line is one JSON object (docs/BENCHMARKS.md).
import type { Actor } from "@/lib/auth/roles";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { bankFilterSchema } from "@/lib/validation/question";
import { parseOptions } from "./bank-cli-options";
import { seedLargeBank } from "./bench-bank-seed";
import { quantile, round1, withBenchDatabase } from "./bench-database";
import { runCli } from "./run-cli";

const options = parseOptions("npm run bench:search [-- --questions N --rounds N]", {
  questions: { type: "string", default: "100000" },
  rounds: { type: "string", default: "20" },
});
const target = Math.max(1000, Number(options.questions) || 100_000);
const rounds = Math.max(1, Number(options.rounds) || 20);

// Two words each: common pairs (党的 领导 and 人民 群众 match thousands of stems), words of
// two, three and more characters, and pairs that match nothing or where one word is rare.
const QUERIES = ["群众 路线", "党的 领导", "人民 群众", "社会主义 道路", "党员 干部", "理论 实践", "从严 治党", "中国共产党 人民", "马克思主义 中国化", "脱贫 攻坚", "群众 不存在的词", "检索 词语"];

const admin: Actor = { id: "bench-admin", name: "bench", email: "bench@dangke.local", role: "ADMIN" };

runCli(async () => {
  await withBenchDatabase("bench_search", async (bench) => {
    const { questions } = await seedLargeBank(bench, target);
    const search = async (q: string) => {
      const begin = performance.now();
      const page = await searchBankQuestions(bench.db, { actor: admin, filter: bankFilterSchema.parse({ q }) });
      return { ms: performance.now() - begin, total: page.total };
    };
    const totals = new Map<string, string>();
    for (const q of QUERIES) {
      const spaced = await search(q);
      const unspaced = await search(q.replace(/\s+/g, ""));
      totals.set(q, `${String(spaced.total).padStart(6)} matches (unspaced: ${spaced.total === unspaced.total ? "same" : unspaced.total})`);
    }
    const byQuery = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
    const all: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const q of QUERIES) {
        const { ms } = await search(q);
        byQuery.get(q)!.push(ms);
        all.push(ms);
      }
    }
    console.log(`▸ ${QUERIES.length} spaced two-word searches × ${rounds} rounds (after one warm-up round); each is one bank page: 50 rows + counts per status`);
    for (const [q, times] of byQuery) {
      console.log(`  ${q.padEnd(16)} ${totals.get(q)!.padEnd(34)} p50 ${quantile(times, 0.5).toFixed(1)} ms   max ${Math.max(...times).toFixed(1)} ms`);
    }
    const summary = { spaced_search_p95_ms: round1(quantile(all, 0.95)), spaced_search_p50_ms: round1(quantile(all, 0.5)), searches: all.length, questions };
    console.log(`  all: p50 ${summary.spaced_search_p50_ms} ms, p95 ${summary.spaced_search_p95_ms} ms over ${all.length} searches`);
    return summary;
  }).then((summary) => console.log(JSON.stringify(summary)));
});
