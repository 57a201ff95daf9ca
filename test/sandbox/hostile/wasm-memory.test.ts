import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("has no WebAssembly, whose memory the isolate's limit would not count", async () => {
  const result = await sandbox.run({
    source: [
      "function solve() {",
      "  const pages = [];",
      "  for (;;) pages.push(new WebAssembly.Memory({ initial: 1000, maximum: 65536 }));",
      "}",
    ].join("\n"),
  });
  expect(result.verdict).toBe("RuntimeError");
  expect(result.tests[0].error).toBe("ReferenceError: WebAssembly is not defined (line 3)");

  const probe = await sandbox.run({
    source: "function solve() { return [typeof WebAssembly, typeof globalThis.WebAssembly, 'WebAssembly' in globalThis]; }",
    tests: [{ id: "t1", args: [], expected: ["undefined", "undefined", false] }],
  });
  expect(probe.verdict).toBe("Accepted");
  await sandbox.expectHealthy();
});
