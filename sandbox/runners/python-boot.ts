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
    .replace(/export default _createPyodideModule;?\s*$/, "globalThis.__lwCreate = _createPyodideModule;");
  const loaderSource = read("pyodide.mjs")
    .toString("utf8")
    .replace(/export\s*\{\s*(\w+) as loadPyodide\s*,[^}]*\};?/, "globalThis.__lwLoad = $1;");
  if (!asmSource.includes("__lwCreate") || !loaderSource.includes("__lwLoad")) {
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

/** A new isolate with Pyodide booted in it: from the snapshot, or cold (to make one). */
async function bootIsolate(a: PyAssets, snapshot: ivm.ExternalCopy<ArrayBuffer> | undefined, onCatastrophicError: (m: string) => void) {
  const isolate = new ivm.Isolate({ memoryLimit: PY_ISOLATE_HEAP_MB, onCatastrophicError });
  try {
    const context = await isolate.createContext();
    const jail = context.global;
    await jail.set("__lwWasm", a.wasm.copyInto({ release: false }));
    await jail.set("__lwStdlib", a.stdlib.copyInto({ release: false }));
    await jail.set("__lwLock", a.lock);
    await jail.set("__lwSeed", new ivm.ExternalCopy([...new Int32Array(randomBytes(16).buffer)]).copyInto());
    if (snapshot) await jail.set("__lwSnapshot", snapshot.copyInto({ release: false }));
    await context.eval(PY_SHIM, { timeout: 5_000 });
    await runCached(isolate, context, a.asmSource, "pyodide.asm.js", "asmCache");
    await runCached(isolate, context, a.loaderSource, "pyodide.js", "loaderCache");
    await context.eval(PY_BOOT, { timeout: snapshot ? 20_000 : 60_000 });
    const state = (await context.eval("globalThis.__lwBoot.state + '\\n' + (globalThis.__lwBoot.error || '')", { copy: true })) as string;
    if (!state.startsWith("ok")) throw new Error(`Pyodide did not boot: ${state.slice(0, 2000)}`);
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
export async function bootFromSnapshot(snapshot: ivm.ExternalCopy<ArrayBuffer>, onCatastrophicError: (m: string) => void): Promise<PyBox> {
  const { isolate, context } = await bootIsolate(loadAssets(), snapshot, onCatastrophicError);
  try {
    const api = (await context.eval(PY_FINALIZE, { timeout: 5_000, reference: true })) as unknown as ivm.Reference<Record<string, unknown>>;
    const fn = async (name: string) => (await api.get(name, { reference: true })) as never;
    const box: PyBox = {
      isolate,
      context,
      api: { setup: await fn("setup"), run: await fn("run"), drain: await fn("drain"), heapBytes: await fn("heapBytes") },
    };
    api.release();
    return box;
  } catch (error) {
    if (!isolate.isDisposed) isolate.dispose();
    throw error;
  }
}
