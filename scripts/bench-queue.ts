// Verdict latency, inline vs queue: `npm run bench:queue`
// (node --no-node-snapshot --import tsx scripts/bench-queue.ts).
// The same Submit path (answers.server submitCode: answer upsert, CodeSubmission row,
// sandbox, verdict and score in one transaction) with the code run in this process's
// pool (SANDBOX_MODE=inline) or by runner processes on the graphile-worker queue
// (SANDBOX_MODE=queue; this process only enqueues and waits for the NOTIFY). A fresh
// SQLite file shared by this process and the runners; the queue in a scratch PostgreSQL
// database (or QUEUE_DATABASE_URL). Figures, not assertions.
//
// BENCH_DATABASE=postgresql puts the app's data in a scratch PostgreSQL database too, the
// queue beside it in the same database (as DATABASE_URL=postgres://… does in production).
// BENCH_N submissions per phase (default 100); BENCH_BURST concurrent ones in the burst
// phase (default 16, the inline pool's queue limit for 2 workers); BENCH_RUNNERS runner processes (default 2) with BENCH_WORKERS
// sandbox workers in all (default 2, split between the runners; inline uses them all).
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createMigratedDatabase, dropDatabase, randomDatabaseName } from "../test/support/test-database";
import { scratchDatabase } from "./support/postgres";

const N = Number(process.env.BENCH_N ?? 100);
// at most 8 per sandbox worker: beyond that the inline pool answers "busy" (503)
const BURST = Number(process.env.BENCH_BURST ?? 16);
const RUNNERS = Number(process.env.BENCH_RUNNERS ?? 2);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);

