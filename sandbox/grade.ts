import { fromTree } from "./codec";
import { compareValues } from "./compare";
import { sameTable, type SqlTable } from "./sql-compare";
import { gradeDriven, needsDriver, type WrappedGrade } from "./stateful";
import type { RunRequest, RunResult, TestResult, Verdict } from "./protocol";
import type { WorkerOutcome } from "./worker-protocol";

// Turns what a worker saw into a graded result. This is the only place that
// looks at expected values, and the place that decides what a candidate may
// see: in mode "submit" nothing of a hidden test (inputs, expected, actual)
// goes into the result, unless the caller asks for the actual values with
// keepActual (it holds the inputs and expected values itself).

export function gradeOutcome(req: RunRequest, outcome: WorkerOutcome, timeMs: number): RunResult {
  if (outcome.compileError) {
    return {
      verdict: "CompileError",
      passed: 0,
      total: req.tests.length,
      timeMs: round(timeMs),
      compileError: outcome.compileError,
      tests: [],
    };
  }
  const byId = new Map(outcome.tests.map((t) => [t.id, t]));
  const drivenRun = needsDriver(req);
  const tests: TestResult[] = req.tests.map((test) => {
    const seen = byId.get(test.id);
    if (!seen) return { id: test.id, status: "InternalError", timeMs: 0, stdout: "", error: "The test was not run" };
    let status: Verdict;
    let actual: unknown;
    let driven: WrappedGrade | undefined;
    if (seen.status === "Returned") {
      actual = fromTree(seen.value);
      if (req.language === "sql") {
        status = sameTable(actual, test.expected as SqlTable, req.compare) ? "Accepted" : "WrongAnswer";
      } else if (drivenRun) {
        driven = gradeDriven(test, actual, req);
        status = driven.status;
        actual = driven.actual;
      } else {
        status = compareValues(actual, test.expected, req.compare) ? "Accepted" : "WrongAnswer";
      }
    } else {
      status = seen.status;
    }
    const result: TestResult = { id: test.id, status, timeMs: seen.timeMs, stdout: seen.stdout };
    if (seen.error !== undefined) result.error = seen.error;
    // A driven test's own message names the hidden call or value: shown for public examples only, unless it is the candidate's error.
    if (driven?.error !== undefined && (req.mode === "run" || driven.status === "RuntimeError")) result.error = driven.error;
    if (req.mode === "run") {
      result.args = test.args;
      result.expected = test.expected;
      if (seen.status === "Returned") result.actual = actual;
      if (driven?.steps) result.steps = driven.steps;
    } else if (req.keepActual && seen.status === "Returned") {
      result.actual = actual;
    }
    return result;
  });
  return summarise(tests, timeMs);
}

export function summarise(tests: TestResult[], timeMs: number): RunResult {
  const passed = tests.filter((t) => t.status === "Accepted").length;
  return {
    verdict: overallVerdict(tests.map((t) => t.status)),
    passed,
    total: tests.length,
    timeMs: round(timeMs),
    tests,
  };
}

/**
 * Accepted only if every test is; otherwise an InternalError anywhere wins
 * (the candidate is not to blame), then the first failing test's status.
 */
export function overallVerdict(statuses: Verdict[]): Verdict {
  if (statuses.length === 0) return "InternalError";
  if (statuses.includes("InternalError")) return "InternalError";
  return statuses.find((s) => s !== "Accepted") ?? "Accepted";
}

/** Every test gets the same status: the run never got as far as telling them apart. */
export function uniformResult(req: RunRequest, status: Verdict, error: string, timeMs: number): RunResult {
  const tests = req.tests.map((t) => {
    const r: TestResult = { id: t.id, status, timeMs: 0, stdout: "", error };
    if (req.mode === "run") {
      r.args = t.args;
      r.expected = t.expected;
    }
    return r;
  });
  return summarise(tests, timeMs);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
