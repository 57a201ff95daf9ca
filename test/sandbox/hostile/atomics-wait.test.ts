import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("cannot block the thread with Atomics.wait", async () => {
  const shared = await sandbox.run({
    source: "function solve() { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return 1; }",
  });
  expect(shared.verdict).toBe("RuntimeError");
  expect(shared.tests[0].error).toMatch(/SharedArrayBuffer is not defined/);

  const plain = await sandbox.run({ source: "function solve() { Atomics.wait(new Int32Array(4), 0, 0); return 1; }" });
  expect(plain.verdict).toBe("RuntimeError");
  await sandbox.expectHealthy();
});
