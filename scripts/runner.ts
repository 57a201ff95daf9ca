// `npm run runner`: a sandbox runner for SANDBOX_MODE=queue. It takes code-run jobs from the
// PostgreSQL job queue and runs them in its own sandbox pool; start as many as the load needs,
// on as many machines, all with the web servers' DATABASE_URL (and QUEUE_DATABASE_URL if set).
import os from "node:os";
import { ConfigError, readEnv, requireQueueDatabase } from "../app/env.server";
import { startCodeRunner } from "../app/runners/runner.server";
import { createSandboxPool } from "../sandbox/index";

let env;
let connectionString;
try {
  env = readEnv();
  connectionString = requireQueueDatabase(env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const workers = env.SANDBOX_WORKERS ?? os.availableParallelism();
const pool = createSandboxPool({ workers });
const runner = await startCodeRunner({
  connectionString,
  pool,
  // one job more per worker than it can run: the next job's database round trips overlap a run
  concurrency: env.RUNNER_CONCURRENCY ?? workers * 2,
  leaseMs: env.RUNNER_RECOVERY_MS,
});
console.log(`Loopwright runner ${process.pid} is taking code runs (${workers} sandbox workers, recovery after ${env.RUNNER_RECOVERY_MS} ms)`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 30_000).unref();
  // jobs under way finish and record their verdicts first
  await runner.stop();
  await pool.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
