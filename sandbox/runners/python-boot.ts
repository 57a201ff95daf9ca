import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import ivm from "isolated-vm";
import { PY_BOOT, PY_FINALIZE, PY_HARNESS, PY_SHIM } from "./python-harness";

// Booting Pyodide (CPython compiled to WebAssembly) inside isolated-vm
// isolates. Everything comes from node_modules/pyodide; nothing is downloaded.
//
// Once per worker process: read Pyodide's files, compile its wasm once (the
// compiled module crosses into every isolate as an ExternalCopy), and make a
// memory snapshot of an interpreter with the harness installed (cached on
// disk under os.tmpdir(), keyed by the Pyodide build and the harness, and
// checked by size and SHA-256 before use). Per isolate: restore the snapshot
// (a fraction of a cold boot), then strip the boot globals.
//
// All boot work uses isolated-vm's asynchronous calls, which run on its own
// threads: the worker's event loop stays free while isolates boot.

export type PyAssets = {
  version: string;
  wasm: ivm.ExternalCopy<WebAssembly.Module>;
  stdlib: ivm.ExternalCopy<ArrayBuffer>;
  lock: string;
  asmSource: string;
  loaderSource: string;
  cacheKey: string;
  asmCache?: ivm.ExternalCopy<ArrayBuffer>;
  loaderCache?: ivm.ExternalCopy<ArrayBuffer>;
  /** The main module's GOT values and new table slots, recorded by the first boot of this process (JSON). */
  gotPlan?: string;
  /** Set once the code caches hold the functions a boot compiles lazily, not only the top level. */
  warmCache?: boolean;
};

export type PyApi = {
  setup: ivm.Reference<(source: string, entry: string, memoryMb: number, outputBytes: number, returnBytes: number) => string>;
  run: ivm.Reference<(argsJson: string) => string>;
  drain: ivm.Reference<() => string>;
  heapBytes: ivm.Reference<() => number>;
};

export type PyBox = { isolate: ivm.Isolate; context: ivm.Context; api: PyApi };

/** JS heap of a Python isolate: Pyodide's glue takes about 20 MB; Python's own heap is wasm memory, capped separately. */
export const PY_ISOLATE_HEAP_MB = 160;

let assets: PyAssets | undefined;

export function pyodideDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("pyodide/package.json"));
}

export function loadAssets(): PyAssets {
  if (assets) return assets;
  const dir = pyodideDir();
  const read = (name: string) => fs.readFileSync(path.join(dir, name));
  const version = JSON.parse(read("package.json").toString("utf8")).version as string;
  const wasmBytes = read("pyodide.asm.wasm");
  const module = new WebAssembly.Module(wasmBytes);
  // Loaded as classic scripts: no module loader in the isolate, and a script can use V8's code cache.
  const asmSource = read("pyodide.asm.mjs")
    .toString("utf8")
    .replaceAll("import.meta.url", JSON.stringify("file:///pyodide/pyodide.asm.mjs"))
    .replace(/export default _createPyodideModule;?\s*$/, "globalThis.__lwCreate = _createPyodideModule;")
    // Restoring a snapshot copies only its non-zero pages (see sparseSnapshot).
    .replace("return Module.HEAP8.set(t),l}", "return (globalThis.__lwRestore ? globalThis.__lwRestore(Module, t) : Module.HEAP8.set(t)),l}")
    // The main module's GOT setup replays a plan recorded once per process (see __lwGot in PY_SHIM).
    .replace("updateGOT(origExports);LDSO.init();", "globalThis.__lwGot(origExports,GOT,wasmTable,updateGOT);LDSO.init();");
  const loaderSource = read("pyodide.mjs")
    .toString("utf8")
    .replace(/export\s*\{\s*(\w+) as loadPyodide\s*,[^}]*\};?/, "globalThis.__lwLoad = $1;")
    .replace("t.INITIAL_MEMORY=i.length", "t.INITIAL_MEMORY=globalThis.__lwSnapLen||i.length");
  if (
    !asmSource.includes("__lwCreate") ||
    !asmSource.includes("__lwRestore") ||
    !asmSource.includes("__lwGot(") ||
    !loaderSource.includes("__lwLoad") ||
    !loaderSource.includes("__lwSnapLen")
  ) {
    throw new Error(`pyodide ${version}: unexpected module layout (the runner supports 314.0.x)`);
  }
  const stdlibBytes = read("python_stdlib.zip");
  const cacheKey = createHash("sha256")
    .update(version)
    .update(String(wasmBytes.length))
    .update(createHash("sha256").update(wasmBytes).digest())
    .update(PY_SHIM)
    .update(PY_BOOT)
    .update(PY_HARNESS)
    .digest("hex")
    .slice(0, 24);
  assets = {
    version,
    wasm: new ivm.ExternalCopy(module),
    stdlib: new ivm.ExternalCopy(new Uint8Array(stdlibBytes).buffer),
    lock: read("pyodide-lock.json").toString("utf8"),
    asmSource,
    loaderSource,
    cacheKey,
  };
  return assets;
}

