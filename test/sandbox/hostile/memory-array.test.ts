import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("ends an array that grows without bound with MemoryLimit, and skips the remaining tests", async () => {
  const result = await sandbox.run({
    source: "function solve() { const keep = []; for (let i = 0; ; i++) keep.push({ i, pad: [i, i, i] }); }",
    tests: [
      { id: "t1", args: [], expected: 1 },
      { id: "t2", args: [], expected: 1 },
    ],
    limits: { memoryMb: 32, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests.map((t) => t.status)).toEqual(["MemoryLimit", "MemoryLimit"]);
  expect(result.tests[1].error).toMatch(/not run/i);
  await sandbox.expectHealthy();
});
