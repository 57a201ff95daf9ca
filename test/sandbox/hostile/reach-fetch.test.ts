import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("has no network: fetch, XMLHttpRequest, WebSocket and timers are absent", async () => {
  const result = await sandbox.run({
    source: "function solve() { return ['fetch', 'XMLHttpRequest', 'WebSocket', 'setTimeout', 'setInterval', 'queueMicrotask', 'Buffer'].map((n) => typeof globalThis[n]); }",
    tests: [{ id: "t1", args: [], expected: Array(7).fill("undefined") }],
  });
  expect(result.verdict).toBe("Accepted");

  const call = await sandbox.run({ source: "async function solve() { return (await fetch('http://example.com')).status; }" });
  expect(call.verdict).toBe("RuntimeError");
  expect(call.tests[0].error).toBe("ReferenceError: fetch is not defined (line 1)");
  await sandbox.expectHealthy();
});
