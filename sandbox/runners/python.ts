import ivm from "isolated-vm";
import type { WorkerJob, WorkerOutcome, WorkerTestOutcome } from "../worker-protocol";
import { onCatastrophicError } from "./catastrophic";
import { bootFromSnapshot, discardCachedSnapshot, loadOrMakeSnapshot, type PyBox } from "./python-boot";
import type { Runner } from "./types";

// Python: Pyodide inside isolated-vm, the same contract as JavaScript. Each
// worker keeps a few isolates booted from a memory snapshot, refilled in the
// background; one isolate per job, disposed after it, never reused. Tests
// are called synchronously with isolated-vm's timeout; arguments go in as
// JSON text, results come out as JSON text built inside the isolate.

export type PythonRunnerOptions = {
  /** Pre-booted isolates kept per worker; default SANDBOX_PYTHON_POOL or 2. */
  poolSize?: number;
};

export function defaultPythonPoolSize(): number {
  const env = Number(process.env.SANDBOX_PYTHON_POOL);
  return Number.isInteger(env) && env >= 1 ? Math.min(env, 32) : 2;
}

export function createPythonRunner(opts: PythonRunnerOptions = {}): Runner & { stats(): { ready: number; booting: boolean } } {
  const size = Math.max(1, opts.poolSize ?? defaultPythonPoolSize());
  const ready: PyBox[] = [];
  const waiters: ((box: PyBox) => void)[] = [];
  let snapshot: Promise<ivm.ExternalCopy<ArrayBuffer>> | undefined;
  let fatal: Error | undefined;
  let booting = false;
  let consecutiveFailures = 0;

  function start(): Promise<ivm.ExternalCopy<ArrayBuffer>> {
    snapshot ??= loadOrMakeSnapshot(onCatastrophicError).then(async ({ snapshot: bytes, fromCache }) => {
      const copy = new ivm.ExternalCopy(bytes);
      if (!fromCache) return copy;
      try {
        // A cached snapshot is only trusted once an isolate has booted from it.
        const box = await bootFromSnapshot(copy, onCatastrophicError);
        give(box);
        return copy;
      } catch {
        copy.release();
        discardCachedSnapshot();
        const fresh = await loadOrMakeSnapshot(onCatastrophicError);
        return new ivm.ExternalCopy(fresh.snapshot);
      }
    });
    return snapshot;
  }

  function give(box: PyBox): void {
    const waiter = waiters.shift();
    if (waiter) waiter(box);
    else ready.push(box);
  }

  /** Boots isolates one at a time until the pool (plus anyone waiting) is full. */
  async function fill(): Promise<void> {
    if (booting || fatal) return;
    booting = true;
    try {
      const snap = await start();
      while (ready.length - waiters.length < size) {
        try {
          give(await bootFromSnapshot(snap, onCatastrophicError));
          consecutiveFailures = 0;
        } catch (error) {
          if (++consecutiveFailures >= 3) throw error;
        }
      }
    } catch (error) {
      fatal = error instanceof Error ? error : new Error(String(error));
      for (const w of waiters.splice(0)) w(undefined as never);
    } finally {
      booting = false;
    }
  }

  /** A booted isolate, waiting for one (until the deadline) if none is ready. */
  async function take(deadline: number): Promise<PyBox | undefined> {
    const box = ready.shift();
    void fill();
    if (box) return box;
    if (fatal) throw fatal;
    return new Promise<PyBox | undefined>((resolve) => {
      let done = false;
      const waiter = (b: PyBox) => {
        if (done) return b && give(b);
        done = true;
        clearTimeout(timer);
        resolve(b);
      };
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        const i = waiters.indexOf(waiter);
        if (i >= 0) waiters.splice(i, 1);
        resolve(undefined);
      }, Math.max(0, deadline - performance.now()));
      waiters.push(waiter);
      void fill();
    });
  }

  return {
    prepare() {
      void fill();
    },
    stats() {
      return { ready: ready.length, booting };
    },
    async run(job, progress) {
      if (job.language !== "python") throw new Error(`the Python runner cannot run ${job.language}`);
      const deadline = performance.now() + job.limits.wallMs;
      const first = await take(deadline);
      if (fatal && !first) throw new Error(`Python could not start: ${fatal.message}`);
      if (!first) return notReady(job);
      return execute(first, job, deadline, take, progress ?? []);
    },
  };
}

function notReady(job: WorkerJob): WorkerOutcome {
  const error = "Not run: no Python interpreter was ready before the run's wall-clock deadline";
  return { tests: job.tests.map((t) => ({ id: t.id, status: "TimeLimit", timeMs: 0, stdout: "", error })) };
}

type SetupReply =
  | { s: "ok"; found: boolean; o: string }
  | { s: "compile"; m: string; line: number | null; column: number | null }
  | { s: "err"; k: string; m: string; o: string };
type RunReply = { s: "ok"; v: unknown; o: string } | { s: "err"; k: string; m: string; o: string };

type Setup = { ok: true; prologue: string } | { ok: false; outcome: WorkerOutcome };

function dispose(box: PyBox): void {
  if (!box.isolate.isDisposed) box.isolate.dispose();
}

