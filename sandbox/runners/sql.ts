import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ivm from "isolated-vm";
import type { WorkerJob, WorkerOutcome, WorkerTestOutcome } from "../worker-protocol";
import { CATASTROPHIC_EXIT_CODE } from "./javascript";
import { SQL_HARNESS_SOURCE, SQL_MAX_ROWS, type SqlHarnessReply } from "./sql-harness";
import type { Runner } from "./types";

// SQL: SQLite compiled to WebAssembly (sql.js) inside an isolated-vm isolate,
// with the same limits and verdicts as code. The wasm is compiled once per
// worker and crosses into each isolate as an ExternalCopy; each job gets a
// fresh isolate (a spare one is made while the worker is idle), each test a
// fresh in-memory database loaded with its dataset. Expected results are
// never sent here: the pool compares.
//
// Candidate input is a SQL string only, so no candidate JavaScript ever runs
// in the isolate; still, WebAssembly goes once sql.js is up, and the wasm
// memory (which the isolate's memoryLimit does not count) can grow only to
// its size at boot plus the job's memoryMb. SQLite then fails with "out of
// memory", which is reported as MemoryLimit.

type SqlApi = {
  begin: ivm.Reference<(memoryMb: number) => void>;
  run: ivm.Reference<(datasetJson: string, sql: string) => string>;
};
type Box = { isolate: ivm.Isolate; api: SqlApi; heapMb: number };

function onCatastrophicError(message: string): void {
  process.stderr.write(`isolated-vm catastrophic error: ${message}\n`);
  process.exit(CATASTROPHIC_EXIT_CODE);
}

type Assets = { glue: string; wasm: ivm.ExternalCopy<WebAssembly.Module>; glueCache?: ivm.ExternalCopy<ArrayBuffer> };
let assets: Assets | undefined;

function sqlJsDir(): string {
  const require = createRequire(import.meta.url);
  // The package's exports map hides package.json; its main file sits in dist/.
  return path.dirname(require.resolve("sql.js"));
}

function loadAssets(): Assets {
  if (assets) return assets;
  const dir = sqlJsDir();
  const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, "sql-wasm.wasm")));
  assets = { glue: fs.readFileSync(path.join(dir, "sql-wasm.js"), "utf8"), wasm: new ivm.ExternalCopy(module) };
  return assets;
}

// The isolate lacks TextEncoder/TextDecoder (sql.js needs UTF-8 both ways).
const SHIM = `(function () {
const g = globalThis;
const fromCharCode = String.fromCharCode;
g.TextDecoder = class TextDecoder {
  decode(u) {
    if (!u) return "";
    let s = "";
    for (let i = 0; i < u.length; i += 8192) s += fromCharCode.apply(null, u.subarray(i, i + 8192));
    try { return decodeURIComponent(escape(s)); } catch (e) { return s; }
  }
};
g.TextEncoder = class TextEncoder {
  encode(str) {
    const b = unescape(encodeURIComponent(String(str)));
    const u = new Uint8Array(b.length);
    for (let i = 0; i < b.length; i++) u[i] = b.charCodeAt(i);
    return u;
  }
};
})();`;

/** Boots sql.js (microtasks only: settles within this call), caps wasm memory growth, removes boot globals. */
const BOOT = `(function () {
"use strict";
const g = globalThis;
const WA = g.WebAssembly, module = g.__lwWasm;
const reflectApply = Reflect.apply;
const MemoryProto = WA.Memory.prototype;
const grow = MemoryProto.grow;
const bufferOf = Object.getOwnPropertyDescriptor(MemoryProto, "buffer").get;
const byteLengthOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
let cap = 0, base = 0;
Object.defineProperty(MemoryProto, "grow", {
  value: function grow_(pages) {
    const current = reflectApply(byteLengthOf, reflectApply(bufferOf, this, []), []);
    if (current + (+pages) * 65536 > cap) throw new RangeError("WebAssembly.Memory.grow(): memory limit reached");
    return reflectApply(grow, this, [pages]);
  },
  writable: false, configurable: false, enumerable: false,
});
g.__lwSqlState = {};
g.initSqlJs({
  instantiateWasm(imports, done) {
    const instance = new WA.Instance(module, imports);
    for (const v of Object.values(instance.exports)) if (v instanceof WA.Memory) base = reflectApply(byteLengthOf, reflectApply(bufferOf, v, []), []);
    done(instance, module);
    return {};
  },
}).then((s) => { g.__lwSqlState.SQL = s; }, (e) => { g.__lwSqlState.failure = String(e); });
g.__lwBegin = (memoryMb) => { cap = base + memoryMb * 1048576; };
})()`;

