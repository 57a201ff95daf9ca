import { TAG } from "../codec";

// Sources evaluated inside each Python isolate.
//
// PY_SHIM (JavaScript) runs first, in an empty isolate: it gives Pyodide's
// Emscripten "shell" mode what it expects from a d8-like shell (read, load,
// readbuffer, os.system for random bytes) and the few web APIs the isolate
// lacks (TextEncoder/TextDecoder, performance, setTimeout), all implemented
// inside the isolate: no host function is ever reachable from it.
//
// PY_HARNESS (Python) is run once while the memory snapshot is made, so every
// isolate booted from the snapshot already has it, and the common standard
// library modules already imported. Like the JavaScript prelude it captures
// what it uses before any candidate code runs; tampering can only spoil the
// candidate's own result, because only a string leaves the isolate and the
// host alone knows the expected values.

export const PY_FILENAME = "solution.py";

export const PY_SHIM = `(function () {
"use strict";
const g = globalThis;
const dateNow = Date.now;
g.performance = { now: () => dateNow(), timeOrigin: dateNow() };

// Random bytes for Python's os.urandom / random seeding: Emscripten's shell
// mode asks os.system("sh", ["-c", "head -cN /dev/urandom | base64 ..."]).
// A xorshift generator seeded by the host per isolate; nothing leaves.
let s0 = g.__lwSeed[0] | 1, s1 = g.__lwSeed[1] | 1, s2 = g.__lwSeed[2] | 1, s3 = g.__lwSeed[3] | 1;
function next() {
  const t = s0 ^ (s0 << 11);
  s0 = s1; s1 = s2; s2 = s3;
  s3 = (s3 ^ (s3 >>> 19)) ^ (t ^ (t >>> 8));
  return s3 & 255;
}
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
g.os = {
  system(cmd, args) {
    const m = /head -c(\\d+)/.exec(String(args && args[1]));
    const n = m ? Math.min(+m[1], 1 << 16) : 0;
    let out = "";
    for (let i = 0; i < n; i += 3) {
      const a = next(), b = i + 1 < n ? next() : -1, c = i + 2 < n ? next() : -1;
      out += B64[a >> 2] + B64[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)];
      out += b < 0 ? "=" : B64[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)];
      out += c < 0 ? "=" : B64[c & 63];
    }
    return out;
  },
};

// No event loop in an isolate: a timer runs as a microtask, within the
// current call and its time limit.
let timerId = 0;
g.setTimeout = function (f, ms, ...args) { const id = ++timerId; Promise.resolve().then(() => f(...args)); return id; };
g.clearTimeout = function () {};
g.setInterval = function () { return ++timerId; };
g.clearInterval = function () {};

class TextEncoder {
  get encoding() { return "utf-8"; }
  encode(input = "") {
    const s = String(input);
    const out = new Uint8Array(s.length * 3);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      } else if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
      if (c < 0x80) out[n++] = c;
      else if (c < 0x800) { out[n++] = 0xc0 | (c >> 6); out[n++] = 0x80 | (c & 63); }
      else if (c < 0x10000) { out[n++] = 0xe0 | (c >> 12); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
      else { out[n++] = 0xf0 | (c >> 18); out[n++] = 0x80 | ((c >> 12) & 63); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
    }
    return out.slice(0, n);
  }
  encodeInto(s, dest) {
    const e = this.encode(s);
    const n = Math.min(e.length, dest.length);
    dest.set(e.subarray(0, n));
    return { read: String(s).length, written: n };
  }
}
class TextDecoder {
  constructor() { this.encoding = "utf-8"; }
  decode(input) {
    if (!input) return "";
    const u = input instanceof Uint8Array ? input
      : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    let out = "", chunk = [];
    for (let i = 0; i < u.length;) {
      let c = u[i++];
      if (c >= 0x80) {
        if (c >= 0xf0 && i + 2 < u.length) { c = ((c & 7) << 18) | ((u[i++] & 63) << 12) | ((u[i++] & 63) << 6) | (u[i++] & 63); }
        else if (c >= 0xe0 && i + 1 < u.length) { c = ((c & 15) << 12) | ((u[i++] & 63) << 6) | (u[i++] & 63); }
        else if (c >= 0xc0 && i < u.length) { c = ((c & 31) << 6) | (u[i++] & 63); }
        else c = 0xfffd;
      }
      if (c > 0xffff) { c -= 0x10000; chunk.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023)); }
      else chunk.push(c);
      if (chunk.length > 8000) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
    }
    return out + String.fromCharCode.apply(null, chunk);
  }
}
g.TextEncoder = TextEncoder;
g.TextDecoder = TextDecoder;

// isolated-vm never settles WebAssembly's own promises: answer them with the
// synchronous constructors, and with the module the host compiled once.
const WA = g.WebAssembly, Mod = WA.Module, Inst = WA.Instance;
WA.compile = (bytes) => Promise.resolve(new Mod(bytes));
WA.instantiate = (source, imports) => {
  if (source instanceof Mod) return Promise.resolve(new Inst(source, imports));
  const module = g.__lwWasm;
  return Promise.resolve({ module, instance: new Inst(module, imports) });
};
delete WA.instantiateStreaming;

// Snapshot restore (called by Pyodide's restoreSnapshot in place of
// HEAP8.set): copy the non-zero runs, zero the zero runs only where memory
// may already have been written (below the heap's break).
if (g.__lwSnapRuns) {
  const runs = new Int32Array(g.__lwSnapRuns);
  g.__lwRestore = function (M, src) {
    const heap = M.HEAPU8;
    const top = M.HEAPU32[M._emscripten_get_sbrk_ptr() >>> 2];
    const last = runs.length - 2;
    if (!(top > 0) || runs.length < 2 || runs[last] + Math.abs(runs[last + 1]) > heap.length) throw new Error("snapshot restore: unexpected heap layout");
    let from = 0;
    for (let k = 0; k < runs.length; k += 2) {
      const at = runs[k], n = runs[k + 1];
      if (n > 0) { heap.set(src.subarray(from, from + n), at); from += n; }
      else if (at < top) heap.fill(0, at, Math.min(at - n, top));
    }
    if (from !== src.length) throw new Error("snapshot restore: runs do not match the data");
  };
}

// Dynamic linking of the main module: updateGOT gives each of its ~7,400
// exports a GOT entry, and every exported function a table index (building a
// map over the whole function table first, which wraps every table entry as
// a JS function). The outcome depends only on the wasm module, identical in
// every isolate: the first boot of a process records it (values and the
// table slots it appended) as plain data, and later boots replay it. The
// table map is then built lazily by getFunctionAddress, as before any
// updateGOT. A plan that does not fit this table falls back to updateGOT.
g.__lwGot = function (exports, GOT, table, updateGOT) {
  const plan = typeof g.__lwGotPlan === "string" ? JSON.parse(g.__lwGotPlan) : undefined;
  if (plan && plan.before === table.length && plan.count === Object.keys(exports).length) {
    table.grow(plan.after - plan.before);
    const names = plan.names, values = plan.values;
    for (let i = 0; i < names.length; i++) {
      const e = GOT[names[i]] || (GOT[names[i]] = new WA.Global({ value: "i32", mutable: true }));
      e.value = values[i];
    }
    const slots = plan.slots;
    for (let i = 0; i < slots.length; i += 2) {
      const f = exports[slots[i + 1]];
      if (typeof f !== "function") throw new Error("GOT plan: export " + slots[i + 1] + " is not a function");
      table.set(slots[i], f);
    }
    return;
  }
  const before = table.length;
  updateGOT(exports);
  const names = Object.keys(GOT), values = names.map((n) => GOT[n].value), slots = [];
  for (let i = 0; i < names.length; i++) {
    if (values[i] >= before && typeof exports[names[i]] === "function" && table.get(values[i]) === exports[names[i]]) slots.push(values[i], names[i]);
  }
  g.__lwGotRecorded = JSON.stringify({ before, after: table.length, count: Object.keys(exports).length, names, values, slots });
};

// Emscripten's shell mode reads files through these.
g.read = function (path) {
  if (String(path).endsWith("pyodide-lock.json")) return g.__lwLock;
  throw new Error("no such file: " + path);
};
g.load = function (path) { throw new Error("cannot load " + path); };
g.readbuffer = function (path) {
  path = String(path);
  if (path.endsWith("python_stdlib.zip")) return g.__lwStdlib;
  if (path.endsWith(".wasm")) return new ArrayBuffer(8); // never read: instantiate uses __lwWasm
  throw new Error("no such file: " + path);
};
})();`;

