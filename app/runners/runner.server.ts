import { run, type Runner, type Task } from "graphile-worker";
import { SandboxBusyError, type SandboxPool } from "../../sandbox/index";
import { prisma } from "../db.server";
import { executeSubmission } from "./execute.server";
import { quietLogger } from "./logger.server";
import { isRunCodePayload, runCodeJob, RUN_CODE_TASK, VERDICT_CHANNEL } from "./queue";

export type RunnerOptions = {
  connectionString: string;
  pool: SandboxPool;
  /** Jobs taken at once. */
  concurrency: number;
  /** How long a submission may go without news before another runner is given it. */
  leaseMs: number;
};

export type CodeRunner = { stop(): Promise<void>; recoverNow(): Promise<number> };

/**
 * A runner: takes code-run jobs from the queue and runs them in this process's sandbox
 * pool, and looks every so often for submissions whose runner went quiet (killed, its
 * machine gone) to hand them to the queue again.
 */
export async function startCodeRunner(opts: RunnerOptions): Promise<CodeRunner> {
  const runCode: Task = async (payload, helpers) => {
    if (!isRunCodePayload(payload)) {
      helpers.logger.error(`Ignoring a ${RUN_CODE_TASK} job without a submission id`);
      return;
    }
    try {
      await executeSubmission(opts.pool, payload.submissionId, { leaseMs: opts.leaseMs });
    } catch (error) {
      // busy: graphile-worker tries again later; anything else is recorded as InternalError
      if (error instanceof SandboxBusyError) throw error;
      helpers.logger.error(`Submission ${payload.submissionId} failed in the sandbox: ${String(error)}`, { error });
    }
    // after the verdict is committed: the waiting web server reads it as soon as it hears
    await helpers.query("select pg_notify($1, $2)", [VERDICT_CHANNEL, payload.submissionId]);
  };

  const runner: Runner = await run({
    connectionString: opts.connectionString,
    concurrency: opts.concurrency,
    noHandleSignals: true,
    logger: quietLogger,
    taskList: { [RUN_CODE_TASK]: runCode },
  });

  const recoverNow = async (): Promise<number> => {
    const now = new Date();
    const stale = await prisma.codeSubmission.findMany({
      where: {
        status: { not: "finished" },
        OR: [
          { recoverAfter: { lt: now } },
          // enqueued by a web server that died before the job was added, or never picked up
          { status: "queued", recoverAfter: null, queuedAt: { lt: new Date(now.getTime() - opts.leaseMs) } },
        ],
      },
      select: { id: true, recoverAfter: true },
      orderBy: { queuedAt: "asc" },
      take: 100,
    });
    let recovered = 0;
    for (const row of stale) {
      // of several runners sweeping at once, the one that moves the lease re-adds the job
      const moved = await prisma.codeSubmission.updateMany({
        where: { id: row.id, status: { not: "finished" }, recoverAfter: row.recoverAfter },
        data: { recoverAfter: new Date(now.getTime() + opts.leaseMs) },
      });
      if (moved.count === 0) continue;
      const job = runCodeJob(row.id);
      await runner.addJob(job.task, job.payload, job.spec);
      recovered++;
    }
    if (recovered) console.warn(`[runner] handed ${recovered} submission(s) whose runner went quiet back to the queue`);
    return recovered;
  };

  let sweeping: Promise<unknown> = Promise.resolve();
  const sweeper = setInterval(
    () => {
      sweeping = sweeping.then(recoverNow).catch((error) => console.error("[runner] recovery sweep failed:", error));
    },
    Math.max(250, Math.min(opts.leaseMs / 4, 5_000)),
  );

  return {
    recoverNow,
    async stop() {
      clearInterval(sweeper);
      await sweeping;
      await runner.stop();
    },
  };
}