/** After BOOT's microtasks have run: the harness, with boot globals gone. */
const FINISH = `(function () {
"use strict";
const g = globalThis;
const state = g.__lwSqlState, begin = g.__lwBegin;
const SQL = state.SQL;
if (!SQL) throw new Error("sql.js did not start: " + (state.failure || "still pending"));
for (const k of ["__lwSqlState", "__lwBegin", "initSqlJs", "__lwWasm", "WebAssembly", "SharedArrayBuffer", "module", "exports", "define", "initSqlJsPromise"]) {
  // sql.js declares its globals with var: those cannot be deleted, only emptied.
  try { delete g[k]; } catch (e) { g[k] = undefined; }
}
if (typeof Atomics === "object") { delete Atomics.wait; delete Atomics.waitAsync; }
const harness = (${SQL_HARNESS_SOURCE})(SQL, { maxRows: ${SQL_MAX_ROWS}, returnBytes: __RETURN_BYTES__ });
return {
  begin(memoryMb) { begin(memoryMb); },
  run(datasetJson, sql) { return harness.run(datasetJson, sql); },
};
})()`;

const WARM_DATASET = JSON.stringify({
  tables: [
    { name: "a", columns: [{ name: "k", type: "INTEGER" }, { name: "v", type: "REAL" }, { name: "s", type: "TEXT" }], rows: [[1, 1.5, "x"], [2, null, "y"], [1, 2.5, null]] },
    { name: "b", columns: [{ name: "k", type: "INTEGER" }, { name: "t", type: "TEXT" }], rows: [[1, "2024-01-01"], [3, "2024-01-02"]] },
  ],
});
const WARM_QUERIES = [
  "SELECT a.k, COALESCE(SUM(a.v), 0) AS total, COUNT(b.t), MAX(s) FROM a LEFT JOIN b ON b.k = a.k WHERE a.v IS NOT NULL OR a.s LIKE 'y%' GROUP BY a.k HAVING COUNT(*) > 0 ORDER BY total DESC",
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i, ROW_NUMBER() OVER (PARTITION BY i % 3 ORDER BY i DESC), LAG(i) OVER (ORDER BY i), DENSE_RANK() OVER (ORDER BY i % 5), AVG(i) OVER () FROM n",
  "SELECT DISTINCT k FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.k = a.k) AND k IN (SELECT k FROM a) UNION SELECT length(randomblob(8)) + abs(-1) + round(1.25, 1) + CAST('3' AS INTEGER)",
  "SELECT substr(t, 1, 4), date(t), strftime('%Y', t), upper(s), 1.0 * k / 3, printf('%.2f', v), ifnull(v, 0), CASE WHEN v > 2 THEN 1 ELSE 0 END FROM a, b",
  "DELETE FROM a",
];

function createBox(heapMb: number, returnBytes: number): Box {
  const a = loadAssets();
  const isolate = new ivm.Isolate({ memoryLimit: heapMb, onCatastrophicError });
  try {
    const context = isolate.createContextSync();
    context.global.setSync("__lwWasm", a.wasm.copyInto({ release: false }));
    context.evalSync(SHIM, { timeout: 1_000 });
    const script = isolate.compileScriptSync(
      a.glue,
      a.glueCache ? { filename: "sql-wasm.js", cachedData: a.glueCache } : { filename: "sql-wasm.js", produceCachedData: true },
    ) as ivm.Script & { cachedData?: ivm.ExternalCopy<ArrayBuffer> };
    if (!a.glueCache && script.cachedData) a.glueCache = script.cachedData;
    script.runSync(context, { timeout: 5_000 });
    script.release();
    context.evalSync(BOOT, { timeout: 5_000 });
    const api = context.evalSync(FINISH.replace("__RETURN_BYTES__", String(returnBytes)), { timeout: 5_000, reference: true }) as ivm.Reference<
      Record<string, unknown>
    >;
    const fn = (name: string) => api.getSync(name, { reference: true }) as never;
    const box: Box = { isolate, api: { begin: fn("begin"), run: fn("run") }, heapMb };
    api.release();
    return box;
  } catch (error) {
    isolate.dispose();
    throw error;
  }
}

function dispose(box: Box | undefined): void {
  if (box && !box.isolate.isDisposed) box.isolate.dispose();
}

