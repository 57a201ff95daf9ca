import { afterEach, expect, it } from "vitest";
import { createSandboxPool, type RunRequest, type SandboxPool } from "../../sandbox/index";

// The pool's own safety nets, with fake workers that misbehave on purpose.

const request: RunRequest = {
  language: "js",
  source: "function f() { return 1; }",
  entry: "f",
  mode: "submit",
  tests: [
    { id: "t1", args: [], expected: 1 },
    { id: "t2", args: [], expected: 1 },
  ],
  limits: { wallMs: 300 },
};

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
let pool: SandboxPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

it("kills a worker that overruns the wall deadline, answers TimeLimit and replaces it", async () => {
  pool = createSandboxPool({ workers: 1, workerPath: fixture("silent-worker.ts"), killGraceMs: 100 });
  const result = await pool.run(request);
  expect(result.verdict).toBe("TimeLimit");
  expect(result.tests.map((t) => t.status)).toEqual(["TimeLimit", "TimeLimit"]);
  expect(pool.stats().killed).toBe(1);
  await waitFor(() => pool!.stats().ready === 1);
});

it("answers InternalError when a worker dies mid-run, and restarts it", async () => {
  pool = createSandboxPool({ workers: 1, workerPath: fixture("crashing-worker.ts") });
  const result = await pool.run(request);
  expect(result.verdict).toBe("InternalError");
  expect(result.tests[0].error).toMatch(/stopped unexpectedly \(exit 70\)/);
  await waitFor(() => pool!.stats().ready === 1);
  expect(pool.stats().crashed).toBe(1);
});

it("keeps the answer a dying worker gave (tests before the catastrophe count) and sends it no further job", async () => {
  pool = createSandboxPool({ workers: 1, workerPath: fixture("last-word-worker.ts") });
  await waitFor(() => pool!.stats().ready === 1);
  const [dying, next] = await Promise.all([pool.run({ ...request, source: "// oom" }), pool.run(request)]);
  expect(dying.verdict).toBe("MemoryLimit");
  expect(dying.tests.map((t) => t.status)).toEqual(["Accepted", "MemoryLimit"]);
  // Queued behind it, the next run waits for the replacement instead of going to the dying worker.
  expect(next.verdict).toBe("Accepted");
  expect(pool.stats().crashed).toBe(1);
});

it("does not trust a reply that breaks the protocol", async () => {
  pool = createSandboxPool({ workers: 1, workerPath: fixture("lying-worker.ts") });
  const result = await pool.run(request);
  expect(result.verdict).toBe("InternalError");
  expect(result.passed).toBe(0);
  await waitFor(() => pool!.stats().ready === 1);
});

it("fails queued runs instead of hanging when workers cannot start", async () => {
  pool = createSandboxPool({ workers: 1, workerPath: fixture("does-not-exist.ts") });
  const result = await pool.run(request);
  expect(result.verdict).toBe("InternalError");
  expect(result.tests[0].error).toMatch(/cannot start/);
});
