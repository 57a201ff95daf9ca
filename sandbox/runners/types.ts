import type { WorkerJob, WorkerOutcome, WorkerTestOutcome } from "../worker-protocol";

/**
 * One language's way of running a job inside a worker process. The worker
 * picks a runner by language; a Python runner (Pyodide in an isolate) plugs
 * in next to the JavaScript one.
 */
export interface Runner {
  /**
   * Runs every test of the job in one fresh isolate; never throws for anything the candidate did.
   * Each finished test is pushed onto `progress` as it ends, so the worker can still answer with
   * them if the process must die mid-run (see catastrophic.ts).
   */
  run(job: WorkerJob, progress?: WorkerTestOutcome[]): Promise<WorkerOutcome>;
  /** Called while the worker is idle: prepare the next isolate ahead of time. */
  prepare?(): void;
  /** Starts caches (e.g. the transpiler) before the first job. */
  warm?(): Promise<void>;
}