export function createSqlRunner(): Runner {
  let spare: Box | undefined;
  let lastHeapMb = 128;
  let lastReturnBytes = 1024 * 1024;

  function take(heapMb: number, returnBytes: number): Box {
    const box = spare;
    spare = undefined;
    if (box && box.heapMb === heapMb && returnBytes === lastReturnBytes && !box.isolate.isDisposed) return box;
    dispose(box);
    lastReturnBytes = returnBytes;
    return createBox(heapMb, returnBytes);
  }

  return {
    async warm() {
      // V8 compiles a wasm module's functions lazily and keeps them in the module the
      // isolates share: run the usual statement kinds once, in a throwaway isolate, so
      // a candidate's first query is not charged for compiling SQLite.
      const box = createBox(lastHeapMb, lastReturnBytes);
      try {
        box.api.begin.applySync(undefined, [64], { timeout: 5_000 });
        for (const sql of WARM_QUERIES) box.api.run.applySync(undefined, [WARM_DATASET, sql], { timeout: 10_000 });
      } finally {
        dispose(box);
      }
    },
    prepare() {
      if (spare) return;
      try {
        spare = createBox(lastHeapMb, lastReturnBytes);
      } catch {
        spare = undefined; // the next job makes its own and reports any error
      }
    },
    async run(job) {
      if (job.language !== "sql") throw new Error(`the SQL runner cannot run ${job.language}`);
      const deadline = performance.now() + job.limits.wallMs;
      // The JS heap holds the glue and the result rows; SQLite's own memory is wasm, capped separately.
      const heapMb = Math.max(64, job.limits.memoryMb);
      lastHeapMb = heapMb;
      return execute(job, deadline, () => {
        const box = take(heapMb, job.limits.returnBytes);
        box.api.begin.applySync(undefined, [job.limits.memoryMb], { timeout: 1_000 });
        return box;
      });
    },
  };
}

function execute(job: WorkerJob, deadline: number, fresh: () => Box): WorkerOutcome {
  const budget = () => Math.max(1, Math.min(job.limits.timeMsPerTest, Math.floor(deadline - performance.now())));
  const tests: WorkerTestOutcome[] = [];
  let box: Box | undefined;
  try {
    for (const test of job.tests) {
      if (performance.now() >= deadline) {
        tests.push({ id: test.id, status: "TimeLimit", timeMs: 0, stdout: "", error: "Not run: the run's wall-clock deadline was reached" });
        continue;
      }
      // A query stopped mid-way may leave SQLite's memory inconsistent: the next test gets a new isolate.
      box ??= fresh();
      const timeout = budget();
      const cpuBefore = box.isolate.cpuTime;
      const wallBefore = performance.now();
      const outcome = runOne(box, test.args, job.source, timeout);
      const timeMs = box.isolate.isDisposed ? performance.now() - wallBefore : Number(box.isolate.cpuTime - cpuBefore) / 1e6;
      tests.push({ id: test.id, timeMs: Math.round(timeMs * 100) / 100, ...outcome.result });
      if (outcome.replace) {
        dispose(box);
        box = undefined;
      }
    }
    return { tests };
  } finally {
    dispose(box);
  }
}

function runOne(box: Box, argsJson: string, sql: string, timeout: number): { result: Omit<WorkerTestOutcome, "id" | "timeMs">; replace: boolean } {
  // The pool encodes each test's argument list: [dataset].
  const args = JSON.parse(argsJson) as unknown[];
  const datasetJson = JSON.stringify(args[0] ?? { tables: [] });
  let text: string;
  try {
    text = box.api.run.applySync(undefined, [datasetJson, sql], { timeout });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/memory limit/i.test(message) || box.isolate.isDisposed) {
      return { result: { status: "MemoryLimit", stdout: "", error: "Memory limit exceeded" }, replace: true };
    }
    if (/execution timed out/i.test(message)) {
      return { result: { status: "TimeLimit", stdout: "", error: `Time limit of ${timeout} ms exceeded` }, replace: true };
    }
    return { result: { status: "InternalError", stdout: "", error: `The SQL harness failed: ${message.slice(0, 500)}` }, replace: true };
  }
  const reply = JSON.parse(text) as SqlHarnessReply;
  if (reply.s === "ok") return { result: { status: "Returned", stdout: "", value: reply.v }, replace: false };
  if (reply.k === "Memory") return { result: { status: "MemoryLimit", stdout: "", error: `Memory limit exceeded (${reply.m})` }, replace: true };
  if (reply.k === "Setup") return { result: { status: "InternalError", stdout: "", error: reply.m }, replace: true };
  return { result: { status: "RuntimeError", stdout: "", error: reply.m }, replace: false };
}
