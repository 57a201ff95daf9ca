import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("reads a returned object's getters inside the isolate, on the test's clock", async () => {
  const loopingGetter = await sandbox.run({ source: "function solve() { return { get a() { for (;;) {} } }; }" });
  expect(loopingGetter.verdict).toBe("TimeLimit");

  const throwingGetter = await sandbox.run({ source: "function solve() {\n  return { get a() { throw new Error('boom'); } };\n}" });
  expect(throwingGetter.verdict).toBe("RuntimeError");
  expect(throwingGetter.tests[0].error).toBe("Error: boom (line 2)");

  const proxy = await sandbox.run({
    source: "function solve() { return new Proxy({}, { ownKeys() { for (;;) {} } }); }",
  });
  expect(proxy.verdict).toBe("TimeLimit");
  await sandbox.expectHealthy();
});

it("never calls toJSON: the value is the object's own data", async () => {
  const result = await sandbox.run({
    mode: "run",
    source: "function solve() { return { x: 1, toJSON() { return 1; } }; }",
    tests: [{ id: "t1", args: [], expected: 1 }],
  });
  expect(result.verdict).toBe("WrongAnswer");
  expect(result.tests[0].actual).toEqual({ x: 1, toJSON: "[Function: toJSON]" });
  await sandbox.expectHealthy();
});
