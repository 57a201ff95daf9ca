import { expect, it } from "vitest";
import { usePool } from "./helpers";

const sandbox = usePool();

it("top-level console.log before the tests is kept, and so is every later log", async () => {
  const result = await sandbox.run({
    source: "console.log('loading the model'); function solve(k) { console.log('called with', k); return k; }",
    mode: "run",
    tests: [
      { id: "t1", args: [1], expected: 1 },
      { id: "t2", args: [2], expected: 2 },
    ],
  });
  expect(result.verdict).toBe("Accepted");
  expect(result.tests[0].stdout).toBe("loading the model\ncalled with 1\n");
  expect(result.tests[1].stdout).toBe("called with 2\n");
  expect(result.tests.map((t) => t.stdout).join("")).not.toContain("truncated");
});

it("top-level code and the tests share one budget, and the notice states the real limit", async () => {
  const result = await sandbox.run({
    source: "console.log('x'.repeat(600)); function solve(k) { console.log('y'.repeat(600)); return k; }",
    mode: "run",
    tests: [
      { id: "t1", args: [1], expected: 1 },
      { id: "t2", args: [2], expected: 2 },
    ],
    limits: { timeMsPerTest: 1_000, memoryMb: 32, wallMs: 4_000, outputBytes: 1_000 },
  });
  expect(result.verdict).toBe("Accepted");
  const all = result.tests.map((t) => t.stdout).join("");
  expect(all).toContain("x".repeat(600));
  expect(all).toContain("[output truncated at 1000 bytes");
  expect(all).not.toContain("truncated at 0 bytes");
});

it("Python shares one budget across top-level code and tests too, and its notice states the same limit", async () => {
  const result = await sandbox.run({
    language: "python",
    source: "print('x' * 600)\ndef solve(k):\n    print('y' * 600)\n    return k\n",
    mode: "run",
    tests: [
      { id: "t1", args: [1], expected: 1 },
      { id: "t2", args: [2], expected: 2 },
    ],
    limits: { timeMsPerTest: 5_000, memoryMb: 128, wallMs: 15_000, outputBytes: 1_000 },
  });
  expect(result.verdict).toBe("Accepted");
  const all = result.tests.map((t) => t.stdout).join("");
  expect(all).toContain("x".repeat(600));
  expect(all).toContain("[output truncated at 1000 bytes, the limit for the whole run]");
});
