import ivm from "isolated-vm";
import { DEFAULT_LIMITS, type CompileErrorInfo } from "../protocol";
import { originalPosition, type LineMap } from "../sourcemap";
import { prepareSource, warmTranspiler } from "../transpile";
import type { WorkerJob, WorkerOutcome, WorkerTestOutcome } from "../worker-protocol";
import { CANDIDATE_FILENAME, PRELUDE_FILENAME, PRELUDE_SOURCE } from "./js-prelude";
import { onCatastrophicError } from "./catastrophic";
import type { Runner } from "./types";

// JavaScript and TypeScript: one fresh isolate per job, every test called
// with isolated-vm's own timeout (microtasks run inside that call, so async
// solutions and `.then` loops are bounded too). Only strings cross the
// boundary. Candidate code runs through isolated-vm's asynchronous calls, on
// its own thread, so that an out-of-memory V8 cannot throw as an exception
// still reaches the worker (see catastrophic.ts).

type HarnessFn = ivm.Reference<(...args: unknown[]) => string>;
type Box = {
  isolate: ivm.Isolate;
  context: ivm.Context;
  memoryMb: number;
  start: HarnessFn;
  bind: HarnessFn;
  run: HarnessFn;
  collect: HarnessFn;
  drain: HarnessFn;
};

export { CATASTROPHIC_EXIT_CODE } from "./catastrophic";

export function createJavaScriptRunner(): Runner {
  // A spare isolate made while idle. No candidate code has ever run in it:
  // it is handed to exactly one job and disposed afterwards.
  let spare: Box | undefined;
  let lastMemoryMb: number = DEFAULT_LIMITS.memoryMb;
  let preludeCache: ivm.ExternalCopy<ArrayBuffer> | undefined;

  function createBox(memoryMb: number): Box {
    const isolate = new ivm.Isolate({ memoryLimit: memoryMb, onCatastrophicError });
    try {
      const context = isolate.createContextSync();
      context.global.setSync("__lwMemoryBytes", memoryMb * 1024 * 1024);
      // The prelude is the same for every isolate: compile it once, then reuse V8's code cache.
      const script = isolate.compileScriptSync(
        PRELUDE_SOURCE,
        preludeCache ? { filename: PRELUDE_FILENAME, cachedData: preludeCache } : { filename: PRELUDE_FILENAME, produceCachedData: true },
      ) as ivm.Script & { cachedData?: ivm.ExternalCopy<ArrayBuffer> };
      if (!preludeCache && script.cachedData) preludeCache = script.cachedData;
      const api = script.runSync(context, { reference: true, timeout: 1_000 }) as ivm.Reference<Record<string, unknown>>;
      const fn = (name: string) => api.getSync(name, { reference: true }) as unknown as HarnessFn;
      const box = { isolate, context, memoryMb, start: fn("start"), bind: fn("bind"), run: fn("run"), collect: fn("collect"), drain: fn("drain") };
      api.release();
      return box;
    } catch (error) {
      isolate.dispose();
      throw error;
    }
  }

  function takeBox(memoryMb: number): Box {
    const box = spare;
    spare = undefined;
    if (box && box.memoryMb === memoryMb && !box.isolate.isDisposed) return box;
    if (box) dispose(box);
    return createBox(memoryMb);
  }

  return {
    async warm() {
      await warmTranspiler();
    },
    prepare() {
      if (spare) return;
      try {
        spare = createBox(lastMemoryMb);
      } catch {
        spare = undefined; // the next job makes its own and reports any error
      }
    },
    async run(job, progress) {
      if (job.language !== "js" && job.language !== "ts") throw new Error(`the JavaScript runner cannot run ${job.language}`);
      const deadline = performance.now() + job.limits.wallMs;
      const prepared = await prepareSource(job.language, job.source);
      if (!prepared.ok) return { compileError: prepared.error, tests: [] };
      lastMemoryMb = job.limits.memoryMb;
      const box = takeBox(job.limits.memoryMb);
      try {
        return await execute(box, prepared.code, prepared.map, job, deadline, progress ?? []);
      } finally {
        dispose(box);
      }
    },
  };
}

