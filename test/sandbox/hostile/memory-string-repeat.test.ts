import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses a repeat() longer than the memory limit with MemoryLimit", async () => {
  const result = await sandbox.run({
    source: "function solve() { const s = 'x'.repeat(2 ** 29 - 24); return s.split('').length; }",
    limits: { memoryMb: 64, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests[0].error).toMatch(/^RangeError: Memory limit exceeded: a string of 536870888 characters/);
  expect(sandbox.pool.stats()).toMatchObject({ killed: 0, crashed: 0 });
  await sandbox.expectHealthy();
});

it("still repeats strings that fit", async () => {
  const result = await sandbox.run({
    source: "function solve() { return 'ab'.repeat(3); }",
    tests: [{ id: "t1", args: [], expected: "ababab" }],
  });
  expect(result.verdict).toBe("Accepted");
});
