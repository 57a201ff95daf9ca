import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("rejects a dynamic import()", async () => {
  const result = await sandbox.run({
    source: "async function solve() {\n  const fs = await import('fs');\n  return fs.readFileSync('/etc/passwd', 'utf8');\n}",
  });
  expect(result.verdict).toBe("RuntimeError");
  expect(result.tests[0].error).toMatch(/not supported/i);

  const caught = await sandbox.run({
    source: "async function solve() { try { await import('node:child_process'); return 'escaped'; } catch (e) { return 'blocked'; } }",
    tests: [{ id: "t1", args: [], expected: "blocked" }],
  });
  expect(caught.verdict).toBe("Accepted");
  await sandbox.expectHealthy();
});
