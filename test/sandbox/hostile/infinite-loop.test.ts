import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("stops a synchronous infinite loop with TimeLimit on every test, then keeps serving", async () => {
  const result = await sandbox.run({
    source: "function solve(n) { if (n > 0) { while (true) {} } return 1; }",
    tests: [
      { id: "fast", args: [0], expected: 1 },
      { id: "loops", args: [1], expected: 1 },
      { id: "loops-again", args: [2], expected: 1 },
    ],
  });
  expect(result.verdict).toBe("TimeLimit");
  expect(result.tests.map((t) => t.status)).toEqual(["Accepted", "TimeLimit", "TimeLimit"]);
  expect(result.tests[1].error).toMatch(/time limit of \d+ ms exceeded/i);
  expect(result.passed).toBe(1);
  await sandbox.expectHealthy();
});
