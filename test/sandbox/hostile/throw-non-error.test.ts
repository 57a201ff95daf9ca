import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("reports thrown non-Error values as RuntimeError with a readable message", async () => {
  const thrown: Array<[string, string | RegExp]> = [
    ["42", "Uncaught 42"],
    ["null", "Uncaught null"],
    ["undefined", "Uncaught undefined"],
    ["'a string'", 'Uncaught "a string"'],
    ["{ code: 7 }", "Uncaught { code: 7 }"],
    ["Symbol('s')", "Uncaught Symbol()"],
    ["new Proxy({}, { get() { throw 1; }, ownKeys() { throw 2; } })", /Uncaught/],
    ["Object.create(null)", "Uncaught {}"],
    ["{ get name() { throw new Error('x'); }, __proto__: Error.prototype }", /Uncaught/],
  ];
  for (const [value, message] of thrown) {
    const result = await sandbox.run({ source: `function solve() { throw ${value}; }` });
    expect(result.verdict, value).toBe("RuntimeError");
    expect(result.tests[0].error, value).toMatch(message);
  }
  const topLevel = await sandbox.run({ source: "throw 'at top level';\nfunction solve() { return 1; }" });
  expect(topLevel.verdict).toBe("RuntimeError");
  expect(topLevel.tests[0].error).toMatch(/at top level/);
  await sandbox.expectHealthy();
});
