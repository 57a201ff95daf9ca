import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("answers import numpy with a clear standard-library-only error, not a crash", async () => {
  const result = await sandbox.runPython({ source: "import numpy as np\ndef solve():\n    return 1\n" });
  expect(result.verdict).toBe("RuntimeError");
  expect(result.tests[0].error).toMatch(/^ModuleNotFoundError: numpy is not available: this question is standard-library only \(line 1\)/);
  await sandbox.expectPythonHealthy();
});
