// Real runner processes (`scripts/runner.ts`) against a real PostgreSQL queue, one of them
// killed with SIGKILL mid-run: the submission is run again by another runner and graded once.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase } from "../../scripts/support/postgres";
import { postgresProblem } from "../../test/support/test-database";
import { createUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { finishRound, runCustom, saveDraft, submitCode } from "../rounds/answers.server";
import { questionFromVersion } from "../rounds/content.server";
import type { QueuedExecution } from "./executor.server";
import { createQueueExecutor } from "./queue-executor.server";

// The queue lives in PostgreSQL: without one, CI fails here and a laptop skips loudly.
const noPostgres = await postgresProblem();
const inCI = process.env.CI === "true" || process.env.CI === "1";
if (noPostgres && !inCI) console.warn(`SKIPPED app/runners/runners.test.ts: PostgreSQL not reachable (${noPostgres})`);
const skip = Boolean(noPostgres) && !inCI;

let queue: { url: string; drop: () => Promise<void> };
let executor: QueuedExecution;
const children = new Set<ChildProcess>();
const RECOVERY_MS = 1_500;

function startRunner(env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--no-node-snapshot", "--import", "tsx", "scripts/runner.ts"], {
    env: {
      ...process.env,
      QUEUE_DATABASE_URL: queue.url,
      RUNNER_RECOVERY_MS: String(RECOVERY_MS),
      SANDBOX_WORKERS: "1",
      SANDBOX_PYTHON_POOL: "1",
      ...env,
    },
    // its own process group, so that cleanup can reach the sandbox workers it forked
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let log = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("is taking code runs")) resolve(child);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`runner exited (${code}) before it was ready:\n${log}`)));
  });
}

function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

beforeAll(async () => {
  if (skip) return;
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
  queue = await scratchDatabase();
  executor = await createQueueExecutor({ connectionString: queue.url, waitMs: 120_000, pollMs: 1_000 });
});

// each test starts its own runners: none may take another test's jobs
afterEach(() => {
  for (const child of children) killGroup(child);
  children.clear();
});

afterAll(async () => {
  await executor?.close();
  await queue?.drop();
});

let n = 0;
async function jsCodingRound() {
  const user = await createUser({ email: `runner${n++}@example.com`, name: "R", password: "long enough password", roles: ["candidate"] });
  const versions = await prisma.questionVersion.findMany({ where: { kind: "coding", currentOf: { isNot: null } } });
  const version = versions.find((v) => {
    const q = questionFromVersion(v);
    return q.kind === "coding" && q.languages.includes("js") && !!q.entry.js && q.hidden.every((t) => !t.calls);
  })!;
  const q = questionFromVersion(version);
  if (q.kind !== "coding") throw new Error("coding expected");
  const round = await prisma.round.create({
    data: {
      userId: user.id,
      track: "mid",
      stage: version.stage,
      gradingMode: "immediate",
      deadlineAt: new Date(Date.now() + 30 * 60_000),
      questions: { create: [{ questionVersionId: version.id, position: 1 }] },
    },
    include: { questions: true },
  });
  return { user, round, rqId: round.questions[0].id, entry: q.entry.js!, skills: JSON.parse(version.skills) as string[] };
}

