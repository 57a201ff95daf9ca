import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

const SECRET = "hidden-expected-7f3a";

it("finds no expected value anywhere in the isolate, and a submit result carries none", async () => {
  const result = await sandbox.run({
    mode: "submit",
    source: [
      "function solve(x) {",
      "  const found = [];",
      "  const seen = new Set();",
      "  const visit = (v, depth) => {",
      "    if (depth > 6 || v === null || seen.has(v)) return;",
      "    if (typeof v === 'string') { if (v.includes('hidden-expected')) found.push(v); return; }",
      "    if (typeof v !== 'object' && typeof v !== 'function') return;",
      "    seen.add(v);",
      "    for (const k of Reflect.ownKeys(v)) { try { visit(v[k], depth + 1); } catch {} }",
      "  };",
      "  visit(globalThis, 0);",
      "  try { null.x; } catch (e) { visit(e.stack, 0); }",
      "  return found[0] ?? 'nothing';",
      "}",
    ].join("\n"),
    tests: [{ id: "t1", args: ["public-input"], expected: SECRET }],
  });
  expect(result.verdict).toBe("WrongAnswer");
  const test = result.tests[0];
  expect(test).not.toHaveProperty("expected");
  expect(test).not.toHaveProperty("actual");
  expect(test).not.toHaveProperty("args");
  expect(JSON.stringify(result)).not.toContain(SECRET);
  expect(JSON.stringify(result)).not.toContain("public-input");
  await sandbox.expectHealthy();
});