type SparseSnapshot = { packed: ivm.ExternalCopy<ArrayBuffer>; runs: ivm.ExternalCopy<ArrayBuffer>; length: number };
const sparseForms = new WeakMap<ivm.ExternalCopy<ArrayBuffer>, SparseSnapshot>();
const PAGE = 4096;

/**
 * About half of a snapshot's 30 MB is zero pages. Each isolate gets the
 * snapshot's header and its non-zero pages only, with a list of runs
 * (Int32 pairs: heap offset, length; a negative length is a run of zeros).
 * The restore copies the non-zero runs, zero-fills only the zero runs below
 * the heap's break (the only memory written before the restore), and leaves
 * the rest of the fresh wasm memory untouched: less copying, and pages that
 * are never touched are never resident.
 */
export function sparseSnapshot(snapshot: ivm.ExternalCopy<ArrayBuffer>): SparseSnapshot {
  const known = sparseForms.get(snapshot);
  if (known) return known;
  const full = new Uint8Array(snapshot.copy());
  const dataOffset = new DataView(full.buffer).getUint32(4, true);
  if (dataOffset >= full.length) throw new Error("Pyodide snapshot: unexpected header");
  const data = full.subarray(dataOffset);
  const words = new Int32Array(data.slice(0, data.length - (data.length % 4)).buffer);
  const isZeroPage = (start: number) => {
    const end = Math.min(data.length, start + PAGE);
    const wordEnd = Math.floor(end / 4);
    for (let w = start / 4; w < wordEnd; w++) if (words[w] !== 0) return false;
    for (let b = wordEnd * 4; b < end; b++) if (data[b] !== 0) return false;
    return true;
  };
  const runs: number[] = [];
  const chunks: Uint8Array[] = [full.subarray(0, dataOffset)];
  let packedLength = dataOffset;
  for (let start = 0; start < data.length; ) {
    const zero = isZeroPage(start);
    let end = Math.min(data.length, start + PAGE);
    while (end < data.length && isZeroPage(end) === zero) end = Math.min(data.length, end + PAGE);
    runs.push(start, zero ? -(end - start) : end - start);
    if (!zero) {
      chunks.push(data.subarray(start, end));
      packedLength += end - start;
    }
    start = end;
  }
  const packed = new Uint8Array(packedLength);
  let at = 0;
  for (const c of chunks) {
    packed.set(c, at);
    at += c.length;
  }
  const form = { packed: new ivm.ExternalCopy(packed.buffer), runs: new ivm.ExternalCopy(new Int32Array(runs).buffer), length: full.length };
  sparseForms.set(snapshot, form);
  return form;
}

/** Milliseconds per boot phase, filled in when a caller (the benchmark) asks for them. */
export type BootPhases = Record<string, number>;