function dispose(box: Box): void {
  if (!box.isolate.isDisposed) box.isolate.dispose();
}

type Failure = { kind: "TimeLimit" | "MemoryLimit" | "RuntimeError"; message: string; stack: string };

async function execute(
  box: Box,
  code: string,
  map: LineMap | undefined,
  job: WorkerJob,
  deadline: number,
  tests: WorkerTestOutcome[],
): Promise<WorkerOutcome> {
  const { limits } = job;
  const budget = () => Math.max(1, Math.min(limits.timeMsPerTest, Math.floor(deadline - performance.now())));
  const lineOf = (stack: string) => candidateLine(stack, map);

  let script: ivm.Script;
  try {
    script = await box.isolate.compileScript(code, { filename: CANDIDATE_FILENAME });
  } catch (error) {
    return { compileError: compileErrorOf(error, map), tests: [] };
  }

  // The candidate's top-level code, then the lookup of the entry function.
  let prologue: string;
  try {
    // async calls: a heap exhausted inside one ends the call with an error instead of
    // blocking the worker's thread (issue 21); start() gives the top-level code its share
    // of the output budget (issue 13)
    await box.start.apply(undefined, [limits.outputBytes], { timeout: budget() });
    await script.run(box.context, { timeout: budget() });
    const bound = JSON.parse(
      await box.bind.apply(undefined, [job.entry, limits.returnBytes], { timeout: budget() }),
    ) as { found: boolean; o: string };
    if (!bound.found) {
      return {
        compileError: { message: `No function named "${job.entry}" was found: define it at the top level of your code` },
        tests: [],
      };
    }
    prologue = bound.o;
  } catch (error) {
    const failure = classify(error, box);
    const message = failure.kind === "TimeLimit" ? "Top-level code exceeded the time limit" : withLine(failure.message, lineOf(failure.stack));
    return { tests: job.tests.map((t) => ({ id: t.id, status: failure.kind, timeMs: 0, stdout: "", error: message })) };
  } finally {
    script.release();
  }

  let stopped: { status: "TimeLimit" | "MemoryLimit"; error: string } | undefined;
  for (const test of job.tests) {
    if (!stopped && performance.now() >= deadline) {
      stopped = { status: "TimeLimit", error: "Not run: the run's wall-clock deadline was reached" };
    }
    if (stopped) {
      tests.push({ id: test.id, status: stopped.status, timeMs: 0, stdout: "", error: stopped.error });
      continue;
    }
    const timeout = budget();
    const cpuBefore = box.isolate.cpuTime;
    const wallBefore = performance.now();
    const outcome = await runOne(box, test.args, timeout, lineOf);
    // A disposed isolate has no clock left to read: fall back to wall time.
    const timeMs = box.isolate.isDisposed ? performance.now() - wallBefore : Number(box.isolate.cpuTime - cpuBefore) / 1e6;
    tests.push({ id: test.id, timeMs: round(timeMs), ...outcome });
    if (outcome.status === "MemoryLimit" && box.isolate.isDisposed) {
      stopped = { status: "MemoryLimit", error: "Not run: the isolate ran out of memory in an earlier test" };
    }
  }
  if (tests.length > 0) tests[0].stdout = prologue + tests[0].stdout;
  return { tests };
}

type HarnessReply = { s: "ok" | "err" | "pending"; v?: unknown; o?: string; m?: string; st?: string };

