import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("has no structuredClone, and a deep copy of a huge object ends with MemoryLimit", async () => {
  const result = await sandbox.run({
    source: [
      "function clone(v) { if (Array.isArray(v)) return v.map(clone); if (v && typeof v === 'object') { const o = {}; for (const k in v) o[k] = clone(v[k]); return o; } return v; }",
      "function solve(kind) {",
      "  if (kind === 'native') return structuredClone({ a: 1 });",
      "  let big = []; for (let i = 0; i < 1e5; i++) big.push({ i, pad: [i, i, i] });",
      "  const copies = []; for (;;) copies.push(clone(big));",
      "}",
    ].join("\n"),
    tests: [
      { id: "native", args: ["native"], expected: 1 },
      { id: "copy", args: ["copy"], expected: 1 },
    ],
    limits: { memoryMb: 32, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.tests[0].status).toBe("RuntimeError");
  expect(result.tests[0].error).toMatch(/^ReferenceError: structuredClone is not defined/);
  expect(result.tests[1].status).toBe("MemoryLimit");
  await sandbox.expectHealthy();
});