const onPostgres = process.env.BENCH_DATABASE === "postgresql";
const dbFile = path.join(os.tmpdir(), `loopwright-bench-queue-${crypto.randomUUID()}.db`);
const appDatabase = onPostgres ? randomDatabaseName("bench_app") : undefined;
// before the app's modules load: the Prisma client reads it once
if (appDatabase) {
  process.env.DATABASE_URL = await createMigratedDatabase(appDatabase);
} else {
  const sqlite = new Database(dbFile);
  const migrations = path.resolve("prisma/migrations");
  for (const name of fs.readdirSync(migrations).filter((n) => fs.statSync(path.join(migrations, n)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  process.env.DATABASE_URL = `file:${dbFile}`;
}

const { prisma } = await import("../app/db.server");
const { syncBank } = await import("../app/bank/sync.server");
const { submitCode } = await import("../app/rounds/answers.server");
const { questionFromVersion } = await import("../app/rounds/content.server");
const { createQueueExecutor } = await import("../app/runners/queue-executor.server");
const { createSandboxPool } = await import("../sandbox/index");
type Executor = import("../app/runners/executor.server").CodeExecutor;

const { loadBank } = await import("../questions/loader");

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sync = await syncBank("questions");
if (!sync.ok) throw new Error(sync.problems.join("\n"));
// the stored versions carry no solutions: the reference comes from the bank's files
const bank = await loadBank("questions");
const versions = await prisma.questionVersion.findMany({ where: { kind: "coding", currentOf: { isNot: null } } });
const version = versions.find((v) => {
  const q = questionFromVersion(v);
  return q.kind === "coding" && q.languages.includes("js") && q.hidden.every((t) => !t.calls);
})!;
const source = bank.questions.find((q) => q.id === version.questionId);
if (source?.kind !== "coding" || !source.solutions.js) throw new Error(`${version.questionId}: no JavaScript reference`);
const reference = source.solutions.js.reference;

const ownQueue = process.env.QUEUE_DATABASE_URL || appDatabase ? undefined : await scratchDatabase("bench_queue");
const queueUrl = process.env.QUEUE_DATABASE_URL || (appDatabase ? process.env.DATABASE_URL! : ownQueue!.url);
const children: ChildProcess[] = [];

let users = 0;
/** Submissions of one phase: a round per 20 (the per-person rate limit is 30 runs a minute). */
async function slots(count: number) {
  const out: { userId: string; roundId: string; rqId: string }[] = [];
  for (let i = 0; i < count; i += 20) {
    const user = await prisma.user.create({ data: { email: `bench${users++}@example.com`, name: "Bench", passwordHash: "-" } });
    const round = await prisma.round.create({
      data: {
        userId: user.id,
        track: "mid",
        stage: version.stage,
        gradingMode: "immediate",
        deadlineAt: new Date(Date.now() + 60 * 60_000),
        questions: { create: [{ questionVersionId: version.id, position: 1 }] },
      },
      include: { questions: true },
    });
    for (let j = 0; j < 20 && i + j < count; j++) out.push({ userId: user.id, roundId: round.id, rqId: round.questions[0].id });
  }
  return out;
}

let seq = 0;
async function phase(executor: Executor, count: number, concurrency: number): Promise<number[]> {
  const todo = await slots(count);
  const times: number[] = [];
  let next = 0;
  async function lane() {
    while (next < todo.length) {
      const s = todo[next++];
      // a new comment each time: resubmitting the same code returns the stored verdict
      const code = `${reference}\n// ${seq++}\n`;
      const t0 = performance.now();
      const shown = await submitCode(executor, s.userId, s.roundId, s.rqId, { language: "js", code });
      times.push(performance.now() - t0);
      if (shown.verdict !== "Accepted") throw new Error(`reference solution: ${shown.verdict}`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return times.sort((a, b) => a - b);
}

function startRunner(workers: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--no-node-snapshot", "--import", "tsx", "scripts/runner.ts"], {
    env: { ...process.env, QUEUE_DATABASE_URL: queueUrl, SANDBOX_WORKERS: String(workers) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("is taking code runs")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`runner exited (${code})`)));
  });
}

const line = (label: string, t: number[]) => `${label} p50 ${pct(t, 50).toFixed(1)} ms, p99 ${pct(t, 99).toFixed(1)} ms`;
const results: Record<string, number[]> = {};
try {
  const pool = createSandboxPool({ workers: WORKERS });
  await phase(pool, 10, 1); // warm-up
  results.inlineSeq = await phase(pool, N, 1);
  results.inlineBurst = await phase(pool, N, BURST);
  await pool.close();
  console.log(line(`inline, one at a time (${N}):`, results.inlineSeq));
  console.log(line(`inline, ${BURST} at once (${N}):`, results.inlineBurst));

  const executor = await createQueueExecutor({ connectionString: queueUrl, waitMs: 120_000, pollMs: 1_000 });
  for (let r = 0; r < RUNNERS; r++) await startRunner(Math.max(1, Math.round(WORKERS / RUNNERS)));
  await phase(executor, 10, 1);
  results.queueSeq = await phase(executor, N, 1);
  results.queueBurst = await phase(executor, N, BURST);
  await executor.close();
  console.log(line(`queue (${RUNNERS} runners), one at a time (${N}):`, results.queueSeq));
  console.log(line(`queue (${RUNNERS} runners), ${BURST} at once (${N}):`, results.queueBurst));

  const f = (t: number[], p: number) => pct(t, p).toFixed(1);
  console.log(
    `queue-bench: db=${onPostgres ? "postgresql" : "sqlite"} n=${N} burst=${BURST} runners=${RUNNERS} workers=${WORKERS} ` +
      `inline_p50_ms=${f(results.inlineSeq, 50)} inline_p99_ms=${f(results.inlineSeq, 99)} ` +
      `queue_p50_ms=${f(results.queueSeq, 50)} queue_p99_ms=${f(results.queueSeq, 99)} ` +
      `inline_burst_p50_ms=${f(results.inlineBurst, 50)} inline_burst_p99_ms=${f(results.inlineBurst, 99)} ` +
      `queue_burst_p50_ms=${f(results.queueBurst, 50)} queue_burst_p99_ms=${f(results.queueBurst, 99)} ` +
      `ratio_p50=${(pct(results.queueSeq, 50) / pct(results.inlineSeq, 50)).toFixed(2)} ` +
      `ratio_burst_p50=${(pct(results.queueBurst, 50) / pct(results.inlineBurst, 50)).toFixed(2)}`,
  );
} finally {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once("exit", resolve)))));
  await prisma.$disconnect();
  await ownQueue?.drop();
  if (appDatabase) await dropDatabase(appDatabase);
  fs.rmSync(dbFile, { force: true });
}
process.exit(0);
