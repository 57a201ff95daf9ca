import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("reports [0] * 10**10 as MemoryLimit (Pyodide is 32-bit: the size overflows before it could be allocated)", async () => {
  const result = await sandbox.runPython({
    source: "def solve(n):\n    if n == 0:\n        return len([0] * 10**10)\n    return n\n",
    tests: [
      { id: "huge", args: [0], expected: 1 },
      { id: "small", args: [1], expected: 1 },
    ],
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests[0].error).toMatch(/^MemoryError: the requested size cannot fit in memory.*\(line 3\)/);
  expect(result.tests[1].status).toBe("Accepted");
  expect(sandbox.pool.stats()).toMatchObject({ killed: 0, crashed: 0 });
  await sandbox.expectPythonHealthy();
});
