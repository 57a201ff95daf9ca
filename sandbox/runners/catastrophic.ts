// What a worker does when isolated-vm reports a catastrophic error in one of
// its isolates (V8 ran out of heap where no JavaScript exception can be
// thrown, or a script could not be terminated). The isolate's thread is then
// parked for good, so the process must go; before it does, the worker may
// answer the run in progress (see worker.ts) so the candidate gets a verdict
// at once instead of the pool's wall-clock kill.
//
// isolated-vm delivers the error on the Node thread as a task: it only runs
// while that thread is free. A call made with `applySync`/`runSync` runs the
// isolate on the Node thread itself, so an out-of-memory inside it can never
// be reported (the thread waits on itself until the pool kills the worker).
// Candidate code therefore runs through the asynchronous calls.

/** Exit code of a worker whose isolate hit a catastrophic error; the pool replaces it. */
export const CATASTROPHIC_EXIT_CODE = 70;

/**
 * The process ends by SIGKILL, not process.exit(): exiting waits for
 * isolated-vm's threads, and the thread of the failed isolate never returns.
 */
function die(): never {
  process.kill(process.pid, "SIGKILL");
  process.exit(CATASTROPHIC_EXIT_CODE); // not reached
}

export type CatastropheKind = "MemoryLimit" | "TimeLimit" | "InternalError";

let reporter: ((kind: CatastropheKind, message: string) => Promise<void>) | undefined;

/** The worker's way of answering the run in progress before the process exits. */
export function setCatastropheReporter(fn: (kind: CatastropheKind, message: string) => Promise<void>): void {
  reporter = fn;
}

export function catastropheKind(message: string): CatastropheKind {
  if (/out[- ]of[- ]memory/i.test(message)) return "MemoryLimit";
  if (/failed to terminate/i.test(message)) return "TimeLimit";
  return "InternalError";
}

let exiting = false;

export function onCatastrophicError(message: string): void {
  if (exiting) return;
  exiting = true;
  process.stderr.write(`isolated-vm catastrophic error: ${message}\n`);
  // Whatever happens to the report, the process does not outlive it by much.
  setTimeout(die, 1_000);
  if (!reporter) die();
  reporter(catastropheKind(message), message).then(die, die);
}
