import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("reports a promise that never settles as TimeLimit without waiting for the deadline", async () => {
  const result = await sandbox.run({
    source: "function solve() { return new Promise(() => {}); }",
    tests: [
      { id: "t1", args: [], expected: 1 },
      { id: "t2", args: [], expected: 1 },
    ],
    limits: { timeMsPerTest: 2_000, wallMs: 10_000, memoryMb: 32 },
  });
  expect(result.verdict).toBe("TimeLimit");
  expect(result.tests.every((t) => t.status === "TimeLimit")).toBe(true);
  expect(result.tests[0].error).toMatch(/never settled/);
  await sandbox.expectHealthy();
});
