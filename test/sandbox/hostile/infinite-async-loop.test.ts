import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("stops an await loop and a .then chain that never yield", async () => {
  const awaitLoop = await sandbox.run({ source: "async function solve() { while (true) { await null; } }" });
  expect(awaitLoop.verdict).toBe("TimeLimit");

  const thenChain = await sandbox.run({
    source: "function solve() { const spin = () => Promise.resolve().then(spin); spin(); return 1; }",
  });
  // The function returned, but the microtasks it left behind still run on the test's clock.
  expect(thenChain.verdict).toBe("TimeLimit");

  const afterAwait = await sandbox.run({ source: "async function solve() { await 0; for (;;) {} }" });
  expect(afterAwait.verdict).toBe("TimeLimit");
  await sandbox.expectHealthy();
});
