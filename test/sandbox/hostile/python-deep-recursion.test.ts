import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("turns unbounded recursion into a RecursionError with a trimmed traceback", async () => {
  const result = await sandbox.runPython({
    source: "import sys\nsys.setrecursionlimit(10 ** 6)\ndef solve(n=0):\n    return solve(n + 1)\n",
    // Recursing until the JavaScript stack overflows takes a few hundred ms of CPU: on a busy machine more than the tight default.
    limits: { timeMsPerTest: 5_000 },
  });
  expect(result.verdict).toBe("RuntimeError");
  expect(result.tests[0].error).toMatch(/^RecursionError: maximum recursion depth exceeded/);

  const plain = await sandbox.runPython({ source: "def solve(n=0):\n    return solve(n + 1)\n" });
  expect(plain.verdict).toBe("RuntimeError");
  expect(plain.tests[0].error).toMatch(/^RecursionError: maximum recursion depth exceeded \(line 2\)\nTraceback/);
  expect(plain.tests[0].error).toMatch(/more frames/);
  expect(plain.tests[0].error!.length).toBeLessThan(4_000);
  await sandbox.expectPythonHealthy();
});
