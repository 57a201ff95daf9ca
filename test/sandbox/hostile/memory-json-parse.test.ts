import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses JSON.parse of text whose values cannot fit in memory with MemoryLimit", async () => {
  // Built by doubling, which no guard sees: 2^24 characters of "0," under a 32 MB limit.
  const result = await sandbox.run({
    source: "function solve() { let s = '0,'; for (let i = 0; i < 23; i++) s += s; return JSON.parse('[' + s + '0]').length; }",
    limits: { memoryMb: 32, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests[0].error).toMatch(/^RangeError: Memory limit exceeded: parsing \d+ characters of JSON/);
  expect(sandbox.pool.stats()).toMatchObject({ killed: 0, crashed: 0 });
  await sandbox.expectHealthy();
});

it("still parses ordinary JSON", async () => {
  const result = await sandbox.run({
    source: "function solve() { return JSON.parse('{\"a\":[1,2]}').a; }",
    tests: [{ id: "t1", args: [], expected: [1, 2] }],
  });
  expect(result.verdict).toBe("Accepted");
});