/** Starts loadPyodide; the host reads globalThis.__lwBoot.state afterwards (microtasks run within the call). */
export const PY_BOOT = `(function () {
const g = globalThis;
const opts = { createPyodideModule: g.__lwCreate, indexURL: "/pyodide/", stdout: () => {}, stderr: () => {} };
if (g.__lwSnapshot) opts._loadSnapshot = g.__lwSnapshot; else opts._makeSnapshot = true;
g.__lwBoot = { state: "booting" };
g.__lwLoad(opts).then(
  (py) => { g.__lwBoot.py = py; g.__lwBoot.state = "ok"; },
  (e) => { g.__lwBoot.state = "error"; g.__lwBoot.error = String((e && e.stack) || e); },
);
})();`;

/**
 * After a boot: keep what the harness needs in a closure, remove every boot
 * global (including WebAssembly), cap wasm memory growth, and hand the host
 * an object of functions it alone holds.
 */
export const PY_FINALIZE = `(function () {
"use strict";
const g = globalThis;
const py = g.__lwBoot.py;
const harness = py.pyimport("_loopwright");
const pySetup = harness.setup, pyRun = harness.run_test, pyDrain = harness.drain;

const heap = () => py._module.HEAPU8.buffer.byteLength;
for (const k of ["__lwBoot", "__lwSnapshot", "__lwStdlib", "__lwWasm", "__lwLock", "__lwSeed", "__lwCreate", "__lwLoad", "__lwRestore", "__lwSnapRuns", "__lwSnapLen", "__lwGot", "__lwGotPlan", "__lwGotRecorded", "read", "load", "readbuffer"]) delete g[k];

// Python's heap is WebAssembly memory, which the isolate's memoryLimit does
// not count: growth is capped here (Python then raises MemoryError), and
// WebAssembly itself goes so that nothing can allocate memory outside it.
const reflectApply = Reflect.apply;
const MemoryProto = WebAssembly.Memory.prototype;
const grow = MemoryProto.grow;
const bufferOf = Object.getOwnPropertyDescriptor(MemoryProto, "buffer").get;
const byteLengthOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
let cap = 0;
Object.defineProperty(MemoryProto, "grow", {
  value: function grow_(pages) {
    const current = reflectApply(byteLengthOf, reflectApply(bufferOf, this, []), []);
    if (current + (+pages) * 65536 > cap) throw new RangeError("WebAssembly.Memory.grow(): memory limit reached");
    return reflectApply(grow, this, [pages]);
  },
  writable: false, configurable: false, enumerable: false,
});
delete g.WebAssembly;
delete g.SharedArrayBuffer;
if (typeof Atomics === "object") { delete Atomics.wait; delete Atomics.waitAsync; }

return {
  setup(source, entry, memoryMb, outputBytes, returnBytes) {
    cap = heap() + memoryMb * 1048576;
    return pySetup(source, entry, outputBytes, returnBytes);
  },
  run(argsJson) { return pyRun(argsJson); },
  drain() { return pyDrain(); },
  heapBytes() { return heap(); },
};
})()`;

