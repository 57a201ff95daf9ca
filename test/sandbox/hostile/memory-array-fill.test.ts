import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses new Array(2 ** 31 - 1).fill(0) at once with MemoryLimit, and the same isolate goes on to the next test", async () => {
  const result = await sandbox.run({
    source: "function solve(n) { return n === 0 ? new Array(2 ** 31 - 1).fill(0).length : n; }",
    tests: [
      { id: "huge", args: [0], expected: 1 },
      { id: "small", args: [1], expected: 1 },
    ],
    limits: { memoryMb: 64, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests[0].error).toMatch(/^RangeError: Memory limit exceeded: an array of 2147483647 elements .*\(line 1\)$/);
  expect(result.tests[1].status).toBe("Accepted");
  // Answered by the sandbox, not by killing the worker at the wall deadline.
  expect(sandbox.pool.stats()).toMatchObject({ killed: 0, crashed: 0 });
  await sandbox.expectHealthy();
});
