import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("raises MemoryError at the memory cap (WebAssembly growth is capped) and reports MemoryLimit", async () => {
  const result = await sandbox.runPython({
    source: "def solve():\n    chunks = []\n    while True:\n        chunks.append(bytearray(1 << 20))\n",
    // Growing to the cap takes 100-300 ms of CPU, doubled while the worker boots its next interpreter beside it.
    limits: { timeMsPerTest: 5_000 },
  });
  expect(result.verdict).toBe("MemoryLimit");
  expect(result.tests[0].error).toMatch(/^MemoryError.*\(line 4\)/);
  await sandbox.expectPythonHealthy();
});
