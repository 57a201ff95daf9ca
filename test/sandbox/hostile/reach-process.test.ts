import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("cannot reach process, not even through constructor chains", async () => {
  const result = await sandbox.run({
    source: [
      "function solve() {",
      "  const viaFunction = Function('return typeof process')();",
      "  const viaChain = (() => {}).constructor.constructor('return typeof process')();",
      "  const viaThis = typeof globalThis.process;",
      "  return [typeof process, viaFunction, viaChain, viaThis];",
      "}",
    ].join("\n"),
    tests: [{ id: "t1", args: [], expected: ["undefined", "undefined", "undefined", "undefined"] }],
  });
  expect(result.verdict).toBe("Accepted");

  const exit = await sandbox.run({ source: "function solve() { process.exit(1); }" });
  expect(exit.verdict).toBe("RuntimeError");
  expect(exit.tests[0].error).toBe("ReferenceError: process is not defined (line 1)");
  await sandbox.expectHealthy();
});
