// Sandbox benchmark: `npm run bench:sandbox`
// (node --no-node-snapshot --import tsx scripts/bench-sandbox.ts).
// Latency of graded runs through the real pool, throughput at several
// concurrencies, and the overhead of all of it against a bare isolated-vm
// isolate running the same function in this process. Targets (not asserted):
// 20-test p50 ≤ 15 ms, p99 ≤ 60 ms, ≥ 150 runs/s at concurrency 16 on 2 cores,
// overhead ratio ≤ 3.

import os from "node:os";
import ivm from "isolated-vm";
import { createSandboxPool, type RunRequest } from "../sandbox/index";
import { bootFromSnapshot, makeSnapshot, type BootPhases } from "../sandbox/runners/python-boot";

const PY_SOURCE = `def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        j = seen.get(target - x)
        if j is not None:
            return [j, i]
        seen[x] = i
    return []
`;
const pyRequest = (): RunRequest => ({ language: "python", source: PY_SOURCE, entry: "two_sum", mode: "submit", tests: makeTests(20) });

const JS_SOURCE = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}`;

const TS_SOURCE = `type Pair = [number, number];
export function twoSum(nums: number[], target: number): Pair | [] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}`;

function makeTests(count: number): RunRequest["tests"] {
  return Array.from({ length: count }, (_, k) => {
    // Powers of two: every pair has its own sum, so the answer is unique.
    const nums = Array.from({ length: 20 }, (_, i) => 2 ** i + (k % 2));
    return { id: `t${k}`, args: [nums, nums[4] + nums[17]], expected: [4, 17] };
  });
}

const request = (language: "js" | "ts", tests: number): RunRequest => ({
  language,
  source: language === "js" ? JS_SOURCE : TS_SOURCE,
  entry: "twoSum",
  mode: "submit",
  tests: makeTests(tests),
});

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const fmt = (ms: number) => ms.toFixed(2);

const pool = createSandboxPool();
const started = performance.now();

async function waitReady(): Promise<void> {
  while (pool.stats().ready < pool.stats().workers) await new Promise((r) => setTimeout(r, 20));
}

async function latency(label: string, req: RunRequest, runs: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = await pool.run(req);
    times.push(performance.now() - t);
    if (result.verdict !== "Accepted") throw new Error(`${label}: expected Accepted, got ${JSON.stringify(result)}`);
  }
  times.sort((a, b) => a - b);
  const p50 = quantile(times, 0.5);
  const p99 = quantile(times, 0.99);
  console.log(`latency  ${label.padEnd(28)} p50=${fmt(p50)} ms  p99=${fmt(p99)} ms  (n=${runs})`);
  return { p50, p99 };
}

async function throughput(concurrency: number, durationMs: number): Promise<number> {
  const req = request("js", 20);
  let done = 0;
  const until = performance.now() + durationMs;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const result = await pool.run(req);
        if (result.verdict !== "Accepted") throw new Error(`throughput: got ${result.verdict}`);
        done++;
      }
    }),
  );
  const perSecond = done / ((performance.now() - t) / 1000);
  console.log(`throughput concurrency=${String(concurrency).padEnd(3)} ${perSecond.toFixed(1)} graded runs/s (20 tests each)`);
  return perSecond;
}

/** The floor: one bare isolate, the same function and 20 calls, no harness, no process hop, no grading. */
function bareIsolate(runs: number): number {
  const tests = makeTests(20);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const isolate = new ivm.Isolate({ memoryLimit: 128 });
    try {
      const context = isolate.createContextSync();
      isolate.compileScriptSync(JS_SOURCE).runSync(context, { timeout: 1_000 });
      const fn = context.evalSync("twoSum", { reference: true }) as ivm.Reference<(...a: unknown[]) => unknown>;
      for (const test of tests) {
        fn.applySync(undefined, test.args, { arguments: { copy: true }, result: { copy: true }, timeout: 1_000 });
      }
    } finally {
      isolate.dispose();
    }
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = quantile(times, 0.5);
  console.log(`baseline bare isolate, same function, 20 calls p50=${fmt(p50)} ms  (n=${runs}, in-process)`);
  return p50;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const onCatastrophic = (m: string) => { throw new Error(m); };

/** Python: cold boot and snapshot boot in this process, then graded runs through the pool. */
async function python(): Promise<{ p50: number; p99: number; boot: number; perSecond: number }> {
  let t = performance.now();
  const snapshot = await makeSnapshot(onCatastrophic);
  const cold = performance.now() - t;
  const copy = new ivm.ExternalCopy(snapshot);
  const boots: number[] = [];
  const rssBefore = process.memoryUsage().rss;
  const held = [];
  const phases: BootPhases[] = [];
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    const p: BootPhases = {};
    held.push(await bootFromSnapshot(copy, onCatastrophic, p));
    boots.push(performance.now() - t);
    phases.push(p);
  }
  const perIsolateMb = (process.memoryUsage().rss - rssBefore) / held.length / 2 ** 20;
  for (const box of held) box.isolate.dispose();
  boots.sort((a, b) => a - b);
  const boot = quantile(boots, 0.5);
  console.log(`python   cold boot + snapshot ${fmt(cold)} ms; snapshot ${(snapshot.byteLength / 2 ** 20).toFixed(1)} MB; boot from snapshot p50=${fmt(boot)} ms (n=10)`);
  console.log(`python   resident memory per pooled isolate ≈ ${perIsolateMb.toFixed(1)} MB (RSS delta over 10 held isolates)`);
  const breakdown = Object.keys(phases[0]).map((name) => `${name} ${fmt(quantile(phases.map((p) => p[name]).sort((a, b) => a - b), 0.5))}`);
  console.log(`python   fresh boot per phase, p50 ms: ${breakdown.join("; ")}`);
  // Interpreters are never reused (sandbox/README.md, "Why Python interpreters are not reused"): no reset phase to time.
  console.log("python   reset: none (one fresh interpreter per run; reuse is off until candidate Python cannot reach JavaScript)");

  // Back to back: the same question 10 times in a row with no pause, as one
  // candidate pressing Run repeatedly; the spare interpreters run out and
  // each run then waits for a boot.
  await sleep(Math.ceil(boot * 4));
  const row: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const result = await pool.run(pyRequest());
    row.push(performance.now() - t0);
    if (result.verdict !== "Accepted") throw new Error(`python back-to-back: got ${result.verdict}`);
  }
  const rowSorted = [...row].sort((a, b) => a - b);
  console.log(`python   back-to-back 10 runs, ms: ${row.map((x) => x.toFixed(0)).join(" ")} (p50=${fmt(quantile(rowSorted, 0.5))})`);

  // Warm pool: each run is given time for its worker to refill before the next one.
  for (let i = 0; i < 6; i++) await pool.run(pyRequest());
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    await sleep(Math.ceil(boot * 1.5));
    const t0 = performance.now();
    const result = await pool.run(pyRequest());
    times.push(performance.now() - t0);
    if (result.verdict !== "Accepted") throw new Error(`python: expected Accepted, got ${JSON.stringify(result).slice(0, 500)}`);
  }
  times.sort((a, b) => a - b);
  const p50 = quantile(times, 0.5);
  const p99 = quantile(times, 0.99);
  console.log(`latency  ${"python, 20 tests, warm pool".padEnd(28)} p50=${fmt(p50)} ms  p99=${fmt(p99)} ms  (n=${times.length})`);

  let done = 0;
  const until = performance.now() + 6_000;
  t = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < until) {
        const result = await pool.run({ ...pyRequest(), limits: { wallMs: 60_000 } });
        if (result.verdict !== "Accepted") throw new Error(`python throughput: got ${result.verdict}`);
        done++;
      }
    }),
  );
  const perSecond = done / ((performance.now() - t) / 1000);
  console.log(`throughput python concurrency=16 ${perSecond.toFixed(1)} graded runs/s (20 tests each, one fresh interpreter per run)`);
  return { p50, p99, boot, perSecond };
}

try {
  await waitReady();
  console.log(`sandbox bench: ${pool.stats().workers} workers on ${os.availableParallelism()} cores, node ${process.version}`);
  for (let i = 0; i < 30; i++) await pool.run(request("ts", 20)); // warm both workers and the transpiler

  await latency("js, trivial, 1 test", request("js", 1), 300);
  const twenty = await latency("js, 20 tests", request("js", 20), 400);
  await latency("ts, 20 tests", request("ts", 20), 300);

  await throughput(1, 2_500);
  await throughput(2, 2_500);
  const at16 = await throughput(16, 4_000);

  const py = await python();
  const bare = bareIsolate(300);
  const ratio = twenty.p50 / bare;
  console.log(`overhead graded 20-test run / bare isolate = ${ratio.toFixed(2)}`);
  console.log(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s; pool stats ${JSON.stringify({ ...pool.stats(), pids: undefined })}`);
  console.log(`python: p50_ms=${fmt(py.p50)} p99_ms=${fmt(py.p99)} boot_ms=${fmt(py.boot)} throughput_per_s=${py.perSecond.toFixed(1)}`);
  console.log(
    `sandbox: p50_ms=${fmt(twenty.p50)} p99_ms=${fmt(twenty.p99)} throughput_per_s=${at16.toFixed(1)} overhead_ratio=${ratio.toFixed(2)}`,
  );
} finally {
  await pool.close();
}
// The in-process Python measurements leave isolated-vm handles that keep Node's event
// loop alive; every figure is printed by now, so end the process.
process.exit(0);
