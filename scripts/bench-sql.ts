// SQL and stateful-test benchmark: `npm run bench:sql`
// (node --no-node-snapshot --import tsx scripts/bench-sql.ts).
// Latency of graded runs through the real pool (one worker): a real bank SQL
// question submitted against its hidden datasets (fresh isolate per run, a
// fresh database per dataset), and a stateful JavaScript question (LRU cache)
// against its hidden call sequences. Sequential runs; figures, not assertions.

import { loadBank } from "../questions/loader";
import { buildRunRequest } from "../questions/run-request";
import type { CodingQuestion, SqlQuestion } from "../questions/schema";
import { createSandboxPool, type RunRequest } from "../sandbox/index";
import fs from "node:fs";

const RUNS = Number(process.env.BENCH_RUNS ?? 60);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(label: string, run: () => Promise<{ verdict: string }>) {
  for (let i = 0; i < 5; i++) await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await run();
    times.push(performance.now() - t0);
    if (r.verdict !== "Accepted") throw new Error(`${label}: ${r.verdict}`);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms (${RUNS} runs)`);
  return { p50: pct(times, 50), p99: pct(times, 99) };
}

const bank = await loadBank("questions");
const sqlQ = bank.questions.find((q) => q.id === "sql-spend-per-customer-with-nulls") as SqlQuestion;
const lru = bank.questions.find((q) => q.id === "lru-cache") as CodingQuestion;
const lruJs = fs.readFileSync("questions/coding/stateful/lru-cache/solutions/reference.js", "utf8");
const pool = createSandboxPool({ workers: 1 });
try {
  const sqlReq: RunRequest = buildRunRequest(sqlQ, "sql", sqlQ.solutions.reference, "submit");
  const lruReq: RunRequest = buildRunRequest(lru, "js", lruJs, "submit");
  const sql = await measure(`sql submit (${sqlReq.tests.length} datasets)`, () => pool.run(sqlReq));
  const seq = await measure(`stateful js submit (${lruReq.tests.length} sequences)`, () => pool.run(lruReq));
  console.log(`sql: p50_ms=${sql.p50.toFixed(1)} p99_ms=${sql.p99.toFixed(1)} stateful_p50_ms=${seq.p50.toFixed(1)} stateful_p99_ms=${seq.p99.toFixed(1)}`);
} finally {
  await pool.close();
}
