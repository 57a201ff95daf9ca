import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses Array.from({ length: huge }) with MemoryLimit instead of hanging the worker", async () => {
  const result = await sandbox.run({
    source: "function solve() { return Array.from({ length: 2 ** 31 - 1 }, (_, i) => i).length; }",
    limits: { memoryMb: 64, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests[0].error).toMatch(/^RangeError: Memory limit exceeded/);
  expect(sandbox.pool.stats()).toMatchObject({ killed: 0, crashed: 0 });
  await sandbox.expectHealthy();
});

it("still builds ordinary arrays from array-likes and iterables", async () => {
  const result = await sandbox.run({
    source: "function solve() { return Array.from({ length: 3 }, (_, i) => i * 2).concat(Array.from(new Set([7]))); }",
    tests: [{ id: "t1", args: [], expected: [0, 2, 4, 7] }],
  });
  expect(result.verdict).toBe("Accepted");
});
