import type { SandboxPool } from "../../sandbox/index";
import { executeSubmission, type FinishedSubmission } from "./execute.server";

/**
 * Where candidate code runs: in this process's sandbox pool (SANDBOX_MODE=inline), or on
 * runners that take the submission from the job queue while this process waits for the
 * verdict (queue). Services take either and never ask which.
 */
export type CodeExecutor = SandboxPool | QueuedExecution;

export interface QueuedExecution {
  readonly mode: "queue";
  /** Enqueue a stored submission and resolve once a runner has recorded its verdict. */
  execute(submissionId: string): Promise<FinishedSubmission | null>;
  close(): Promise<void>;
}

export function isQueued(executor: CodeExecutor): executor is QueuedExecution {
  return "mode" in executor && executor.mode === "queue";
}

/** Run a stored submission wherever this process runs code; the row holds the outcome. */
export function runSubmission(executor: CodeExecutor, submissionId: string): Promise<FinishedSubmission | null> {
  return isQueued(executor) ? executor.execute(submissionId) : executeSubmission(executor, submissionId);
}
