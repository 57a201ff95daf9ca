import { afterAll, beforeAll, expect } from "vitest";
import { createSandboxPool, type RunRequest, type RunResult, type SandboxPool } from "../../sandbox/index";

// Hostile cases run through the real pool: a real worker process, real
// isolates. One worker per file keeps the suite light when vitest runs files
// in parallel.

export const TIGHT_LIMITS = { timeMsPerTest: 250, memoryMb: 32, wallMs: 4_000 } as const;

/** Tight per-test limits, but a wall deadline that covers a cold Python boot (the snapshot is cached on disk after the first). */
export const PYTHON_LIMITS = { timeMsPerTest: 500, memoryMb: 32, wallMs: 30_000 } as const;

/** One table t(x INTEGER) with the rows 1, 2, 3. */
export const SQL_DATASET = { tables: [{ name: "t", columns: [{ name: "x", type: "INTEGER" }], rows: [[1], [2], [3]] }] };

export type Case = Partial<Omit<RunRequest, "source">> & { source: string };

export function usePool(opts: Parameters<typeof createSandboxPool>[0] = {}) {
  let pool: SandboxPool | undefined;
  beforeAll(() => {
    pool = createSandboxPool({ workers: 1, queueLimit: 8, ...opts });
  });
  afterAll(async () => {
    await pool?.close();
  });
  const get = () => {
    if (!pool) throw new Error("pool not started");
    return pool;
  };
  return {
    get pool() {
      return get();
    },
    run(c: Case): Promise<RunResult> {
      return get().run({
        language: "js",
        entry: "solve",
        mode: "submit",
        tests: [{ id: "t1", args: [], expected: 1 }],
        limits: TIGHT_LIMITS,
        ...c,
      } as RunRequest);
    },
    /** Until every worker has started: a starting worker takes no job, so runs queue meanwhile. */
    async waitReady(timeoutMs = 15_000): Promise<void> {
      const until = Date.now() + timeoutMs;
      while (get().stats().ready < get().stats().workers || get().stats().workers === 0) {
        if (Date.now() > until) throw new Error("workers did not start in time");
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    /** A Python run with TIGHT_LIMITS and a wall deadline long enough for the worker's first boot. */
    runPython(c: Case): Promise<RunResult> {
      return get().run({
        language: "python",
        entry: "solve",
        mode: "submit",
        tests: [{ id: "t1", args: [], expected: 1 }],
        ...c,
        limits: { ...PYTHON_LIMITS, ...c.limits },
      } as RunRequest);
    },
    /** The same pool still grades an ordinary Python solution correctly, in a fresh interpreter. */
    async expectPythonHealthy(): Promise<void> {
      const result = await get().run({
        language: "python",
        entry: "add",
        mode: "submit",
        source: "import json, builtins, os\ndef add(a, b):\n    assert not os.path.exists('/tmp/lw-note.txt'), 'a file from an earlier run'\n    assert not hasattr(builtins, 'lw_planted'), 'builtins from an earlier run'\n    return a + b\n",
        tests: [
          { id: "a", args: [1, 2], expected: 3 },
          { id: "b", args: [-5, 5], expected: 0 },
        ],
        limits: PYTHON_LIMITS,
      });
      expect(result.tests.map((t) => t.error ?? t.status)).toEqual(["Accepted", "Accepted"]);
      expect(result.verdict).toBe("Accepted");
    },
    /** An SQL run on a small table t(x) holding 1, 2, 3, with TIGHT_LIMITS. */
    runSql(source: string, limits: Partial<RunRequest["limits"]> = {}): Promise<RunResult> {
      return get().run({
        language: "sql",
        entry: "query",
        mode: "submit",
        source,
        tests: [{ id: "t1", args: [SQL_DATASET], expected: { columns: ["x"], rows: [[1], [2], [3]] } }],
        limits: { ...TIGHT_LIMITS, ...limits },
      });
    },
    /** The same pool still grades an ordinary query correctly, on a fresh database. */
    async expectSqlHealthy(): Promise<void> {
      const result = await get().run({
        language: "sql",
        entry: "query",
        mode: "run",
        source: "SELECT x * 2 AS y FROM t WHERE x > 1",
        tests: [{ id: "a", args: [SQL_DATASET], expected: { columns: ["y"], rows: [[4], [6]] } }],
        limits: TIGHT_LIMITS,
      });
      expect(result.tests.map((t) => t.error ?? t.status)).toEqual(["Accepted"]);
    },
    /** The same pool still grades an ordinary solution correctly. */
    async expectHealthy(): Promise<void> {
      const result = await get().run({
        language: "js",
        entry: "add",
        mode: "submit",
        source: "function add(a, b) { return a + b; }",
        tests: [
          { id: "a", args: [1, 2], expected: 3 },
          { id: "b", args: [-5, 5], expected: 0 },
        ],
      });
      expect(result.verdict).toBe("Accepted");
      expect(result.passed).toBe(2);
      const stats = get().stats();
      expect(stats.ready).toBeGreaterThanOrEqual(1);
    },
  };
}
