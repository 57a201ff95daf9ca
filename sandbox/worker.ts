// Entry of a sandbox worker process, forked by the pool with
// `--no-node-snapshot --import tsx`. It runs one job at a time, so the
// per-test timeouts of isolated-vm measure this job alone, and it prepares
// the next isolate while it waits for work.

import { capOutcome } from "./output-cap";
import { setCatastropheReporter } from "./runners/catastrophic";
import { createJavaScriptRunner } from "./runners/javascript";
import { createPythonRunner } from "./runners/python";
import { createSqlRunner } from "./runners/sql";
import type { Runner } from "./runners/types";
import type { FromWorker, ToWorker, WorkerJob, WorkerTestOutcome } from "./worker-protocol";

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

/** The job in progress and the tests it has finished, for an answer from a dying worker. */
let current: { id: number; job: WorkerJob; progress: WorkerTestOutcome[] } | undefined;

setCatastropheReporter((kind, message) => {
  const run = current;
  if (!run) return Promise.resolve();
  current = undefined;
  const error = kind === "MemoryLimit" ? "Memory limit exceeded" : kind === "TimeLimit" ? "The test could not be stopped at its time limit" : `The sandbox failed: ${message}`;
  const notRun = kind === "MemoryLimit" ? "Not run: the isolate ran out of memory in an earlier test" : "Not run: the isolate was lost in an earlier test";
  const finished = new Map(run.progress.map((t) => [t.id, t]));
  let first = true;
  const tests = run.job.tests.map((t): WorkerTestOutcome => {
    const seen = finished.get(t.id);
    if (seen) return seen;
    const outcome = { id: t.id, status: kind, timeMs: 0, stdout: "", error: first ? error : notRun };
    first = false;
    return outcome;
  });
  const reply: FromWorker = { type: "result", id: run.id, outcome: capOutcome({ tests }, run.job.limits.outputBytes), last: true };
  return new Promise<void>((resolve) => {
    if (!process.send) return resolve();
    process.send(reply, undefined, {}, () => resolve());
  });
});

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
  const run = { id: message.id, job: message.job, progress: [] as WorkerTestOutcome[] };
  current = run;
  try {
    if (!runner) throw new Error(`no runner for language ${message.job.language}`);
    const outcome = capOutcome(await runner.run(message.job, run.progress), message.job.limits.outputBytes);
    if (current !== run) return; // already answered by the catastrophe reporter
    send({ type: "result", id: message.id, outcome });
  } catch (error) {
    if (current !== run) return;
    send({ type: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    if (current === run) current = undefined;
  }
  prepareIdle();
});

// The pool is gone (or closed this channel): nothing left to serve.
process.on("disconnect", () => process.exit(0));

await Promise.all([...new Set(Object.values(runners))].map((r) => r?.warm?.()));
for (const runner of new Set(Object.values(runners))) runner?.prepare?.();
send({ type: "ready" });
