/** No runner recorded a verdict in the time this server waits; the submission stays queued. */
export class QueueWaitTimeout extends Error {
  constructor(submissionId: string, waitedMs: number) {
    super(`No verdict for submission ${submissionId} after ${waitedMs} ms`);
    this.name = "QueueWaitTimeout";
  }
}
