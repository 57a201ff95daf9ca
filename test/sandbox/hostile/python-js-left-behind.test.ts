import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

// Candidate Python can still run JavaScript inside its own isolate, even with
// every js/pyodide module gone from sys.modules: _imp.create_builtin re-creates
// _pyodide_core, whose to_js hands back a JavaScript object, and from there
// Function runs any source. (gc.get_objects() finds the live module too.) That
// is why a Python isolate serves one run only: this test proves that what such
// a run leaves behind in JavaScript is gone for the next run.
const reachJs = `
import sys, _imp, importlib.machinery as machinery
def js(source):
    for name in [k for k in sys.modules if "js" in k or "pyodide" in k]:
        del sys.modules[name]
    core = _imp.create_builtin(machinery.ModuleSpec("_pyodide_core", None))
    return core.to_js([0]).constructor.constructor(source)()
`;

it("keeps JavaScript planted by one Python run out of the next run", async () => {
  const plant = await sandbox.runPython({
    source: `${reachJs}
def solve():
    return js("globalThis.lwPlanted = 1; JSON.parse = () => 42; Array.prototype.lwPlanted = 1; return 'planted:' + typeof globalThis.lwPlanted")
`,
    mode: "run",
    tests: [{ id: "t1", args: [], expected: null }],
  });
  expect(plant.tests[0].actual).toBe("planted:number");

  const check = await sandbox.runPython({
    source: `${reachJs}
def solve(a, b):
    return [a + b, js("return [typeof globalThis.lwPlanted, JSON.parse('[7]')[0], typeof [].lwPlanted].join(' ')")]
`,
    mode: "run",
    tests: [{ id: "t1", args: [1, 2], expected: [3, "undefined 7 undefined"] }],
  });
  expect(check.tests[0].actual).toEqual([3, "undefined 7 undefined"]);
  expect(check.verdict).toBe("Accepted");
  await sandbox.expectPythonHealthy();
});
