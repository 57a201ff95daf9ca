// The contract between web servers and runners on the job queue (graphile-worker in PostgreSQL).

/** The graphile-worker task that runs one CodeSubmission. */
export const RUN_CODE_TASK = "loopwright_run_code";

/** Runners NOTIFY this channel with a submission's id once its verdict is in the database. */
export const VERDICT_CHANNEL = "loopwright_code_finished";

/** Only the id travels: a runner reads the code and the question (hidden tests) from the database itself. */
export type RunCodePayload = { submissionId: string };

/**
 * One job key per submission: re-adding it while a dead runner still holds the job makes
 * graphile-worker retire the held job (key cleared, no further attempts) and insert a
 * fresh one; re-adding it while it waits only updates it. So recovery never duplicates
 * a waiting job.
 */
export function jobKeyFor(submissionId: string): string {
  return `code-submission:${submissionId}`;
}

/** A sandbox busy or a database hiccup is retried a few times; a verdict is never retried. */
export const JOB_MAX_ATTEMPTS = 5;

export function runCodeJob(submissionId: string) {
  return {
    task: RUN_CODE_TASK,
    payload: { submissionId } satisfies RunCodePayload,
    spec: { jobKey: jobKeyFor(submissionId), maxAttempts: JOB_MAX_ATTEMPTS },
  };
}

export function isRunCodePayload(value: unknown): value is RunCodePayload {
  return typeof value === "object" && value !== null && typeof (value as RunCodePayload).submissionId === "string";
}
