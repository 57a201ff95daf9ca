// The pool is loaded by the server process while the Remix build bundles its own copy of
// this module: a plain instanceof in the app would never match the pool's errors (a busy
// grader became a 500). The brand is a registered symbol, the same in every copy.
const BUSY = Symbol.for("loopwright.sandbox.SandboxBusyError");

/**
 * The queue is full. Not a verdict on the candidate's code: the web layer
 * answers 503 with "busy, retry shortly".
 */
export class SandboxBusyError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BUSY] === true;
  }
  readonly [BUSY] = true;
  readonly retryAfterSeconds: number;
  constructor(message = "The code runner is busy, retry shortly", retryAfterSeconds = 2) {
    super(message);
    this.name = "SandboxBusyError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The request does not satisfy the protocol: a bug in the caller, answered 400/500, never run. */
export class SandboxRequestError extends Error {
  readonly issues: unknown;
  constructor(message: string, issues?: unknown) {
    super(message);
    this.name = "SandboxRequestError";
    this.issues = issues;
  }
}

/** The pool was closed while the run was waiting or running. */
export class SandboxClosedError extends Error {
  constructor() {
    super("The sandbox pool is closed");
    this.name = "SandboxClosedError";
  }
}