/** The Python half of the harness, installed as module _loopwright in the snapshot. */
export const PY_HARNESS = String.raw`
import sys, builtins, json, json.encoder, json.scanner, types, linecache, math
# Imported now so they are in the snapshot: candidates' imports are then free.
import collections, heapq, itertools, functools, statistics, random, dataclasses, typing, re, bisect
import string, operator, copy, fractions, decimal, enum, abc, array, datetime, time, cmath, numbers, io, textwrap

_TAG = ${JSON.stringify(TAG)}
_FILENAME = ${JSON.stringify(PY_FILENAME)}
_isinstance, _type, _len, _str, _id, _callable = isinstance, type, len, str, id, callable
_compile, _exec, _getattr, _min, _max = compile, exec, getattr, min, max
_int_repr, _float_repr = int.__repr__, float.__repr__
_isnan, _isinf = math.isnan, math.isinf
_BaseException, _SyntaxError, _MemoryError, _RecursionError = BaseException, SyntaxError, MemoryError, RecursionError
_TypeError, _ValueError, _ModuleNotFoundError, _OverflowError = TypeError, ValueError, ModuleNotFoundError, OverflowError
_list, _tuple, _dict, _set, _frozenset, _bool, _int, _float = list, tuple, dict, set, frozenset, bool, int, float
_linecache = linecache.cache
_enc_str = json.encoder.c_encode_basestring_ascii or json.encoder.py_encode_basestring_ascii
_seed = random.seed
_builtins = builtins
_sys = sys

def _object_hook(d):
    if _len(d) <= 2 and _TAG in d:
        t = d[_TAG]
        if t == "NaN": return _float("nan")
        if t == "Infinity": return _float("inf")
        if t == "-Infinity": return _float("-inf")
        if t == "undefined": return None
        if t == "bigint": return _int(d.get("v", "0"))
    return d
# The C scanner reads its settings once, here; json's module-level code (and
# the builtins it looks up at call time) is never used again.
_scan = json.scanner.c_make_scanner(json.JSONDecoder(object_hook=_object_hook))
def _loads(text):
    value, end = _scan(text, 0)
    if end != _len(text): raise _ValueError("trailing data in the arguments")
    return value

# ---- imports: the standard library only ----
_STDLIB = frozenset(sys.stdlib_module_names)
_RUNTIME = frozenset({"js", "pyodide", "_pyodide", "pyodide_js"})
class _StdlibOnly:
    @staticmethod
    def find_spec(name, path=None, target=None):
        top = name.partition(".")[0]
        if top in _STDLIB or top in _RUNTIME:
            return None
        raise _ModuleNotFoundError(top + " is not available: this question is standard-library only", name=name)
    @staticmethod
    def invalidate_caches():
        pass
sys.meta_path.insert(0, _StdlibOnly)

# ---- output: print() and sys.stderr, buffered and capped ----
class _Output:
    encoding = "utf-8"
    errors = "strict"
    def __init__(self):
        self.parts = []
        self.left = 0
        self.cap = 0
        self.truncated = False
    def write(self, s):
        if not _isinstance(s, _str):
            raise _TypeError("write() argument must be str, not " + _type(s).__name__)
        n = _len(s)
        if self.truncated:
            return n
        if n > self.left:
            self.parts.append(s[:_max(self.left, 0)] + "\n[output truncated at " + _str(self.cap) + " bytes, the limit for the whole run]\n")
            self.left = 0
            self.truncated = True
        else:
            self.parts.append(s)
            self.left -= n
        return n
    def writelines(self, lines):
        for line in lines:
            self.write(line)
    def flush(self): pass
    def isatty(self): return False
    def writable(self): return True
    def readable(self): return False
    def take(self):
        o = "".join(self.parts)
        self.parts = []
        return o
_out = _Output()

# ---- values out: JSON text built here, with cycle, depth and size caps ----
class _TooLarge(Exception): pass
def _encode(root, cap):
    parts = []
    size = 0
    on_path = _set()
    def walk(v, depth):
        nonlocal size
        if v is None:
            parts.append("null"); size += 4
        elif v is True or v is False or _isinstance(v, _bool):
            parts.append("true" if v else "false"); size += 5
        elif _isinstance(v, _int):
            s = _int_repr(v); parts.append(s); size += _len(s)
        elif _isinstance(v, _float):
            if _isnan(v): parts.append('{"\\u0000lw":"NaN"}')
            elif _isinf(v): parts.append('{"\\u0000lw":"Infinity"}' if v > 0 else '{"\\u0000lw":"-Infinity"}')
            else: parts.append(_float_repr(v))
            size += 8
        elif _isinstance(v, _str):
            size += _len(v) + 2
            if size > cap: raise _TooLarge()
            parts.append(_enc_str(v))
        elif _isinstance(v, (_list, _tuple, _dict, _set, _frozenset)):
            if depth > 500: raise _ValueError("return value is nested too deeply")
            key = _id(v)
            if key in on_path: raise _ValueError("return value is cyclic (it contains itself)")
            on_path.add(key)
            if _isinstance(v, _dict):
                parts.append("{"); size += 2
                first = True
                for k in _list(v.keys()):
                    if _isinstance(k, _str): ks = k
                    elif k is True or k is False: ks = "true" if k else "false"
                    elif k is None: ks = "null"
                    elif _isinstance(k, _int): ks = _int_repr(k)
                    elif _isinstance(k, _float): ks = _float_repr(k)
                    else: raise _TypeError("keys must be str, int, float, bool or None, not " + _type(k).__name__)
                    if not first: parts.append(",")
                    first = False
                    size += _len(ks) + 4
                    if size > cap: raise _TooLarge()
                    parts.append(_enc_str(ks)); parts.append(":")
                    walk(v[k], depth + 1)
                parts.append("}")
            else:
                parts.append("["); size += 2
                first = True
                for item in _list(v):
                    if not first: parts.append(",")
                    first = False
                    size += 1
                    walk(item, depth + 1)
                parts.append("]")
            on_path.discard(key)
        else:
            raise _TypeError("Object of type " + _type(v).__name__ + " is not JSON serializable: return int, float, str, bool, None, list or dict")
        if size > cap: raise _TooLarge()
    try:
        walk(root, 0)
    except _TooLarge:
        raise _ValueError("return value is too large (over " + _str(cap) + " bytes)") from None
    return "".join(parts)

# ---- errors: like Python's, trimmed to the candidate's own frames ----
def _describe(e):
    try:
        name = _type(e).__name__
        try:
            text = _str(e)
        except _BaseException:
            text = ""
        if _len(text) > 2000: text = text[:2000] + "…"
        frames = []  # (line, function name) of the candidate's own frames, outermost first
        tb = e.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename == _FILENAME: frames.append((tb.tb_lineno, code.co_name))
            tb = tb.tb_next
        head = name + ": " + text if text else name
        if frames: head += " (line " + _str(frames[-1][0]) + ")"
        if not frames: return head
        shown = frames if _len(frames) <= 12 else frames[:5] + [None] + frames[-5:]
        lines = ["Traceback (most recent call last):"]
        for f in shown:
            if f is None:
                lines.append("  ... " + _str(_len(frames) - 10) + " more frames ...")
                continue
            lines.append('  File "' + _FILENAME + '", line ' + _str(f[0]) + ", in " + f[1])
            src = _source_lines[f[0] - 1].strip() if 0 < f[0] <= _len(_source_lines) else ""
            if src: lines.append("    " + src)
        lines.append(name + ": " + text if text else name)
        return head + "\n" + "\n".join(lines)
    except _BaseException:
        return "Exception (it could not be described)"

# Pyodide is a 32-bit interpreter: [0] * 10**10 or bytearray(10**10) raise
# this OverflowError where a 64-bit CPython raises MemoryError. Either way the
# request cannot fit in memory, so it is reported as one.
_SIZE_OVERFLOW = "cannot fit 'int' into an index-sized integer"

def _fail(e):
    text = _describe(e)
    if _isinstance(e, _MemoryError):
        kind = "MemoryError"
    elif _isinstance(e, _OverflowError) and e.args == (_SIZE_OVERFLOW,):
        kind = "MemoryError"
        text = "MemoryError: the requested size cannot fit in memory; " + text
    else:
        kind = "Error"
    return '{"s":"err","k":"' + kind + '","m":' + _enc_str(text) + ',"o":' + _enc_str(_out.take()) + "}"

_state = {"entry": None, "cap": 0}
_source_lines = []

def setup(source, entry, output_bytes, return_bytes):
    _seed()  # the snapshot's random state would otherwise repeat in every run
    _out.left = _out.cap = output_bytes
    _state["cap"] = return_bytes
    _sys.stdout = _sys.stderr = _out
    _source_lines[:] = source.splitlines()
    _linecache[_FILENAME] = (_len(source), None, source.splitlines(True), _FILENAME)
    try:
        code = _compile(source, _FILENAME, "exec", dont_inherit=True)
    except (_SyntaxError, _ValueError) as e:
        if _isinstance(e, _SyntaxError):
            line, col = e.lineno, e.offset
            where = ""
            if line: where = " (line " + _str(line) + (", column " + _str(col) if col else "") + ")"
            msg = _type(e).__name__ + ": " + _str(e.msg) + where
            return '{"s":"compile","m":' + _enc_str(msg) + ',"line":' + (_str(line) if line else "null") + ',"column":' + (_str(col) if col else "null") + "}"
        return '{"s":"compile","m":' + _enc_str(_type(e).__name__ + ": " + _str(e)) + ',"line":null,"column":null}'
    namespace = {"__name__": "__main__", "__builtins__": _builtins, "__file__": _FILENAME}
    try:
        _exec(code, namespace)
    except _BaseException as e:
        return _fail(e)
    f = namespace.get(entry)
    _state["entry"] = f if _callable(f) else None
    return '{"s":"ok","found":' + ("true" if _state["entry"] is not None else "false") + ',"o":' + _enc_str(_out.take()) + "}"

def run_test(args_json):
    try:
        args = _loads(args_json)
        value = _state["entry"](*args)
        text = _encode(value, _state["cap"])
    except _BaseException as e:
        return _fail(e)
    return '{"s":"ok","v":' + text + ',"o":' + _enc_str(_out.take()) + "}"

def drain():
    return _out.take()
`;
