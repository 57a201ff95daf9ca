import { expect, it } from "vitest";
import { TIGHT_LIMITS, usePool } from "../helpers";

const sandbox = usePool();

it("stops an await loop and a .then chain that never yield", async () => {
  const awaitLoop = await sandbox.run({ source: "async function solve() { while (true) { await null; } }" });
  expect(awaitLoop.verdict).toBe("TimeLimit");

  const thenChain = await sandbox.run({
    source: "function solve() { const spin = () => Promise.resolve().then(spin); spin(); return 1; }",
    // Each turn allocates a promise: with a 32 MB heap on a loaded machine the collector can
    // fall behind and the heap cap fires first. Room for the collector keeps this about time.
    limits: { ...TIGHT_LIMITS, memoryMb: 128 },
  });
  // The function returned, but the microtasks it left behind still run on the test's clock.
  expect(thenChain.verdict).toBe("TimeLimit");

  const afterAwait = await sandbox.run({ source: "async function solve() { await 0; for (;;) {} }" });
  expect(afterAwait.verdict).toBe("TimeLimit");
  await sandbox.expectHealthy();
});
