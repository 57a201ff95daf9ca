import { TAG } from "../codec";

// Source of the harness that runs inside each candidate isolate, before the
// candidate's code. It is evaluated once per isolate and returns an object of
// functions that only the host holds references to.
//
// Trust: the candidate's code runs in the same isolate afterwards and may
// patch any global or prototype. The harness captures the intrinsics it needs
// up front, but nothing here is a security boundary: the only thing that
// leaves the isolate is a string, the host re-checks its size, and the host
// alone knows the expected values. Tampering can only spoil the candidate's
// own result.
//
// The isolate gets no host functions at all (no Callback, no Reference), and
// loses WebAssembly (its memory is not counted by memoryLimit) and
// SharedArrayBuffer (nothing to share with, and Atomics.wait blocks).

export const PRELUDE_FILENAME = "<harness>";
export const CANDIDATE_FILENAME = "solution.js";

export const PRELUDE_SOURCE = `(function () {
"use strict";
const TAG = ${JSON.stringify(TAG)};
const g = globalThis;
const JSONstringify = JSON.stringify, JSONparse = JSON.parse;
const isArray = Array.isArray, objectKeys = Object.keys, defineProperty = Object.defineProperty;
const getPrototypeOf = Object.getPrototypeOf, ObjectPrototype = Object.prototype;
const reflectApply = Reflect.apply, isView = ArrayBuffer.isView;
const WeakSetC = WeakSet, weakSetHas = WeakSet.prototype.has, weakSetAdd = WeakSet.prototype.add, weakSetDelete = WeakSet.prototype.delete;
const MapC = Map, SetC = Set, DateC = Date, dateToISO = Date.prototype.toISOString, dateGetTime = Date.prototype.getTime;
const arrayFrom = Array.from, ErrorC = Error, RangeErrorC = RangeError, TypeErrorC = TypeError;
const functionToString = Function.prototype.toString;
const promiseThen = Promise.prototype.then, PromiseC = Promise;
const indirectEval = eval, BigIntC = BigInt;

delete g.WebAssembly;
delete g.SharedArrayBuffer;
if (typeof Atomics === "object") { delete Atomics.wait; delete Atomics.waitAsync; }

// ---- allocations the heap limit cannot stop in time ----
// A few builtins allocate a whole result in one uninterruptible step
// (new Array(2 ** 31 - 1).fill(0), Array.from({ length: 2 ** 31 - 1 })) or
// grow one into a flood of garbage collections: V8 then either dies of
// out-of-memory (the worker is replaced, seconds later) or cannot be stopped
// at the time limit. A request that could not fit in the isolate's memory
// limit is refused up front instead, as V8 refuses an ArrayBuffer.
const memoryBytes = g.__lwMemoryBytes > 0 ? g.__lwMemoryBytes : 128 * 1024 * 1024;
delete g.__lwMemoryBytes;
const mathTrunc = Math.trunc, mathMax = Math.max, mathMin = Math.min, StringC = String, NumberC = Number;
const iteratorSymbol = Symbol.iterator;
function refuse(bytes, what) {
  if (bytes > memoryBytes) throw new RangeErrorC("Memory limit exceeded: " + what + " needs more than the " + (memoryBytes >> 20) + " MB limit");
}
function relativeIndex(x, len, dflt) {
  if (x === undefined) return dflt;
  x = NumberC(x);
  if (x !== x) return 0;
  x = mathTrunc(x);
  return x < 0 ? mathMax(len + x, 0) : mathMin(x, len);
}
function guard(owner, name, check) {
  const original = owner[name];
  const wrapped = {
    [name](...args) {
      check(this, args);
      return reflectApply(original, this, args);
    },
  }[name];
  defineProperty(owner, name, { value: wrapped, writable: true, configurable: true, enumerable: false });
}
const SLOT = 8;
guard(Array.prototype, "fill", (self, a) => {
  if (!isArray(self)) return;
  const len = self.length;
  if (len * SLOT <= memoryBytes) return;
  const start = relativeIndex(a[1], len, 0), end = relativeIndex(a[2], len, len);
  refuse((end - start) * SLOT, "an array of " + len + " elements");
});
guard(Array, "from", (self, a) => {
  const items = a[0];
  if (items === null || items === undefined || typeof items[iteratorSymbol] === "function") return;
  const len = NumberC(items.length);
  if (len > 0) refuse(len * SLOT, "an array of " + len + " elements");
});
guard(String.prototype, "repeat", (self, a) => {
  const n = NumberC(a[0]);
  if (n > 0) refuse(StringC(self).length * n, "a string of " + StringC(self).length * n + " characters");
});
for (const pad of ["padStart", "padEnd"]) {
  guard(String.prototype, pad, (self, a) => {
    const n = NumberC(a[0]);
    if (n > 0) refuse(n, "a string of " + n + " characters");
  });
}
// Each character of JSON text can become several bytes of parsed values ("[0,0,…]" is 8 bytes per 2 characters).
guard(JSON, "parse", (self, a) => {
  const text = a[0];
  if (typeof text === "string") refuse(text.length * 4, "parsing " + text.length + " characters of JSON");
});

// ---- console: buffered here, capped, handed out with each result ----
let out = "";
let budget = 0, outputCap = 0;
let truncated = false;
function fmt(v, depth, seen) {
  switch (typeof v) {
    case "string": return depth === 0 ? v : JSONstringify(v);
    case "number": return v === 0 && 1 / v < 0 ? "-0" : "" + v;
    case "bigint": return "" + v + "n";
    case "undefined": return "undefined";
    case "boolean": return v ? "true" : "false";
    case "symbol": return "Symbol()";
    case "function": return "[Function" + (v.name ? ": " + v.name : " (anonymous)") + "]";
  }
  if (v === null) return "null";
  if (reflectApply(weakSetHas, seen, [v])) return "[Circular]";
  if (v instanceof ErrorC) return (v.stack ? "" + v.stack : v.name + ": " + v.message);
  if (depth > 2) return isArray(v) ? "[Array]" : "[Object]";
  reflectApply(weakSetAdd, seen, [v]);
  try {
    let parts = "", n = 0;
    if (isArray(v) || isView(v)) {
      const len = v.length;
      for (let i = 0; i < len && n < 100; i++, n++) parts += (n ? ", " : "") + fmt(v[i], depth + 1, seen);
      if (len > 100) parts += ", ... " + (len - 100) + " more items";
      return "[ " + parts + (parts ? " ]" : "]");
    }
    if (v instanceof MapC || v instanceof SetC) {
      const items = arrayFrom(v);
      for (let i = 0; i < items.length && i < 100; i++) {
        const it = items[i];
        parts += (i ? ", " : "") + (v instanceof MapC ? fmt(it[0], depth + 1, seen) + " => " + fmt(it[1], depth + 1, seen) : fmt(it, depth + 1, seen));
      }
      return (v instanceof MapC ? "Map(" : "Set(") + items.length + ") { " + parts + " }";
    }
    if (v instanceof DateC) return reflectApply(dateToISO, v, []);
    const keys = objectKeys(v);
    for (let i = 0; i < keys.length && i < 100; i++) parts += (i ? ", " : "") + keys[i] + ": " + fmt(v[keys[i]], depth + 1, seen);
    return parts ? "{ " + parts + " }" : "{}";
  } finally {
    reflectApply(weakSetDelete, seen, [v]);
  }
}
function write() {
  if (truncated) return;
  let line = "";
  const seen = new WeakSetC();
  for (let i = 0; i < arguments.length; i++) line += (i ? " " : "") + fmt(arguments[i], 0, seen);
  line += "\\n";
  if (line.length > budget) {
    out += line.slice(0, budget > 0 ? budget : 0) + "\\n[output truncated at " + outputCap + " bytes, the limit for the whole run]\\n";
    budget = 0;
    truncated = true;
    return;
  }
  budget -= line.length;
  out += line;
}
const consoleObject = {};
const methods = ["log", "info", "warn", "error", "debug", "trace", "dir"];
for (let i = 0; i < methods.length; i++) consoleObject[methods[i]] = write;
defineProperty(g, "console", { value: consoleObject, writable: true, configurable: true, enumerable: false });

// Transpiled TypeScript (and JavaScript written as a module) arrive as
// CommonJS: give them an exports object and a require that explains itself.
const moduleObject = { exports: {} };
defineProperty(g, "module", { value: moduleObject, writable: true, configurable: true });
defineProperty(g, "exports", { value: moduleObject.exports, writable: true, configurable: true });
defineProperty(g, "require", {
  value: function require(name) { throw new ErrorC("Cannot import " + JSONstringify("" + name) + ": the sandbox has no modules"); },
  writable: true, configurable: true,
});

// ---- values out: a tagged JSON tree, built here so that getters, proxies
// and toJSON run (if at all) in this isolate under its time limit ----
let returnCap = 0;
function encode(root) {
  let size = 0;
  const onPath = new WeakSetC();
  function grow(n) {
    size += n;
    if (size > returnCap) throw new RangeErrorC("return value is too large (over " + returnCap + " bytes)");
  }
  function walk(v, depth) {
    switch (typeof v) {
      case "number":
        grow(8);
        if (v !== v) return { [TAG]: "NaN" };
        if (v === Infinity) return { [TAG]: "Infinity" };
        if (v === -Infinity) return { [TAG]: "-Infinity" };
        return v;
      case "string": grow(v.length + 2); return v;
      case "boolean": grow(5); return v;
      case "undefined": grow(16); return { [TAG]: "undefined" };
      case "bigint": { const s = "" + v; grow(s.length + 16); return { [TAG]: "bigint", v: s }; }
      case "symbol": grow(16); return { [TAG]: "symbol" };
      case "function": grow(16); return { [TAG]: "function", v: "" + (v.name || "") };
    }
    if (v === null) { grow(4); return null; }
    if (depth > 500) throw new RangeErrorC("return value is nested too deeply");
    if (reflectApply(weakSetHas, onPath, [v])) throw new TypeErrorC("return value is cyclic (an object contains itself)");
    reflectApply(weakSetAdd, onPath, [v]);
    try {
      grow(2);
      if (isArray(v) || isView(v)) {
        const len = v.length;
        if (len > returnCap) grow(len);
        const arr = [];
        for (let i = 0; i < len; i++) { grow(1); arr[i] = walk(v[i], depth + 1); }
        return arr;
      }
      if (v instanceof SetC) return walk(arrayFrom(v), depth);
      if (v instanceof MapC) return walk(arrayFrom(v), depth);
      if (v instanceof DateC) { const t = reflectApply(dateGetTime, v, []); return t === t ? reflectApply(dateToISO, v, []) : null; }
      const obj = {};
      const keys = objectKeys(v);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        grow(k.length + 4);
        defineProperty(obj, k, { value: walk(v[k], depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    } finally {
      reflectApply(weakSetDelete, onPath, [v]);
    }
  }
  return walk(root, 0);
}

function decode(v) {
  if (v === null || typeof v !== "object") return v;
  if (isArray(v)) { for (let i = 0; i < v.length; i++) v[i] = decode(v[i]); return v; }
  const keys = objectKeys(v);
  if (keys.length <= 2 && TAG in v) {
    const t = v[TAG];
    if (t === "undefined") return undefined;
    if (t === "NaN") return NaN;
    if (t === "Infinity") return Infinity;
    if (t === "-Infinity") return -Infinity;
    if (t === "bigint") return BigIntC(v.v);
  }
  for (let i = 0; i < keys.length; i++) v[keys[i]] = decode(v[keys[i]]);
  return v;
}

function describe(e) {
  let message, stack;
  try {
    if (e instanceof ErrorC) {
      message = "" + e.name + ": " + e.message;
      stack = typeof e.stack === "string" ? e.stack : "";
    } else {
      message = "Uncaught " + fmt(e, 1, new WeakSetC());
      stack = "";
    }
  } catch (inner) {
    message = "Uncaught exception (it could not be described)";
    stack = "";
  }
  return { message: message.length > 2000 ? message.slice(0, 2000) + "…" : message, stack: stack.length > 8000 ? stack.slice(0, 8000) : stack };
}

function takeOutput() { const o = out; out = ""; return o; }
function ok(value) { const v = encode(value); return JSONstringify({ s: "ok", v: v, o: takeOutput() }); }
function fail(e) { const d = describe(e); return JSONstringify({ s: "err", m: d.message, st: d.stack, o: takeOutput() }); }

let entry;
let pending;
return {
  // Before the candidate's top-level code, so its console.log has the run's budget too
  // (it is shared by the top-level code and every test).
  start(outputBudget) {
    budget = outputCap = outputBudget;
    truncated = false;
    return "";
  },
  // After the candidate's top-level code: find the entry function by name in
  // the global scope (an indirect eval sees top-level let/const too).
  bind(name, cap) {
    returnCap = cap;
    let f;
    try { f = indirectEval(name); } catch (e) { f = undefined; }
    if (typeof f !== "function") { const m = moduleObject.exports; f = m !== null && typeof m === "object" ? m[name] : undefined; }
    entry = typeof f === "function" ? f : undefined;
    return JSONstringify({ found: entry !== undefined, o: takeOutput() });
  },
  run(argsJson) {
    pending = undefined;
    let r;
    try {
      const args = decode(JSONparse(argsJson));
      r = reflectApply(entry, undefined, args);
    } catch (e) {
      return fail(e);
    }
    if (r !== null && (typeof r === "object" || typeof r === "function") && r instanceof PromiseC) {
      // Microtasks run before the host's call returns, so an async solution
      // has settled by the time the host asks collect(), or never will.
      pending = { done: false, text: "" };
      const p = pending;
      reflectApply(promiseThen, r, [
        function (v) { p.done = true; try { p.text = ok(v); } catch (e) { p.text = fail(e); } },
        function (e) { p.done = true; p.text = fail(e); },
      ]);
      return JSONstringify({ s: "pending" });
    }
    try { return ok(r); } catch (e) { return fail(e); }
  },
  collect() {
    if (pending && pending.done) return pending.text;
    return JSONstringify({ s: "pending", o: takeOutput() });
  },
  drain() { return takeOutput(); },
};
})()`;
