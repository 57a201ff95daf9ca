import { describe, expect, it } from "vitest";
import { encodeValue } from "./codec";
import { gradeOutcome } from "./grade";
import type { RunRequest } from "./protocol";
import type { WorkerOutcome } from "./worker-protocol";

const request: RunRequest = {
  language: "js",
  source: "function f(x) { return x + 1; }",
  entry: "f",
  mode: "submit",
  tests: [
    { id: "h1", args: [1], expected: 2 },
    { id: "h2", args: [5], expected: 7 },
    { id: "h3", args: [0], expected: 1 },
  ],
};

function tree(value: unknown): unknown {
  return JSON.parse(encodeValue(value));
}

const outcome: WorkerOutcome = {
  tests: [
    { id: "h1", status: "Returned", timeMs: 1, stdout: "", value: tree(2) },
    { id: "h2", status: "Returned", timeMs: 1, stdout: "", value: tree(6) },
    { id: "h3", status: "RuntimeError", timeMs: 1, stdout: "", error: "Error: boom" },
  ],
};

describe("gradeOutcome in mode submit", () => {
  it("carries no inputs, expected or actual values by default", () => {
    const result = gradeOutcome(request, outcome, 3);
    expect(result.passed).toBe(1);
    for (const t of result.tests) {
      expect(t).not.toHaveProperty("args");
      expect(t).not.toHaveProperty("expected");
      expect(t).not.toHaveProperty("actual");
    }
  });

  it("keeps what the candidate's code returned when asked, still without inputs or expected values", () => {
    const result = gradeOutcome({ ...request, keepActual: true }, outcome, 3);
    expect(result.tests.map((t) => [t.status, t.actual])).toEqual([
      ["Accepted", 2],
      ["WrongAnswer", 6],
      ["RuntimeError", undefined],
    ]);
    for (const t of result.tests) {
      expect(t).not.toHaveProperty("args");
      expect(t).not.toHaveProperty("expected");
    }
  });
});
