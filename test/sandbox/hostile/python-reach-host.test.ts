import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

const probe = `
import js
from pyodide.code import run_js
def solve():
    seen = []
    for name in ["process", "require", "WebAssembly", "fetch", "readbuffer", "read", "load", "__lwBoot", "__lwSnapshot", "__lwWasm", "SharedArrayBuffer"]:
        seen.append(name + "=" + str(run_js("typeof globalThis[" + repr(name) + "]")))
    seen.append("js.process=" + str(hasattr(js, "process")))
    return seen
`;

it("sees only the isolate's own globals through import js and pyodide.code.run_js", async () => {
  const result = await sandbox.runPython({ source: probe, mode: "run", tests: [{ id: "t1", args: [], expected: null }] });
  const seen = result.tests[0].actual as string[];
  expect(result.tests[0].error).toBeUndefined();
  for (const name of ["process", "require", "WebAssembly", "fetch", "readbuffer", "read", "load", "__lwBoot", "__lwSnapshot", "__lwWasm", "SharedArrayBuffer"]) {
    expect(seen).toContain(`${name}=undefined`);
  }
  expect(seen).toContain("js.process=False");

  const escape = await sandbox.runPython({
    source: "from pyodide.code import run_js\ndef solve():\n    return run_js(\"new Function('return process')().pid\")\n",
  });
  expect(escape.verdict).toBe("RuntimeError");
  expect(escape.tests[0].error).toMatch(/process is not defined/);
  await sandbox.expectPythonHealthy();
});
