// Entry of a sandbox worker process, forked by the pool with
// `--no-node-snapshot --import tsx`. It runs one job at a time, so the
// per-test timeouts of isolated-vm measure this job alone, and it prepares
// the next isolate while it waits for work.

import { capOutcome } from "./output-cap";
import { createJavaScriptRunner } from "./runners/javascript";
import { createPythonRunner } from "./runners/python";
import { createSqlRunner } from "./runners/sql";
import type { Runner } from "./runners/types";
import type { FromWorker, ToWorker, WorkerJob } from "./worker-protocol";

if (!process.send) {
  process.stderr.write("sandbox/worker.ts must be started by the sandbox pool (child_process.fork)\n");
  process.exit(2);
}

const javascript = createJavaScriptRunner();
// Python boots in the background (a snapshot, then a few isolates from it):
// the worker answers "ready" at once and serves JavaScript meanwhile; a
// Python run that comes first waits for an isolate within its wall deadline.
const python = createPythonRunner();
const runners: Partial<Record<WorkerJob["language"], Runner>> = { js: javascript, ts: javascript, python, sql: createSqlRunner() };

function send(message: FromWorker): void {
  process.send?.(message);
}

function prepareIdle(): void {
  // After the reply is on its way: the spare isolate is made while the pool
  // has nothing for this worker, not on the next job's clock.
  setImmediate(() => {
    for (const runner of new Set(Object.values(runners))) runner?.prepare?.();
  });
}

process.on("message", async (message: ToWorker) => {
  if (message?.type !== "run") return;
  const runner = runners[message.job.language];
  try {
    if (!runner) throw new Error(`no runner for language ${message.job.language}`);
    const outcome = capOutcome(await runner.run(message.job), message.job.limits.outputBytes);
    send({ type: "result", id: message.id, outcome });
  } catch (error) {
    send({ type: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
  prepareIdle();
});

// The pool is gone (or closed this channel): nothing left to serve.
process.on("disconnect", () => process.exit(0));

await Promise.all([...new Set(Object.values(runners))].map((r) => r?.warm?.()));
for (const runner of new Set(Object.values(runners))) runner?.prepare?.();
send({ type: "ready" });
