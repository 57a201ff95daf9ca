import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses a cyclic return value but allows shared (acyclic) references", async () => {
  const cyclic = await sandbox.run({ source: "function solve() { const a = [1]; a.push({ back: a }); return a; }" });
  expect(cyclic.verdict).toBe("RuntimeError");
  expect(cyclic.tests[0].error).toMatch(/cyclic/);

  const shared = await sandbox.run({
    source: "function solve() { const x = { v: 1 }; return [x, x]; }",
    tests: [{ id: "t1", args: [], expected: [{ v: 1 }, { v: 1 }] }],
  });
  expect(shared.verdict).toBe("Accepted");
  await sandbox.expectHealthy();
});
