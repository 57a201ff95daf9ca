import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { encodeValue } from "./codec";
import { SandboxBusyError, SandboxClosedError, SandboxRequestError } from "./errors";
import { gradeOutcome, uniformResult } from "./grade";
import { DRIVER_ENTRY, driverSource, driverSpec, needsDriver } from "./stateful";
import { OPERATOR_MAXIMA, resolveLimits, runRequestSchema, type RunRequest, type RunResult } from "./protocol";
import { fromWorkerSchema, type FromWorker, type WorkerJob, type WorkerOutcome } from "./worker-protocol";

// Worker processes that run candidate code, outside the web server's process
// and event loop. Each worker runs one job at a time; jobs wait in a bounded
// queue; a full queue is refused at once (SandboxBusyError → 503).

export type SandboxPoolOptions = {
  /** Worker processes; default: the number of cores. */
  workers?: number;
  /** Runs that may wait for a worker; beyond it run() throws SandboxBusyError. Default 8 per worker. */
  queueLimit?: number;
  /** The worker entry; default sandbox/worker.ts next to this file. */
  workerPath?: string | URL;
  /** Time a run may overrun its wall deadline before its worker is killed. Default 2000 ms. */
  killGraceMs?: number;
};

export type SandboxPoolStats = {
  workers: number;
  ready: number;
  busy: number;
  queued: number;
  queueLimit: number;
  completed: number;
  /** Workers the pool killed: a run overran its deadline, or the worker misbehaved. */
  killed: number;
  /** Workers that exited without being asked to (crash, catastrophic isolate error). */
  crashed: number;
  rejectedBusy: number;
  /** Process ids of the current workers, for operators (and tests that kill one). */
  pids: number[];
};

export interface SandboxPool {
  run(req: RunRequest): Promise<RunResult>;
  stats(): SandboxPoolStats;
  close(): Promise<void>;
}

type Job = {
  req: RunRequest;
  message: WorkerJob;
  resolve: (r: RunResult) => void;
  reject: (e: unknown) => void;
  startedAt: number;
};

type Worker = {
  child: ChildProcess;
  ready: boolean;
  job?: Job & { id: number; killTimer: NodeJS.Timeout };
  /** Set when the pool itself ends this worker, so its exit is not a crash. */
  retiring?: Retirement;
  /** The worker said its last reply was its last (it is exiting on its own): no new job. */
  exiting?: boolean;
};

/** Why the pool ended a worker: a run overran its deadline, the worker misbehaved, or the pool closed. */
type Retirement = "deadline" | "broken" | "closing";

const MAX_FAILED_STARTS = 5;