/** A new isolate with Pyodide booted in it: from the snapshot, or cold (to make one). */
async function bootIsolate(
  a: PyAssets,
  snapshot: ivm.ExternalCopy<ArrayBuffer> | undefined,
  onCatastrophicError: (m: string) => void,
  phases?: BootPhases,
) {
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    if (phases) phases[name] = (phases[name] ?? 0) + (now - mark);
    mark = now;
  };
  const isolate = new ivm.Isolate({ memoryLimit: PY_ISOLATE_HEAP_MB, onCatastrophicError });
  try {
    const context = await isolate.createContext();
    const jail = context.global;
    await jail.set("__lwWasm", a.wasm.copyInto({ release: false }));
    await jail.set("__lwStdlib", a.stdlib.copyInto({ release: false }));
    await jail.set("__lwLock", a.lock);
    if (a.gotPlan) await jail.set("__lwGotPlan", a.gotPlan);
    await jail.set("__lwSeed", new ivm.ExternalCopy([...new Int32Array(randomBytes(16).buffer)]).copyInto());
    if (snapshot) {
      const sparse = sparseSnapshot(snapshot);
      await jail.set("__lwSnapshot", sparse.packed.copyInto({ release: false }));
      await jail.set("__lwSnapRuns", sparse.runs.copyInto({ release: false }));
      await jail.set("__lwSnapLen", sparse.length);
    }
    phase("isolate + globals");
    await context.eval(PY_SHIM, { timeout: 5_000 });
    phase("shim");
    await runCached(isolate, context, a.asmSource, "pyodide.asm.js", "asmCache");
    await runCached(isolate, context, a.loaderSource, "pyodide.js", "loaderCache");
    phase("pyodide js (code cache)");
    await context.eval(PY_BOOT, { timeout: snapshot ? 20_000 : 60_000 });
    phase("instantiate + restore snapshot");
    const state = (await context.eval("globalThis.__lwBoot.state + '\\n' + (globalThis.__lwBoot.error || '')", { copy: true })) as string;
    if (!state.startsWith("ok")) throw new Error(`Pyodide did not boot: ${state.slice(0, 2000)}`);
    if (!a.gotPlan) {
      const plan = (await context.eval("globalThis.__lwGotRecorded", { copy: true })) as unknown;
      if (typeof plan === "string") a.gotPlan = plan;
    }
    if (snapshot && !a.warmCache) await warmCodeCache(isolate, a);
    return { isolate, context };
  } catch (error) {
    if (!isolate.isDisposed) isolate.dispose();
    throw error;
  }
}

async function runCached(isolate: ivm.Isolate, context: ivm.Context, code: string, filename: string, slot: "asmCache" | "loaderCache") {
  const a = loadAssets();
  const cached = a[slot];
  const script = (await isolate.compileScript(code, cached ? { filename, cachedData: cached } : { filename, produceCachedData: true })) as ivm.Script & {
    cachedData?: ivm.ExternalCopy<ArrayBuffer>;
  };
  if (!cached && script.cachedData) a[slot] = script.cachedData;
  await script.run(context, { timeout: 10_000 });
  script.release();
}

/**
 * A code cache made at compile time holds only the top-level code; every
 * function a boot calls is then parsed and compiled again in each isolate
 * (about 40 ms of a 190 ms boot). Compiling the same source again in an
 * isolate that has just booted hits V8's in-isolate compilation cache, so the
 * cache made from it carries the bytecode of everything the boot ran.
 */
async function warmCodeCache(isolate: ivm.Isolate, a: PyAssets): Promise<void> {
  a.warmCache = true;
  for (const [code, filename, slot] of [
    [a.asmSource, "pyodide.asm.js", "asmCache"],
    [a.loaderSource, "pyodide.js", "loaderCache"],
  ] as const) {
    const script = (await isolate.compileScript(code, { filename, produceCachedData: true })) as ivm.Script & {
      cachedData?: ivm.ExternalCopy<ArrayBuffer>;
    };
    if (script.cachedData) a[slot] = script.cachedData;
    script.release();
  }
}

