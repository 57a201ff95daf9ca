import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("stops a huge string at the memory cap and refuses an oversized return value", async () => {
  const result = await sandbox.runPython({
    source: "def solve(n):\n    if n == 0:\n        return 'x' * (1 << 30)\n    return 'y' * (3 << 20)\n",
    tests: [
      { id: "giant", args: [0], expected: "" },
      { id: "big", args: [1], expected: "" },
    ],
  });
  expect(result.tests[0].status).toBe("MemoryLimit");
  expect(result.tests[1].status).toBe("RuntimeError");
  expect(result.tests[1].error).toMatch(/return value is too large/);
  await sandbox.expectPythonHealthy();
});
