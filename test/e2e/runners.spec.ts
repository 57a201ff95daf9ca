import AxeBuilder from "@axe-core/playwright";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { prisma } from "../../app/db.server";
import { scratchDatabase } from "../../scripts/support/postgres";
import { postgresProblem } from "../support/test-database";
import { expect, test } from "./fixtures";
import { OwnServer } from "./own-server";
import { createRound, setCode, solution } from "./round-fixtures";

// SANDBOX_MODE=queue: a web server of our own that only enqueues, and a runner process
// (npm run runner) that runs the code. The candidate's page is the same as inline.
const CODING = "top-k-cosine";
let queue: Awaited<ReturnType<typeof scratchDatabase>>;
let app: OwnServer;
// a second server that waits only briefly for a verdict
let impatient: OwnServer;
const runners = new Set<ChildProcess>();

test.describe.configure({ timeout: 180_000 });
// the queue lives in PostgreSQL: without one, CI fails here and a laptop skips loudly
const noPostgres = await postgresProblem();
const skip = Boolean(noPostgres) && process.env.CI !== "true" && process.env.CI !== "1";
if (skip) console.warn(`SKIPPED test/e2e/runners.spec.ts: PostgreSQL not reachable (${noPostgres})`);
test.skip(skip, "PostgreSQL not reachable");

async function startRunner() {
  const child = spawn("node", ["--no-node-snapshot", "--import", "tsx", "scripts/runner.ts"], {
    env: { ...process.env, QUEUE_DATABASE_URL: queue.url, SANDBOX_WORKERS: "1", SANDBOX_PYTHON_POOL: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  await expect.poll(() => (child.exitCode === null ? log : `exited: ${log}`), { timeout: 60_000 }).toContain("is taking code runs");
  runners.add(child);
}

/** Every runner this file started; each finishes what it runs first. */
async function stopRunners() {
  await Promise.all(
    [...runners].map(async (child) => {
      runners.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }),
  );
}

test.beforeAll(async () => {
  if (skip) return;
  queue = await scratchDatabase();
  app = new OwnServer(Number(process.env.E2E_PORT ?? 3123) + 502, { SANDBOX_MODE: "queue", QUEUE_DATABASE_URL: queue.url });
  impatient = new OwnServer(Number(process.env.E2E_PORT ?? 3123) + 503, { SANDBOX_MODE: "queue", QUEUE_DATABASE_URL: queue.url, QUEUE_WAIT_MS: "1500" });
  await Promise.all([app.start(), impatient.start()]);
});

test.afterAll(async () => {
  await stopRunners();
  await app?.kill();
  await impatient?.kill();
  await queue?.drop();
});

test("with no runner up, Submit says the graders are busy and keeps the submission; a runner started later grades it", async ({ page, loginAs }) => {
  await stopRunners();
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [CODING], { seconds: 30 * 60 });
  await page.goto(`${impatient.origin}/practice/rounds/${roundId}`);
  await page.getByLabel("Language").selectOption("js");
  await setCode(page, solution(CODING, "reference.js"));
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "graders are busy" })).toContainText(
    "The graders are busy right now. Your code is saved; try again in a minute.",
  );
  await expect(page.getByTestId("results-submit")).toHaveCount(0);

  await startRunner();
  // nothing was lost: the queued submission is graded and the page shows it on the next visit
  await expect
    .poll(() => prisma.codeSubmission.findFirst({ where: { answer: { roundId } }, select: { status: true, verdict: true } }), { timeout: 60_000 })
    .toEqual({ status: "finished", verdict: "Accepted" });
  await page.reload();
  await expect(page.getByTestId("results-submit")).toContainText("Hidden tests: Accepted");
});

test("in queue mode Run, Submit and a run on one's own arguments show what inline mode shows, once a runner takes them", async ({ page, loginAs }) => {
  await stopRunners();
  const account = await loginAs(["candidate"]);
  const roundId = await createRound(account.email, [CODING], { seconds: 30 * 60 });
  await page.goto(`${app.origin}/practice/rounds/${roundId}`);
  await page.getByLabel("Language").selectOption("js");
  await setCode(page, solution(CODING, "reference.js"));

  // no runner yet: the web server runs nothing itself, the submission waits in the queue
  await page.getByRole("button", { name: "Submit" }).click();
  await expect
    .poll(() => prisma.codeSubmission.findFirst({ where: { answer: { roundId } }, select: { status: true } }), { timeout: 20_000 })
    .toEqual({ status: "queued" });
  const submitted = page.getByTestId("results-submit");
  await expect(submitted).toHaveCount(0);

  await startRunner();
  await expect(submitted).toContainText("Hidden tests: Accepted", { timeout: 60_000 });
  await expect(submitted).not.toContainText("Expected:");

  await setCode(page, "function topKCosine(query, docs, k) { console.log('k is', k); return docs.map((_, i) => i).slice(0, k); }");
  await page.getByRole("button", { name: "Run examples" }).click();
  const run = page.getByTestId("results-run");
  await expect(run).toContainText("Examples: Wrong answer");
  await expect(run).toContainText("Expected:");

  await page.getByText("Run on your own arguments").click();
  await page.getByLabel(/Arguments to/).fill("[[1, 0], [[0, 1], [1, 0], [1, 1]], 2]");
  await page.getByRole("button", { name: "Run on these arguments" }).click();
  const custom = page.getByTestId("custom-result");
  await expect(custom).toContainText("Returned: [0,1]");
  await expect(custom).toContainText("k is 2");

  const rows = await prisma.codeSubmission.findMany({ where: { userId: (await prisma.user.findUniqueOrThrow({ where: { email: account.email } })).id } });
  expect(rows.map((r) => [r.mode, r.status, r.attempts]).sort()).toEqual([
    ["run", "finished", 1],
    ["submit", "finished", 1],
  ]);
  expect(app.log).toContain("code runs on the queue's runners");
  const a11y = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(a11y.violations).toEqual([]);
});