/** Cold boot, install the harness, snapshot the interpreter's memory. Seconds. */
export async function makeSnapshot(onCatastrophicError: (m: string) => void): Promise<ArrayBuffer> {
  const a = loadAssets();
  const { isolate, context } = await bootIsolate(a, undefined, onCatastrophicError);
  try {
    await context.global.set("__lwHarness", PY_HARNESS);
    const copy = (await context.eval(
      `(() => {
        const py = globalThis.__lwBoot.py;
        py.runPython("import sys, types\\n_m = types.ModuleType('_loopwright')\\nexec(" + JSON.stringify(globalThis.__lwHarness) + ", _m.__dict__)\\nsys.modules['_loopwright'] = _m\\ndel _m, sys, types");
        const u = py.makeMemorySnapshot();
        return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength);
      })()`,
      { timeout: 60_000, externalCopy: true } as ivm.ContextEvalOptions,
    )) as unknown as ivm.ExternalCopy<ArrayBuffer>;
    const bytes = copy.copy();
    copy.release();
    return bytes;
  } finally {
    isolate.dispose();
  }
}

/** The snapshot from the disk cache if it is intact, else a fresh one (written back to the cache). */
export async function loadOrMakeSnapshot(onCatastrophicError: (m: string) => void): Promise<{ snapshot: ArrayBuffer; fromCache: boolean }> {
  const a = loadAssets();
  const dir = path.join(os.tmpdir(), "loopwright-pyodide");
  const file = path.join(dir, `snapshot-${a.version}-${a.cacheKey}.bin`);
  const meta = `${file}.json`;
  try {
    const { size, sha256 } = JSON.parse(fs.readFileSync(meta, "utf8")) as { size: number; sha256: string };
    const data = fs.readFileSync(file);
    if (data.length === size && createHash("sha256").update(data).digest("hex") === sha256) {
      return { snapshot: new Uint8Array(data).buffer, fromCache: true };
    }
  } catch {
    // no cache yet, or unreadable: make one
  }
  const snapshot = await makeSnapshot(onCatastrophicError);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const data = Buffer.from(snapshot);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
    fs.writeFileSync(`${meta}.${process.pid}.tmp`, JSON.stringify({ size: data.length, sha256: createHash("sha256").update(data).digest("hex") }));
    fs.renameSync(`${meta}.${process.pid}.tmp`, meta);
  } catch {
    // a read-only tmp dir only costs the next process a cold boot
  }
  return { snapshot, fromCache: false };
}

/** Forgets a cached snapshot that failed to boot. */
export function discardCachedSnapshot(): void {
  const a = loadAssets();
  const file = path.join(os.tmpdir(), "loopwright-pyodide", `snapshot-${a.version}-${a.cacheKey}.bin`);
  fs.rmSync(`${file}.json`, { force: true });
  fs.rmSync(file, { force: true });
}

/** An isolate booted from the snapshot, stripped and ready for one job. */
export async function bootFromSnapshot(
  snapshot: ivm.ExternalCopy<ArrayBuffer>,
  onCatastrophicError: (m: string) => void,
  phases?: BootPhases,
): Promise<PyBox> {
  const { isolate, context } = await bootIsolate(loadAssets(), snapshot, onCatastrophicError, phases);
  try {
    const started = performance.now();
    const api = (await context.eval(PY_FINALIZE, { timeout: 5_000, reference: true })) as unknown as ivm.Reference<Record<string, unknown>>;
    const fn = async (name: string) => (await api.get(name, { reference: true })) as never;
    const box: PyBox = {
      isolate,
      context,
      api: { setup: await fn("setup"), run: await fn("run"), drain: await fn("drain"), heapBytes: await fn("heapBytes") },
    };
    api.release();
    if (phases) phases["strip globals + harness refs"] = (phases["strip globals + harness refs"] ?? 0) + (performance.now() - started);
    return box;
  } catch (error) {
    if (!isolate.isDisposed) isolate.dispose();
    throw error;
  }
}
