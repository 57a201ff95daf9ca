// The queue executor is made by the server process (server/index.ts) while the Remix build
// bundles its own copy of this module: a plain instanceof in a service would never match
// (a timeout would be a 500). The brand is a registered symbol, the same in every copy.
const TIMEOUT = Symbol.for("loopwright.runners.QueueWaitTimeout");

/** No runner recorded a verdict in the time this server waits; the submission stays queued. */
export class QueueWaitTimeout extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[TIMEOUT] === true;
  }
  readonly [TIMEOUT] = true;
  constructor(submissionId: string, waitedMs: number) {
    super(`No verdict for submission ${submissionId} after ${waitedMs} ms`);
    this.name = "QueueWaitTimeout";
  }
}
