// The sandbox's public surface: what the app codes against.
export {
  DEFAULT_LIMITS,
  LANGUAGES,
  OPERATOR_MAXIMA,
  VERDICTS,
  resolveLimits,
  runRequestSchema,
  runResultSchema,
  type CompileErrorInfo,
  type Language,
  type Limits,
  type RunRequest,
  type RunResult,
  type ErrorSpec,
  type StepView,
  type TestResult,
  type Verdict,
} from "./protocol";
export { SandboxBusyError, SandboxClosedError, SandboxRequestError } from "./errors";
export { compareValues, DEFAULT_TOLERANCE, type CompareOptions } from "./compare";
export { createSandboxPool, type SandboxPool, type SandboxPoolOptions, type SandboxPoolStats } from "./pool";
export { sameTable, rowDiff, type SqlTable, type TableCompareOptions } from "./sql-compare";
