import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses padStart/padEnd to a length beyond the memory limit with MemoryLimit", async () => {
  const result = await sandbox.run({
    source: "function solve(end) { const s = end ? ''.padEnd(2 ** 29 - 24, 'ab') : ''.padStart(2 ** 29 - 24, 'ab'); return s.split('').length; }",
    tests: [
      { id: "start", args: [false], expected: 1 },
      { id: "end", args: [true], expected: 1 },
    ],
    limits: { memoryMb: 64, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.tests.map((t) => t.status)).toEqual(["MemoryLimit", "MemoryLimit"]);
  expect(result.tests[0].error).toMatch(/^RangeError: Memory limit exceeded/);
  expect(sandbox.pool.stats()).toMatchObject({ killed: 0, crashed: 0 });
  await sandbox.expectHealthy();
});

it("still pads strings that fit", async () => {
  const result = await sandbox.run({
    source: "function solve() { return '7'.padStart(3, '0') + '|' + 'a'.padEnd(2); }",
    tests: [{ id: "t1", args: [], expected: "007|a " }],
  });
  expect(result.verdict).toBe("Accepted");
});