export function createSandboxPool(opts: SandboxPoolOptions = {}): SandboxPool {
  const size = Math.max(1, opts.workers ?? os.availableParallelism());
  const queueLimit = opts.queueLimit ?? size * 8;
  const workerPath = fileURLToPath(opts.workerPath ?? new URL("./worker.ts", import.meta.url));
  const killGraceMs = opts.killGraceMs ?? 2_000;

  const workers = new Set<Worker>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let failedStarts = 0;
  const counters = { completed: 0, killed: 0, crashed: 0, rejectedBusy: 0 };

  function spawn(): void {
    const child = fork(workerPath, [], {
      execArgv: ["--no-node-snapshot", "--import", "tsx"],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const worker: Worker = { child, ready: false };
    workers.add(worker);
    child.on("message", (raw) => onMessage(worker, raw));
    child.on("error", () => child.kill("SIGKILL"));
    child.on("exit", (code, signal) => onExit(worker, code, signal));
  }

  function onMessage(worker: Worker, raw: unknown): void {
    const parsed = fromWorkerSchema.safeParse(raw);
    if (!parsed.success) {
      // A worker that speaks nonsense is not trusted with another job.
      retire(worker, "broken");
      return;
    }
    const message: FromWorker = parsed.data;
    if (message.type === "ready") {
      worker.ready = true;
      failedStarts = 0;
      pump();
      return;
    }
    const job = worker.job;
    if (message.type === "result" && message.last) worker.exiting = true;
    if (!job || job.id !== message.id) return;
    clearTimeout(job.killTimer);
    worker.job = undefined;
    counters.completed++;
    const elapsed = performance.now() - job.startedAt;
    if (message.type === "result") job.resolve(safeGrade(job.req, message.outcome, elapsed));
    else job.resolve(uniformResult(job.req, "InternalError", `The sandbox failed: ${message.message}`, elapsed));
    pump();
  }

  function onExit(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    workers.delete(worker);
    const job = worker.job;
    if (job) {
      clearTimeout(job.killTimer);
      worker.job = undefined;
      const elapsed = performance.now() - job.startedAt;
      if (worker.retiring === "deadline") {
        job.resolve(uniformResult(job.req, "TimeLimit", "The run exceeded its wall-clock deadline and was stopped", elapsed));
      } else if (worker.retiring === "closing") {
        job.reject(new SandboxClosedError());
      } else if (worker.retiring === "broken") {
        job.resolve(uniformResult(job.req, "InternalError", "The sandbox worker sent an invalid reply", elapsed));
      } else {
        job.resolve(uniformResult(job.req, "InternalError", `The sandbox worker stopped unexpectedly (${signal ?? `exit ${code}`})`, elapsed));
      }
    }
    if (closed) return;
    if (!worker.retiring) counters.crashed++;
    if (!worker.ready) failedStarts++;
    if (failedStarts >= MAX_FAILED_STARTS) {
      // Workers cannot start (broken install?): answer waiting runs instead of hanging them.
      for (const waiting of queue.splice(0)) {
        waiting.resolve(uniformResult(waiting.req, "InternalError", "The sandbox cannot start its workers", 0));
      }
      setTimeout(() => !closed && workers.size < size && spawn(), 5_000).unref();
      return;
    }
    spawn();
  }

  function retire(worker: Worker, reason: Retirement): void {
    if (worker.retiring) return;
    worker.retiring = reason;
    if (reason !== "closing") counters.killed++;
    worker.child.kill("SIGKILL");
  }

  function pump(): void {
    for (const worker of workers) {
      if (queue.length === 0) return;
      if (!worker.ready || worker.job || worker.retiring || worker.exiting) continue;
      dispatch(worker, queue.shift()!);
    }
  }

  function dispatch(worker: Worker, job: Job): void {
    const id = nextId++;
    // The worker enforces every limit itself; this timer is for the case it
    // cannot (a stuck isolate thread, a hung process).
    const killTimer = setTimeout(() => retire(worker, "deadline"), job.message.limits.wallMs + killGraceMs);
    // A run's time starts when a worker takes it, not while it queues.
    worker.job = { ...job, id, killTimer, startedAt: performance.now() };
    worker.child.send({ type: "run", id, job: job.message }, (error) => {
      if (error) retire(worker, "broken");
    });
  }

  for (let i = 0; i < size; i++) spawn();

  return {
    run(input) {
      const parsed = runRequestSchema.safeParse(input);
      if (!parsed.success) return Promise.reject(new SandboxRequestError("Invalid sandbox request", parsed.error.issues));
      const req = parsed.data;
      if (closed) return Promise.reject(new SandboxClosedError());
      let message: WorkerJob;
      try {
        message = toWorkerJob(req);
      } catch (error) {
        return Promise.reject(new SandboxRequestError(`Invalid test arguments: ${(error as Error).message}`));
      }
      const idle = [...workers].find((w) => w.ready && !w.job && !w.retiring && !w.exiting);
      if (!idle && queue.length >= queueLimit) {
        counters.rejectedBusy++;
        return Promise.reject(new SandboxBusyError());
      }
      return new Promise<RunResult>((resolve, reject) => {
        const job: Job = { req, message, resolve, reject, startedAt: performance.now() };
        if (idle) dispatch(idle, job);
        else queue.push(job);
      });
    },
    stats() {
      const list = [...workers];
      return {
        workers: list.length,
        ready: list.filter((w) => w.ready && !w.retiring && !w.exiting).length,
        busy: list.filter((w) => w.job).length,
        queued: queue.length,
        queueLimit,
        ...counters,
        pids: list.flatMap((w) => (w.child.pid === undefined ? [] : [w.child.pid])),
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) job.reject(new SandboxClosedError());
      const exits = [...workers].map((w) => new Promise<void>((done) => {
        if (w.child.exitCode !== null || w.child.signalCode !== null) return done();
        w.child.once("exit", () => done());
        retire(w, "closing");
      }));
      await Promise.all(exits);
    },
  };
}

function toWorkerJob(req: RunRequest): WorkerJob {
  if (needsDriver(req) && req.language !== "sql") {
    return {
      language: req.language,
      source: req.source + driverSource(req.language, req.entry),
      entry: DRIVER_ENTRY,
      tests: req.tests.map((t) => ({ id: t.id, args: encodeValue([driverSpec(t)]) })),
      limits: { ...resolveLimits(req.limits), returnBytes: OPERATOR_MAXIMA.returnBytes },
    };
  }
  return {
    language: req.language,
    source: req.source,
    entry: req.entry,
    tests: req.tests.map((t) => ({ id: t.id, args: encodeValue(t.args) })),
    limits: { ...resolveLimits(req.limits), returnBytes: OPERATOR_MAXIMA.returnBytes },
  };
}

function safeGrade(req: RunRequest, outcome: WorkerOutcome, elapsed: number): RunResult {
  try {
    return gradeOutcome(req, outcome, elapsed);
  } catch (error) {
    return uniformResult(req, "InternalError", `Grading failed: ${(error as Error).message}`, elapsed);
  }
}
