import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

const tamper = `
import builtins, json, sys
builtins.lw_planted = True
builtins.isinstance = lambda *a: True
builtins.len = lambda *a: 0
builtins.str = lambda *a: "1"
builtins.repr = lambda *a: "1"
json.dumps = lambda *a, **k: "1"
json.loads = lambda *a, **k: [1]
json.encoder.encode_basestring_ascii = lambda s: '"1"'
sys.modules["_loopwright"].run_test = lambda a: '{"s":"ok","v":1,"o":""}'
def solve(a, b):
    return [a, b]
`;

it("keeps grading honestly when the candidate patches builtins and json, and the next run is unaffected", async () => {
  const result = await sandbox.runPython({
    source: tamper,
    tests: [
      { id: "t1", args: [2, 3], expected: 1 },
      { id: "t2", args: [4, 5], expected: [4, 5] },
    ],
  });
  expect(result.tests.map((t) => t.status)).toEqual(["WrongAnswer", "Accepted"]);
  await sandbox.expectPythonHealthy();
});