describe.skipIf(skip)("sandbox runners on the job queue", () => {
  it("runs Submit and Run on my arguments on a runner and answers as inline mode does", { timeout: 120_000 }, async () => {
    await startRunner();
    const { user, round, rqId, entry } = await jsCodingRound();
    const code = `function ${entry}(...args) { console.log("seen", args.length); return args[0]; }`;

    const shown = await submitCode(executor, user.id, round.id, rqId, { language: "js", code });
    expect(shown.mode).toBe("submit");
    expect(shown.total).toBeGreaterThan(0);
    const row = await prisma.codeSubmission.findFirstOrThrow({ where: { userId: user.id, mode: "submit" } });
    expect(row).toMatchObject({ status: "finished", attempts: 1, verdict: shown.verdict });
    expect(JSON.parse(row.result!)).toEqual(shown);
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(answer.status).toBe("graded");

    const custom = await runCustom(executor, user.id, round.id, rqId, { language: "js", code }, "[[3, 1, 2], 7]");
    expect(custom).toMatchObject({ status: "Returned", value: [3, 1, 2], stdout: "seen 2\n" });
    // a run on one's own arguments leaves no record, as inline
    expect(await prisma.codeSubmission.count({ where: { userId: user.id, mode: "custom" } })).toBe(0);
  });

  it("grades code never submitted on a runner when the round ends", { timeout: 120_000 }, async () => {
    await startRunner();
    const { user, round, rqId, entry, skills } = await jsCodingRound();
    await saveDraft(user.id, round.id, rqId, { language: "js", code: `function ${entry}() { return null; }` });
    await finishRound(executor, user.id, round.id);
    const rows = await prisma.codeSubmission.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mode: "submit", status: "finished", attempts: 1 });
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(answer).toMatchObject({ status: "graded", gradedBy: "auto" });
    expect(await prisma.scoreRecord.count({ where: { answerId: answer.id } })).toBe(skills.length);
  });

  it("leaves a run that outlasts the recovery timeout to its live runner: one run, not two", { timeout: 120_000 }, async () => {
    // two jobs at once: a submission handed back to the queue would be claimed again at once
    await startRunner({ RUNNER_CONCURRENCY: "2" });
    const { user, round, rqId, entry } = await jsCodingRound();
    const shown = await submitCode(executor, user.id, round.id, rqId, { language: "js", code: `function ${entry}() { for (;;) {} }` });
    expect(shown.verdict).toBe("TimeLimit");
    const row = await prisma.codeSubmission.findFirstOrThrow({ where: { userId: user.id } });
    // it ran for many recovery timeouts, its lease renewed all along
    expect(row.finishedAt!.getTime() - row.startedAt!.getTime()).toBeGreaterThan(2 * RECOVERY_MS);
    expect(row.attempts).toBe(1);
  });

  it("gives the submission of a runner killed mid-run to another runner and records one verdict and one score", { timeout: 120_000 }, async () => {
    const first = await startRunner();
    const { user, round, rqId, entry, skills } = await jsCodingRound();
    const looping = `function ${entry}() { for (;;) {} }`;
    const verdict = submitCode(executor, user.id, round.id, rqId, { language: "js", code: looping });

    // the runner has claimed it and its sandbox is looping
    await expect
      .poll(() => prisma.codeSubmission.findFirst({ where: { userId: user.id, mode: "submit" }, select: { status: true } }), { timeout: 60_000, interval: 20 })
      .toEqual({ status: "running" });
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    expect(await prisma.codeSubmission.findFirstOrThrow({ where: { userId: user.id, mode: "submit" } })).toMatchObject({ status: "running", attempts: 1 });

    await startRunner();
    // the candidate's request, still waiting, gets the verdict of the second run
    const shown = await verdict;
    expect(shown).toMatchObject({ mode: "submit", verdict: "TimeLimit", passed: 0 });

    const rows = await prisma.codeSubmission.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "finished", verdict: "TimeLimit", attempts: 2 });
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(answer).toMatchObject({ status: "graded", score: 0, gradedBy: "auto" });
    // one score record per skill of the question, not two
    expect(await prisma.scoreRecord.count({ where: { answerId: answer.id } })).toBe(skills.length);
  });

  it("a runner presumed dead that comes back after another runner's verdict records nothing", { timeout: 180_000 }, async () => {
    const first = await startRunner();
    const { user, round, rqId, entry, skills } = await jsCodingRound();
    const looping = `function ${entry}() { for (;;) {} }`;
    const verdict = submitCode(executor, user.id, round.id, rqId, { language: "js", code: looping });
    await expect
      .poll(() => prisma.codeSubmission.findFirst({ where: { userId: user.id, mode: "submit" }, select: { status: true } }), { timeout: 60_000, interval: 20 })
      .toEqual({ status: "running" });
    // frozen, not dead: its sandbox worker runs on and the verdict waits in its inbox
    process.kill(first.pid!, "SIGSTOP");
    const second = await startRunner();
    await verdict;
    const recorded = await prisma.codeSubmission.findFirstOrThrow({ where: { userId: user.id } });
    const graded = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(recorded).toMatchObject({ status: "finished", attempts: 2 });

    process.kill(first.pid!, "SIGCONT");
    // both runners finish their jobs (graphile-worker deletes them), the first having found the verdict taken
    const jobs = new pg.Client({ connectionString: queue.url });
    await jobs.connect();
    try {
      // the public view leaves the payload out
      const left = "select count(*)::int as n from graphile_worker._private_jobs where payload->>'submissionId' = $1";
      await expect.poll(async () => (await jobs.query(left, [recorded.id])).rows[0].n, { timeout: 90_000, interval: 100 }).toBe(0);
    } finally {
      await jobs.end();
    }
    expect(await prisma.codeSubmission.findMany({ where: { userId: user.id } })).toEqual([recorded]);
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId } });
    expect(answer.gradedAt).toEqual(graded.gradedAt);
    expect(await prisma.scoreRecord.count({ where: { answerId: answer.id } })).toBe(skills.length);
    expect(second.exitCode).toBeNull();
  });
});
