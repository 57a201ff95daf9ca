import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("ends a string hoard with MemoryLimit", async () => {
  const result = await sandbox.run({
    source: "function solve() { const keep = []; for (let i = 0; ; i++) keep.push('x'.repeat(1 << 20) + i); }",
    limits: { memoryMb: 32, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  await sandbox.expectHealthy();
});

it("counts a string over V8's maximum length as MemoryLimit too", async () => {
  const result = await sandbox.run({
    source: "function solve() { let s = 'x'; for (;;) s += s; }",
    limits: { memoryMb: 32, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests[0].error).toMatch(/Invalid string length/);
  await sandbox.expectHealthy();
});
