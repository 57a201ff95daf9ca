import type { RunRequest, RunResult, StepView, Verdict } from "../../sandbox/index";

type ExampleResult = {
  id: string;
  status: Verdict;
  timeMs: number;
  stdout?: string;
  error?: string;
  args?: unknown[];
  expected?: unknown;
  actual?: unknown;
  /** Stateful examples: the calls up to the first difference. */
  steps?: StepView[];
};

/** What the candidate sees of a run: everything for public examples, pass or fail for hidden tests. */
export type ShownRun = (
  | { mode: "run"; verdict: Verdict; passed: number; total: number; compileError?: CompileError; tests: ExampleResult[] }
  | { mode: "submit"; verdict: Verdict; passed: number; total: number; compileError?: CompileError; tests: { id: string; passed: boolean }[] }
) & {
  /** The language the code was in, when the page knows it. */
  language?: string;
};

type CompileError = { message: string; line?: number; column?: number };

/**
 * Hidden tests show pass or fail and nothing else. Printed output, error messages,
 * the kind of failure and even the time a test took are all channels candidate code
 * could encode a hidden input into, so none of them leaves the server. A compile error
 * is about the candidate's own source and is shown in full.
 */
export function redactForCandidate(result: RunResult, mode: "run" | "submit"): ShownRun {
  const base = { verdict: result.verdict, passed: result.passed, total: result.total, compileError: result.compileError };
  if (mode === "run") return { ...base, mode, tests: result.tests };
  return { ...base, mode, tests: result.tests.map((t) => ({ id: t.id, passed: t.status === "Accepted" })) };
}

/** An assessment owner's view of a submission: every hidden test with its inputs, expected and actual values. */
export type OwnerRun = {
  verdict: Verdict;
  passed: number;
  total: number;
  compileError?: CompileError;
  tests: ExampleResult[];
};

/**
 * The owner's record of a run. Inputs and expected values come from the request the
 * host built (they never left it); only what the code returned comes from the sandbox.
 */
export function ownerView(result: RunResult, request: Pick<RunRequest, "tests">): OwnerRun {
  const cases = new Map(request.tests.map((t) => [t.id, t]));
  return {
    verdict: result.verdict,
    passed: result.passed,
    total: result.total,
    compileError: result.compileError,
    tests: result.tests.map((t) => ({ ...t, args: cases.get(t.id)?.args, expected: cases.get(t.id)?.expected })),
  };
}