async function execute(
  firstBox: PyBox,
  job: WorkerJob,
  deadline: number,
  take: (deadline: number) => Promise<PyBox | undefined>,
  tests: WorkerTestOutcome[],
): Promise<WorkerOutcome> {
  const { limits } = job;
  const budget = () => Math.max(1, Math.min(limits.timeMsPerTest, Math.floor(deadline - performance.now())));
  let box: PyBox | undefined = firstBox;

  // Compile the candidate's code, run its top level, find the entry.
  // Asynchronous calls, so that a catastrophic out-of-memory can be reported (see catastrophic.ts).
  async function setup(b: PyBox): Promise<Setup> {
    let reply: SetupReply;
    try {
      reply = JSON.parse(
        await b.api.setup.apply(undefined, [job.source, job.entry, limits.memoryMb, limits.outputBytes, limits.returnBytes], { timeout: budget() }),
      ) as SetupReply;
    } catch (error) {
      const kind = failureKind(error, b);
      const message = kind === "TimeLimit" ? "Top-level code exceeded the time limit" : kind === "MemoryLimit" ? "Memory limit exceeded" : escapedError(error);
      const status = kind;
      return { ok: false, outcome: { tests: job.tests.map((t) => ({ id: t.id, status, timeMs: 0, stdout: "", error: message })) } };
    }
    if (reply.s === "compile") {
      const compileError: WorkerOutcome["compileError"] = { message: reply.m };
      if (reply.line !== null) compileError.line = reply.line;
      if (reply.column !== null) compileError.column = reply.column;
      return { ok: false, outcome: { compileError, tests: [] } };
    }
    if (reply.s === "err") {
      const status = reply.k === "MemoryError" ? "MemoryLimit" : "RuntimeError";
      return { ok: false, outcome: { tests: job.tests.map((t, i) => ({ id: t.id, status, timeMs: 0, stdout: i === 0 ? reply.o : "", error: reply.m })) } };
    }
    if (!reply.found) {
      return {
        ok: false,
        outcome: { compileError: { message: `No function named "${job.entry}" was found: define it at the top level of your code` }, tests: [] },
      };
    }
    return { ok: true, prologue: reply.o };
  }

  try {
    const first = await setup(box);
    if (!first.ok) return first.outcome;

    let stopped: { status: "TimeLimit" | "MemoryLimit"; error: string } | undefined;
    for (const test of job.tests) {
      if (!stopped && performance.now() >= deadline) {
        stopped = { status: "TimeLimit", error: "Not run: the run's wall-clock deadline was reached" };
      }
      if (!stopped && !box) {
        // The last test left the interpreter stopped mid-way: go on in a fresh one.
        box = await take(deadline);
        const again = box ? await setup(box) : undefined;
        if (!again?.ok) stopped = { status: "TimeLimit", error: "Not run: no fresh Python interpreter could take over before the deadline" };
      }
      if (stopped || !box) {
        tests.push({ id: test.id, status: stopped?.status ?? "TimeLimit", timeMs: 0, stdout: "", error: stopped?.error });
        continue;
      }
      const timeout = budget();
      const cpuBefore = box.isolate.cpuTime;
      const wallBefore = performance.now();
      const outcome = await runOne(box, test.args, timeout);
      const timeMs = box.isolate.isDisposed ? performance.now() - wallBefore : Number(box.isolate.cpuTime - cpuBefore) / 1e6;
      tests.push({ id: test.id, timeMs: Math.round(timeMs * 100) / 100, ...outcome.result });
      if (outcome.replace) {
        // Stopped inside the interpreter: its state cannot be trusted any more.
        dispose(box);
        box = undefined;
        if (outcome.result.status === "MemoryLimit") {
          stopped = { status: "MemoryLimit", error: "Not run: the isolate ran out of memory in an earlier test" };
        }
      }
    }
    if (tests.length > 0) tests[0].stdout = first.prologue + tests[0].stdout;
    return { tests };
  } finally {
    if (box) dispose(box);
    dispose(firstBox);
  }
}

async function runOne(box: PyBox, args: string, timeout: number): Promise<{ result: Omit<WorkerTestOutcome, "id" | "timeMs">; replace: boolean }> {
  let text: string;
  try {
    text = await box.api.run.apply(undefined, [args], { timeout });
  } catch (error) {
    const kind = failureKind(error, box);
    if (kind === "RuntimeError") {
      // Something escaped the interpreter (a JavaScript stack overflow, an
      // error thrown through run_js): the candidate's doing, and the
      // interpreter is not trusted with another test.
      return { result: { status: "RuntimeError", stdout: "", error: escapedError(error) }, replace: true };
    }
    const stdout = kind === "TimeLimit" ? await drain(box) : "";
    const message = kind === "TimeLimit" ? `Time limit of ${timeout} ms exceeded` : "Memory limit exceeded";
    return { result: { status: kind, stdout, error: message }, replace: true };
  }
  const reply = JSON.parse(text) as RunReply;
  if (reply.s === "ok") return { result: { status: "Returned", stdout: reply.o, value: reply.v }, replace: false };
  const status = reply.k === "MemoryError" ? "MemoryLimit" : "RuntimeError";
  return { result: { status, stdout: reply.o, error: reply.m }, replace: false };
}

function escapedError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/maximum call stack size exceeded/i.test(message)) return "RecursionError: maximum recursion depth exceeded (the interpreter's stack overflowed)";
  return `RuntimeError: the interpreter stopped: ${message.slice(0, 500)}`;
}

async function drain(box: PyBox): Promise<string> {
  try {
    const text = await box.api.drain.apply(undefined, [], { timeout: 50 });
    return typeof text === "string" ? text : "";
  } catch {
    return "";
  }
}

function failureKind(error: unknown, box: PyBox): "TimeLimit" | "MemoryLimit" | "RuntimeError" {
  const message = error instanceof Error ? error.message : String(error);
  if (/memory limit/i.test(message) || box.isolate.isDisposed) return "MemoryLimit";
  if (/execution timed out/i.test(message)) return "TimeLimit";
  return "RuntimeError";
}

