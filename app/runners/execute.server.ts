import { buildRunRequest, type CodingQuestion, type SqlQuestion } from "../../questions/index";
import type { Language } from "../../questions/taxonomy";
import { SandboxBusyError, type RunRequest, type RunResult, type SandboxPool } from "../../sandbox/index";
import { prisma } from "../db.server";
import { scoreAutomatically } from "../rounds/auto-score.server";
import { questionFromVersion } from "../rounds/content.server";
import { ownerView, redactForCandidate } from "../rounds/run-view";

/** What a run on the candidate's own arguments shows: the return value and the output, no verdict. */
export type CustomRun = { args: unknown[]; value?: unknown; stdout: string; error?: string; status: string; compileError?: { message: string; line?: number; column?: number } };

/** A submission once its run is over: the verdict and what the candidate may see (JSON). */
export type FinishedSubmission = { id: string; mode: string; verdict: string | null; result: string | null };

export const finishedSelect = { id: true, mode: true, verdict: true, result: true, status: true } as const;

/**
 * Run one stored CodeSubmission in the sandbox and record its verdict. The same code
 * serves the web server (SANDBOX_MODE=inline) and the runners (queue): the row is the
 * unit of work, so a runner needs nothing but its id, and hidden tests never travel.
 *
 * Exactly once: several processes may run the same submission (a runner presumed dead
 * was only slow), but the verdict and the answer's score are written by the first to
 * finish, in one transaction whose update only matches a row not yet finished.
 *
 * With `leaseMs` (a runner), the row carries a lease the runner renews while the code
 * runs, however long that is: another runner takes the submission over only once the
 * lease has run out, i.e. when this process is dead or frozen.
 *
 * Returns null when the row is gone (its user was deleted). A full sandbox queue puts
 * the row back to queued and throws SandboxBusyError; any other sandbox failure is
 * recorded as InternalError and rethrown.
 */
export async function executeSubmission(
  pool: SandboxPool,
  submissionId: string,
  opts: { leaseMs?: number } = {},
): Promise<FinishedSubmission | null> {
  const row = await prisma.codeSubmission.findUnique({
    where: { id: submissionId },
    include: {
      questionVersion: true,
      answer: { include: { round: true, roundQuestion: { include: { questionVersion: true } } } },
    },
  });
  if (!row) return null;
  if (row.status === "finished") return row;
  const claim = await prisma.codeSubmission.updateMany({
    where: { id: row.id, status: { not: "finished" } },
    data: {
      status: "running",
      startedAt: new Date(),
      attempts: { increment: 1 },
      ...(opts.leaseMs ? { recoverAfter: new Date(Date.now() + opts.leaseMs) } : {}),
    },
  });
  if (claim.count === 0) return prisma.codeSubmission.findUnique({ where: { id: row.id }, select: finishedSelect });

  const question = questionFromVersion(row.questionVersion) as CodingQuestion | SqlQuestion;
  const language = row.language as Language | "sql";
  const mode = row.mode as "run" | "submit" | "custom";
  const args = mode === "custom" ? (JSON.parse(row.args ?? "[]") as unknown[]) : [];
  // An assessment's owner sees what the code returned on each hidden test; the candidate never does.
  const forOwner = mode === "submit" && row.answer?.round.assessmentId != null;
  const request: RunRequest =
    mode === "custom"
      ? { ...buildRunRequest(question, language, row.code, "run"), tests: [{ id: "custom", args, expected: null }] }
      : { ...buildRunRequest(question, language, row.code, mode), ...(forOwner ? { keepActual: true } : {}) };

  const lease = opts.leaseMs ? renewLease(row.id, opts.leaseMs) : undefined;
  let result: RunResult;
  try {
    result = await pool.run(request);
  } catch (error) {
    if (lease) clearInterval(lease);
    if (error instanceof SandboxBusyError) {
      // it never ran: another try may
      await prisma.codeSubmission.updateMany({ where: { id: row.id, status: "running" }, data: { status: "queued", startedAt: null } });
      throw error;
    }
    await prisma.codeSubmission.updateMany({
      where: { id: row.id, status: { not: "finished" } },
      data: { status: "finished", verdict: "InternalError", finishedAt: new Date() },
    });
    throw error;
  }

  if (lease) clearInterval(lease);
  const shown = mode === "custom" ? customView(result, args) : redactForCandidate(result, mode);
  await prisma.$transaction(async (tx) => {
    const won = await tx.codeSubmission.updateMany({
      where: { id: row.id, status: { not: "finished" } },
      data: {
        status: "finished",
        verdict: result.verdict,
        passed: result.passed,
        total: result.total,
        result: JSON.stringify(shown),
        ownerResult: forOwner ? JSON.stringify(ownerView(result, request)) : null,
        finishedAt: new Date(),
      },
    });
    // partial credit: the share of hidden tests passed
    if (won.count === 1 && mode === "submit" && row.answer) {
      const { round, roundQuestion } = row.answer;
      await scoreAutomatically(tx, round, roundQuestion, row.answer.id, result.total ? result.passed / result.total : 0, new Date());
    }
  });
  return prisma.codeSubmission.findUnique({ where: { id: row.id }, select: finishedSelect });
}

function renewLease(id: string, leaseMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    prisma.codeSubmission
      .updateMany({ where: { id, status: "running" }, data: { recoverAfter: new Date(Date.now() + leaseMs) } })
      .catch(() => {}); // a missed renewal costs at worst a second run, never a second verdict
  }, leaseMs / 3);
  timer.unref();
  return timer;
}

function customView(result: RunResult, args: unknown[]): CustomRun {
  const test = result.tests[0];
  if (result.compileError || !test) return { args, stdout: "", status: "CompileError", compileError: result.compileError };
  // the comparison with the placeholder expected value means nothing: only whether it returned
  const returned = test.status === "Accepted" || test.status === "WrongAnswer";
  return { args, stdout: test.stdout, status: returned ? "Returned" : test.status, ...(returned ? { value: test.actual } : { error: test.error }) };
}
