import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("stops time.sleep at the per-test time limit", async () => {
  const result = await sandbox.runPython({
    source: "import time\ndef solve():\n    time.sleep(30)\n    return 1\n",
  });
  expect(result.verdict).toBe("TimeLimit");
  expect(result.tests[0].error).toMatch(/time limit of \d+ ms exceeded/i);
  await sandbox.expectPythonHealthy();
});
