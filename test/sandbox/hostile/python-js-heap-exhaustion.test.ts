import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

// Candidate Python can reach its isolate's JavaScript (see python-js-left-behind)
// and exhaust the JavaScript heap there, where no guard of the JavaScript
// prelude applies: V8 then fails catastrophically. The worker must answer
// MemoryLimit at once (not be killed at the wall deadline), and be replaced.
it("answers MemoryLimit when Python exhausts its isolate's JavaScript heap, and the next run is Accepted", async () => {
  const result = await sandbox.runPython({
    source: `
import sys, _imp, importlib.machinery as machinery
def solve(n):
    if n == 1:
        return 1
    core = _imp.create_builtin(machinery.ModuleSpec("_pyodide_core", None))
    return core.to_js([0]).constructor.constructor("return new Array(2 ** 31 - 1).fill(0).length")()
`,
    tests: [
      { id: "fine", args: [1], expected: 1 },
      { id: "exhaust", args: [0], expected: 1 },
      { id: "after", args: [1], expected: 1 },
    ],
    // Room for V8's last-resort garbage collections on a busy machine: the out-of-memory must come before the timeout.
    limits: { timeMsPerTest: 8_000, wallMs: 30_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests.map((t) => t.status)).toEqual(["Accepted", "MemoryLimit", "MemoryLimit"]);
  expect(result.tests[1].error).toBe("Memory limit exceeded");
  expect(result.tests[2].error).toMatch(/not run/i);
  expect(sandbox.pool.stats().killed).toBe(0);
  await sandbox.expectPythonHealthy();
});
