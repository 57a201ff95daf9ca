import { expect, it } from "vitest";
import { OPERATOR_MAXIMA } from "../../../sandbox/index";
import { usePool } from "../helpers";

const sandbox = usePool();
const cap = OPERATOR_MAXIMA.outputBytes;

it("caps console output across the run and still grades the answer", async () => {
  const result = await sandbox.run({
    source: "function solve(k) { for (let i = 0; i < 200000; i++) console.log('line', i, 'ééé'); return k; }",
    tests: [
      { id: "t1", args: [1], expected: 1 },
      { id: "t2", args: [2], expected: 2 },
    ],
    limits: { timeMsPerTest: 5_000, wallMs: 10_000, outputBytes: 10 * 1024 * 1024 },
  });
  expect(result.verdict).toBe("Accepted");
  const total = result.tests.reduce((n, t) => n + Buffer.byteLength(t.stdout), 0);
  expect(total).toBeLessThanOrEqual(cap + 200);
  expect(result.tests[0].stdout).toMatch(/output truncated at 65536 bytes/);
  expect(result.tests[1].stdout).toBe("");
});

it("an endless flood is a TimeLimit with capped output", async () => {
  const result = await sandbox.run({
    source: "function solve() { for (;;) console.log('x'.repeat(10000)); }",
    mode: "run",
  });
  expect(result.verdict).toBe("TimeLimit");
  expect(Buffer.byteLength(result.tests[0].stdout)).toBeLessThanOrEqual(cap + 200);
  expect(result.tests[0].stdout.length).toBeGreaterThan(cap / 2);
  await sandbox.expectHealthy();
});
