import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses ArrayBuffers beyond the isolate's memory limit (MemoryLimit)", async () => {
  const result = await sandbox.run({
    source: "function solve() { const keep = []; for (;;) keep.push(new ArrayBuffer(8 * 1024 * 1024)); }",
    limits: { memoryMb: 32, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");

  const oneHuge = await sandbox.run({
    source: "function solve() { return new Uint8Array(2 * 1024 * 1024 * 1024 - 1).length; }",
    limits: { memoryMb: 32, timeMsPerTest: 5_000, wallMs: 10_000 },
  });
  expect(oneHuge.verdict).toBe("MemoryLimit");
  await sandbox.expectHealthy();
});
