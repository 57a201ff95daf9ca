import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses huge typed arrays and ArrayBuffers with MemoryLimit, test by test", async () => {
  const result = await sandbox.run({
    source: [
      "function solve(kind) {",
      "  if (kind === 'f64') return new Float64Array(2 ** 30).length;",
      "  if (kind === 'buffer') return new ArrayBuffer(2 ** 32).byteLength;",
      "  if (kind === 'grow') { const keep = []; for (;;) keep.push(new Int32Array(1 << 20)); }",
      "  return 1;",
      "}",
    ].join("\n"),
    tests: [
      { id: "f64", args: ["f64"], expected: 1 },
      { id: "buffer", args: ["buffer"], expected: 1 },
      { id: "grow", args: ["grow"], expected: 1 },
    ],
    limits: { memoryMb: 64, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.tests.map((t) => t.status)).toEqual(["MemoryLimit", "MemoryLimit", "MemoryLimit"]);
  expect(result.tests[0].error).toMatch(/Array buffer allocation failed/);
  expect(sandbox.pool.stats()).toMatchObject({ killed: 0, crashed: 0 });
  await sandbox.expectHealthy();
});
