import type { RunResult, Verdict } from "../../sandbox/index";

/** What the candidate sees of a run. */
export type ShownRun = {
  mode: "run" | "submit";
  verdict: Verdict;
  passed: number;
  total: number;
  compileError?: { message: string; line?: number; column?: number };
  tests: {
    id: string;
    status: Verdict;
    timeMs: number;
    stdout?: string;
    error?: string;
    args?: unknown[];
    expected?: unknown;
    actual?: unknown;
  }[];
};

const HIDDEN_ERROR: Partial<Record<Verdict, string>> = {
  WrongAnswer: "Wrong answer on a hidden test.",
  RuntimeError: "Your code threw an error on a hidden test.",
  TimeLimit: "Took longer than the time limit.",
  MemoryLimit: "Used more memory than the limit.",
  InternalError: "The grader failed on this test; it is not counted against you.",
};

/**
 * Public examples show everything. Hidden tests show pass or fail only: printed
 * output and error messages could carry a hidden input out, so neither is shown.
 * A compile error is about the candidate's own source and is shown in full.
 */
export function redactForCandidate(result: RunResult, mode: "run" | "submit"): ShownRun {
  const base = { mode, verdict: result.verdict, passed: result.passed, total: result.total, compileError: result.compileError };
  if (mode === "run") return { ...base, tests: result.tests };
  return {
    ...base,
    tests: result.tests.map((t) => ({
      id: t.id,
      status: t.status,
      timeMs: t.timeMs,
      ...(t.status !== "Accepted" && HIDDEN_ERROR[t.status] ? { error: HIDDEN_ERROR[t.status] } : {}),
    })),
  };
}
