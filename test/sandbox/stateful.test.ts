import { describe, expect, it } from "vitest";
import type { RunRequest } from "../../sandbox/index";
import { usePool } from "./helpers";

const sandbox = usePool();

const LIMITS = { timeMsPerTest: 1_000, memoryMb: 64, wallMs: 30_000 };

// LRUCache(2), put(1,1), put(2,2), get(1) -> 1, put(3,3), get(2) -> -1
const lruTest = {
  id: "lru",
  args: [],
  expected: null,
  sequence: {
    construct: [2],
    steps: [
      { method: "put", args: [1, 1] },
      { method: "put", args: [2, 2] },
      { method: "get", args: [1], expected: 1 },
      { method: "put", args: [3, 3] },
      { method: "get", args: [2], expected: -1 },
      { method: "get", args: [3], expected: 3 },
    ],
  },
};

const JS_LRU = `class LRUCache {
  constructor(capacity) { this.capacity = capacity; this.map = new Map(); }
  get(key) { if (!this.map.has(key)) return -1; const v = this.map.get(key); this.map.delete(key); this.map.set(key, v); return v; }
  put(key, value) { this.map.delete(key); this.map.set(key, value); if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value); }
}`;
// Forgets to refresh a key on get: evicts 1 instead of 2.
const JS_FIFO = JS_LRU.replace("this.map.delete(key); this.map.set(key, v); return v;", "return v;");

const PY_LRU = `from collections import OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
`;

function run(req: Partial<RunRequest> & Pick<RunRequest, "language" | "source" | "entry" | "tests">) {
  return sandbox.pool.run({ mode: "run", limits: LIMITS, ...req } as RunRequest);
}

describe("stateful tests", () => {
  it("runs a sequence of calls on one object (JavaScript, TypeScript and Python)", async () => {
    for (const [language, source] of [["js", JS_LRU], ["ts", `export ${JS_LRU.replace("constructor(capacity)", "capacity: number; map: Map<number, number>;\n  constructor(capacity: number)")}`], ["python", PY_LRU]] as const) {
      const result = await run({ language, source, entry: "LRUCache", tests: [lruTest] });
      expect(result.tests[0].error, language).toBeUndefined();
      expect(result.verdict, language).toBe("Accepted");
      expect(result.tests[0].steps?.map((s) => s.ok)).toEqual([true, true, true, true, true, true, true]);
    }
  });

  it("shows the calls up to the first that differs", async () => {
    const result = await run({ language: "js", source: JS_FIFO, entry: "LRUCache", tests: [lruTest] });
    expect(result.verdict).toBe("WrongAnswer");
    const steps = result.tests[0].steps!;
    expect(steps.map((s) => s.call)).toEqual(["obj = new LRUCache(2)", "obj.put(1, 1)", "obj.put(2, 2)", "obj.get(1)", "obj.put(3, 3)", "obj.get(2)"]);
    expect(steps.at(-1)).toMatchObject({ ok: false, expected: -1, actual: 2 });
  });

  it("in submit mode says only pass or fail, never the hidden call", async () => {
    const result = await run({ mode: "submit", language: "js", source: JS_FIFO, entry: "LRUCache", tests: [lruTest] });
    expect(result.verdict).toBe("WrongAnswer");
    expect(result.tests[0].steps).toBeUndefined();
    expect(result.tests[0].error).toBeUndefined();
  });
});

describe("expected errors", () => {
  const tests = [
    { id: "ok", args: [4], expected: 2 },
    { id: "neg", args: [-1], expected: null, throws: { name: "RangeError", message: "negative" } },
  ];
  it("accepts the named error (or a subclass) with the message", async () => {
    const js = await run({ language: "js", entry: "root", tests, source: `function root(x) { if (x < 0) throw new RangeError("negative input"); return Math.sqrt(x); }` });
    expect(js.verdict).toBe("Accepted");
    const py = await run({
      language: "python",
      entry: "root",
      tests: tests.map((t) => (t.throws ? { ...t, throws: { name: "ValueError", message: "negative" } } : t)),
      source: "class NegativeInput(ValueError):\n    pass\n\ndef root(x):\n    if x < 0:\n        raise NegativeInput('negative input')\n    return x ** 0.5\n",
    });
    expect(py.verdict).toBe("Accepted");
  });

  it("refuses a returned value, the wrong error class or the wrong message", async () => {
    const returned = await run({ language: "js", entry: "root", tests, source: `function root(x) { return Math.sqrt(x); }` });
    expect(returned.tests[1].status).toBe("WrongAnswer");
    expect(returned.tests[1].error).toMatch(/expected it to throw RangeError/);
    const wrongClass = await run({ language: "js", entry: "root", tests, source: `function root(x) { if (x < 0) throw new TypeError("negative"); return Math.sqrt(x); }` });
    expect(wrongClass.tests[1].status).toBe("WrongAnswer");
    const wrongMessage = await run({ language: "ts", entry: "root", tests, source: `export function root(x: number) { if (x < 0) throw new RangeError("bad"); return Math.sqrt(x); }` });
    expect(wrongMessage.tests[1].status).toBe("WrongAnswer");
  });

  it("keeps an unexpected error a runtime error with its line", async () => {
    const result = await run({ language: "js", entry: "root", tests, source: `function root(x) {\n  return x.nope.deeper;\n}` });
    expect(result.tests[0].status).toBe("RuntimeError");
    expect(result.tests[0].error).toMatch(/TypeError.*line 2/);
  });
});
