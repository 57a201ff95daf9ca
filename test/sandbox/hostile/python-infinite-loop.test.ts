import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("stops a Python infinite loop with TimeLimit, goes on in a fresh interpreter, then keeps serving", async () => {
  const result = await sandbox.runPython({
    source: "def solve(n):\n    while n > 0:\n        pass\n    return 1\n",
    tests: [
      { id: "fast", args: [0], expected: 1 },
      { id: "loops", args: [1], expected: 1 },
      { id: "after", args: [0], expected: 1 },
    ],
  });
  expect(result.tests.map((t) => t.status)).toEqual(["Accepted", "TimeLimit", "Accepted"]);
  expect(result.verdict).toBe("TimeLimit");
  expect(result.tests[1].error).toMatch(/time limit of \d+ ms exceeded/i);
  await sandbox.expectPythonHealthy();
});
