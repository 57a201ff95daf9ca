import type { WorkerOutcome } from "./worker-protocol";

const ERROR_MAX_CHARS = 8_000;

/**
 * The last cap on what a run prints, applied in the worker for every language: the
 * isolate's own cap counts characters and candidate code can tamper with it; this one
 * counts UTF-8 bytes and cannot. It leaves room for the isolate's truncation notice.
 */
export function capOutcome(outcome: WorkerOutcome, maxBytes: number): WorkerOutcome {
  let left = maxBytes + 80;
  for (const t of outcome.tests) {
    const bytes = Buffer.byteLength(t.stdout, "utf8");
    if (bytes <= left) {
      left -= bytes;
      continue;
    }
    t.stdout = `${Buffer.from(t.stdout, "utf8").subarray(0, left).toString("utf8")}\n[output truncated at ${maxBytes} bytes, the limit for the whole run]`;
    left = 0;
  }
  for (const t of outcome.tests) if (t.error !== undefined && t.error.length > ERROR_MAX_CHARS) t.error = `${t.error.slice(0, ERROR_MAX_CHARS)}…`;
  return outcome;
}
