import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("writes files that the next run cannot see", async () => {
  const write = await sandbox.runPython({
    source: "def solve():\n    with open('/tmp/lw-note.txt', 'w') as f:\n        f.write('expected answers')\n    return 1\n",
  });
  expect(write.verdict).toBe("Accepted");
  const read = await sandbox.runPython({
    source: "import os\ndef solve():\n    return os.path.exists('/tmp/lw-note.txt')\n",
    tests: [{ id: "t1", args: [], expected: false }],
  });
  expect(read.verdict).toBe("Accepted");
  await sandbox.expectPythonHealthy();
});
