import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("sees only the language's own globals: no isolated-vm handle, no host function", async () => {
  const result = await sandbox.run({
    mode: "run",
    source: [
      "function solve() {",
      "  const names = Object.getOwnPropertyNames(globalThis);",
      "  const functions = names.filter((n) => {",
      "    const d = Object.getOwnPropertyDescriptor(globalThis, n);",
      "    return d && typeof d.value === 'function' && !/\\{\\s*\\[native code\\]\\s*\\}/.test(Function.prototype.toString.call(d.value));",
      "  });",
      "  return { names, functions };",
      "}",
    ].join("\n"),
    tests: [{ id: "t1", args: [], expected: null }],
  });
  const actual = result.tests[0].actual as { names: string[]; functions: string[] };
  for (const hostName of ["ivm", "_ivm", "Reference", "ExternalCopy", "Callback", "Isolate", "process", "global", "Buffer"]) {
    expect(actual.names).not.toContain(hostName);
  }
  // Non-native global functions: the candidate's own and the harness's require stub, nothing else.
  expect(actual.functions.sort()).toEqual(["require", "solve"]);

  const stub = await sandbox.run({
    source: "function solve() { return String(require).includes('sandbox has no modules'); }",
    tests: [{ id: "t1", args: [], expected: true }],
  });
  expect(stub.verdict).toBe("Accepted");
  await sandbox.expectHealthy();
});
