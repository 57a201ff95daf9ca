import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses a return value over the size cap inside the isolate", async () => {
  const array = await sandbox.run({
    source: "function solve() { return new Array(5_000_000).fill(7); }",
    limits: { memoryMb: 128, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(array.verdict).toBe("RuntimeError");
  expect(array.tests[0].error).toMatch(/return value is too large/);

  const string = await sandbox.run({
    source: "function solve() { return 'x'.repeat(8 * 1024 * 1024); }",
    limits: { memoryMb: 128, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(string.verdict).toBe("RuntimeError");

  const deep = await sandbox.run({
    source: "function solve() { let v = []; for (let i = 0; i < 100000; i++) v = [v]; return v; }",
    limits: { memoryMb: 128, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(deep.verdict).toBe("RuntimeError");
  expect(deep.tests[0].error).toMatch(/nested too deeply/);
  await sandbox.expectHealthy();
});
