import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("reports a stack overflow as RuntimeError at the candidate's line", async () => {
  const result = await sandbox.run({
    source: "function solve(n) {\n  return 1 + solve(n + 1);\n}",
    tests: [
      { id: "t1", args: [0], expected: 1 },
      { id: "t2", args: [0], expected: 1 },
    ],
  });
  expect(result.verdict).toBe("RuntimeError");
  expect(result.tests.map((t) => t.status)).toEqual(["RuntimeError", "RuntimeError"]);
  expect(result.tests[0].error).toBe("RangeError: Maximum call stack size exceeded (line 2)");
  await sandbox.expectHealthy();
});
