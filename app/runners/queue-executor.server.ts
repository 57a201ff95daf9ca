import { makeWorkerUtils } from "graphile-worker";
import { prisma } from "../db.server";
import type { QueuedExecution } from "./executor.server";
import { finishedSelect } from "./execute.server";
import { quietLogger } from "./logger.server";
import { runCodeJob } from "./queue";
import { VerdictWaiter } from "./waiter.server";

export type QueueExecutorOptions = {
  connectionString: string;
  /** How long a request waits for a runner's verdict before answering that it is queued. */
  waitMs: number;
  /** The fallback poll while waiting. */
  pollMs: number;
};

/**
 * The web server's side of SANDBOX_MODE=queue: it enqueues stored submissions and waits
 * for their verdicts; it never runs candidate code. The queue's tables are created (or
 * brought up to date) here, so the web server may start before any runner.
 */
export async function createQueueExecutor(opts: QueueExecutorOptions): Promise<QueuedExecution> {
  const utils = await makeWorkerUtils({ connectionString: opts.connectionString, logger: quietLogger });
  await utils.migrate();
  const waiter = new VerdictWaiter(opts.connectionString, opts.pollMs);
  await waiter.start();
  return {
    mode: "queue",
    async execute(submissionId) {
      // listening before the job exists: a fast runner's notification cannot come too early
      const done = waiter.wait(submissionId, opts.waitMs);
      const job = runCodeJob(submissionId);
      try {
        await utils.addJob(job.task, job.payload, job.spec);
      } catch (error) {
        done.catch(() => {});
        throw error;
      }
      await done;
      return prisma.codeSubmission.findUnique({ where: { id: submissionId }, select: finishedSelect });
    },
    async close() {
      await waiter.close();
      await utils.release();
    },
  };
}