async function runOne(
  box: Box,
  args: string,
  timeout: number,
  lineOf: (stack: string) => number | undefined,
): Promise<Omit<WorkerTestOutcome, "id" | "timeMs">> {
  try {
    let reply = parseReply(await box.run.apply(undefined, [args], { timeout }));
    if (reply.s === "pending") reply = parseReply(await box.collect.apply(undefined, [], { timeout }));
    const stdout = reply.o ?? "";
    if (reply.s === "ok") return { status: "Returned", stdout, value: reply.v };
    if (reply.s === "pending") {
      // Nothing in the isolate can settle it later: no timers, no I/O.
      return { status: "TimeLimit", stdout, error: "The returned promise never settled" };
    }
    const message = reply.m ?? "Error";
    const status = OUT_OF_MEMORY.test(message) ? "MemoryLimit" : "RuntimeError";
    return { status, stdout, error: withLine(message, lineOf(reply.st ?? "")) };
  } catch (error) {
    const failure = classify(error, box);
    if (failure.kind === "RuntimeError") {
      return { status: "InternalError", stdout: "", error: `The test harness failed: ${failure.message}` };
    }
    return {
      status: failure.kind,
      stdout: failure.kind === "TimeLimit" ? await drainOutput(box) : "",
      error: failure.kind === "TimeLimit" ? `Time limit of ${timeout} ms exceeded` : "Memory limit exceeded",
    };
  }
}

/** RangeErrors that V8 (or the prelude's allocation guards) throws when a buffer, string or array cannot be allocated. */
const OUT_OF_MEMORY = /^RangeError: (Array buffer allocation failed|Invalid string length|Invalid typed array length|Invalid array length|Memory limit exceeded)/;

function parseReply(text: unknown): HarnessReply {
  if (typeof text !== "string") throw new Error("harness reply is not a string");
  return JSON.parse(text) as HarnessReply;
}

async function drainOutput(box: Box): Promise<string> {
  try {
    const text = await box.drain.apply(undefined, [], { timeout: 50 });
    return typeof text === "string" ? text : "";
  } catch {
    return "";
  }
}

function classify(error: unknown, box: Box): Failure {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  if (/memory limit/i.test(message) || box.isolate.isDisposed) return { kind: "MemoryLimit", message, stack };
  if (/execution timed out/i.test(message)) return { kind: "TimeLimit", message, stack };
  const name = error instanceof Error && error.name !== "Error" ? `${error.name}: ` : "";
  const text = error instanceof Error ? `${name}${message}` : `Uncaught ${describeThrown(error)}`;
  return { kind: "RuntimeError", message: text, stack };
}

function describeThrown(value: unknown): string {
  if (value === null || typeof value !== "object") return String(value);
  try {
    return JSON.stringify(value).slice(0, 500);
  } catch {
    return "[object]";
  }
}

const FRAME = new RegExp(`${CANDIDATE_FILENAME.replace(".", "\\.")}:(\\d+):(\\d+)`);

/** The first stack frame in the candidate's file, as a line of the candidate's own source. */
export function candidateLine(stack: string, map: LineMap | undefined): number | undefined {
  const match = FRAME.exec(stack);
  if (!match) return undefined;
  const line = Number(match[1]);
  if (!map) return line;
  return originalPosition(map, line, Number(match[2]))?.line;
}

function withLine(message: string, line: number | undefined): string {
  const clean = message.replace(/\s*\[[^\]]*:\d+:\d+\]$/, "");
  return line === undefined ? clean : `${clean} (line ${line})`;
}

function compileErrorOf(error: unknown, map: LineMap | undefined): CompileErrorInfo {
  const text = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : "SyntaxError";
  const position = /\[[^\]]*:(\d+):(\d+)\]$/.exec(text);
  const message = `${name}: ${text.replace(/\s*\[[^\]]*\]$/, "")}`;
  if (!position) return { message };
  let line = Number(position[1]);
  let column = Number(position[2]);
  if (map) {
    const original = originalPosition(map, line, column);
    if (!original) return { message };
    ({ line, column } = original);
  }
  return { message: `${message} (line ${line}, column ${column})`, line, column };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
