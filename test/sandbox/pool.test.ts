import { describe, expect, it } from "vitest";
import { SandboxBusyError, SandboxClosedError, SandboxRequestError, createSandboxPool, type RunRequest } from "../../sandbox/index";
import { usePool } from "./helpers";

const sandbox = usePool({ workers: 2, queueLimit: 2 });

const base = {
  language: "js",
  entry: "solve",
  mode: "submit",
  tests: [{ id: "t1", args: [1], expected: 1 }],
} as const;
const req = (r: Partial<RunRequest> & { source: string }): RunRequest => ({ ...base, ...r }) as RunRequest;

describe("grading", () => {
  it("shows inputs, expected and actual values in mode run", async () => {
    const result = await sandbox.pool.run(
      req({
        mode: "run",
        source: "function solve(a, b) {\n  console.log('adding', a, b);\n  return a + b;\n}",
        tests: [
          { id: "ex1", args: [1, 2], expected: 3 },
          { id: "ex2", args: [2, 2], expected: 5 },
        ],
      }),
    );
    expect(result).toMatchObject({ verdict: "WrongAnswer", passed: 1, total: 2 });
    expect(result.tests[0]).toMatchObject({ id: "ex1", status: "Accepted", args: [1, 2], expected: 3, actual: 3, stdout: "adding 1 2\n" });
    expect(result.tests[1]).toMatchObject({ id: "ex2", status: "WrongAnswer", expected: 5, actual: 4 });
    expect(result.tests[0].timeMs).toBeGreaterThanOrEqual(0);
  });

  it("hides inputs, expected and actual values in mode submit but keeps status, time and error", async () => {
    const result = await sandbox.pool.run(
      req({
        source: "function solve(n) {\n  if (n === 3) return n.nope();\n  return n * 2;\n}",
        tests: [
          { id: "h1", args: [1], expected: 2 },
          { id: "h2", args: [2], expected: 5 },
          { id: "h3", args: [3], expected: 6 },
        ],
      }),
    );
    expect(result.tests.map((t) => t.status)).toEqual(["Accepted", "WrongAnswer", "RuntimeError"]);
    expect(result.verdict).toBe("WrongAnswer");
    expect(result.passed).toBe(1);
    expect(result.tests[2].error).toBe("TypeError: n.nope is not a function (line 2)");
    for (const t of result.tests) {
      expect(Object.keys(t).sort()).toEqual(expect.arrayContaining(["id", "status", "stdout", "timeMs"]));
      expect(t).not.toHaveProperty("args");
      expect(t).not.toHaveProperty("expected");
      expect(t).not.toHaveProperty("actual");
    }
  });

  it("applies the question's tolerance and unordered comparison", async () => {
    const result = await sandbox.pool.run(
      req({
        source: "function solve(xs) { return xs.map((x) => x / 3).reverse(); }",
        tests: [{ id: "t1", args: [[3, 6, 9]], expected: [1.0001, 2, 3] }],
        compare: { tolerance: 1e-3, unordered: true },
      }),
    );
    expect(result.verdict).toBe("Accepted");
  });

  it("accepts async solutions and values JSON cannot carry", async () => {
    const result = await sandbox.pool.run(
      req({
        source: "async function solve(x) { await null; return [x, NaN, -Infinity, undefined, 2n ** 70n]; }",
        tests: [{ id: "t1", args: [Infinity], expected: [Infinity, NaN, -Infinity, undefined, 2n ** 70n] }],
      }),
    );
    expect(result.verdict).toBe("Accepted");
  });

  it("finds entries declared with const, let, class fields and as exports", async () => {
    for (const source of [
      "const solve = (x) => x;",
      "let solve = function (x) { return x; };",
      "export function solve(x) { return x; }",
      "export const solve = (x) => x;",
    ]) {
      expect((await sandbox.pool.run(req({ source }))).verdict, source).toBe("Accepted");
    }
  });

  it("answers CompileError when the entry is missing", async () => {
    const result = await sandbox.pool.run(req({ source: "function other() { return 1; }" }));
    expect(result.verdict).toBe("CompileError");
    expect(result.compileError?.message).toMatch(/No function named "solve"/);
    expect(result.tests).toEqual([]);
  });

  it("reports a JavaScript syntax error with line and column", async () => {
    const result = await sandbox.pool.run(req({ source: "function solve(x) {\n  return x +;\n}" }));
    expect(result.verdict).toBe("CompileError");
    expect(result.compileError).toMatchObject({ line: 2, column: 13 });
    expect(result.compileError?.message).toMatch(/^SyntaxError: Unexpected token ';'/);
  });

  it("leaves nothing of one run for the next", async () => {
    const source = [
      "function solve() {",
      "  const before = [globalThis.count, [].leak, typeof Math.leak];",
      "  globalThis.count = 1; Array.prototype.leak = 1; Math.leak = () => 1;",
      "  return before;",
      "}",
    ].join("\n");
    for (let i = 0; i < 4; i++) {
      const result = await sandbox.pool.run(req({ source, tests: [{ id: "t1", args: [], expected: [undefined, undefined, "undefined"] }] }));
      expect(result.verdict).toBe("Accepted");
    }
  });
});

describe("typescript", () => {
  it("ignores type errors and maps runtime errors to the TypeScript line", async () => {
    const source = [
      "interface Pair { a: number; b: number }",
      "",
      "export function solve(p: Pair): number {",
      "  const wrong: string = 42; // a type error, not a failure",
      "  if (p.a < 0) {",
      "    throw new RangeError('negative');",
      "  }",
      "  return p.a + p.b;",
      "}",
    ].join("\n");
    const result = await sandbox.pool.run(
      req({
        language: "ts",
        source,
        tests: [
          { id: "t1", args: [{ a: 1, b: 2 }], expected: 3 },
          { id: "t2", args: [{ a: -1, b: 2 }], expected: 1 },
        ],
      }),
    );
    expect(result.tests.map((t) => t.status)).toEqual(["Accepted", "RuntimeError"]);
    expect(result.tests[1].error).toBe("RangeError: negative (line 6)");
  });

  it("reports a syntax error as CompileError with line and column", async () => {
    const result = await sandbox.pool.run(
      req({ language: "ts", source: "function solve(x: number): number {\n  return x * ;\n}" }),
    );
    expect(result.verdict).toBe("CompileError");
    expect(result.compileError).toMatchObject({ line: 2, column: 14 });
  });
});

describe("the pool", () => {
  it("refuses invalid requests with a typed error", async () => {
    await expect(sandbox.pool.run({ ...base, entry: "not an identifier", source: "" } as unknown as RunRequest)).rejects.toBeInstanceOf(SandboxRequestError);
  });

  it("runs python through the same pool", async () => {
    const result = await sandbox.pool.run(req({ language: "python", source: "def solve(x):\n    return x\n", limits: { wallMs: 30_000 } }));
    expect(result.verdict).toBe("Accepted");
  });

  it("answers a full queue with SandboxBusyError at once, and finishes what it accepted", async () => {
    await sandbox.waitReady();
    const slow = req({ source: "function solve() { for (;;) {} }", limits: { timeMsPerTest: 300 } });
    const accepted = [sandbox.pool.run(slow), sandbox.pool.run(slow), sandbox.pool.run(slow), sandbox.pool.run(slow)];
    // refused at once: while every accepted run is still busy or waiting, none finished
    await expect(sandbox.pool.run(slow)).rejects.toBeInstanceOf(SandboxBusyError);
    expect(sandbox.pool.stats()).toMatchObject({ busy: 2, queued: 2, rejectedBusy: 1 });
    const results = await Promise.all(accepted);
    expect(results.map((r) => r.verdict)).toEqual(["TimeLimit", "TimeLimit", "TimeLimit", "TimeLimit"]);
  });

  it("replaces a worker killed from outside and keeps serving", async () => {
    await sandbox.waitReady();
    const [pid] = sandbox.pool.stats().pids;
    // Both workers busy, so one of the runs is on the worker that gets killed.
    const spin = req({ source: "function solve() { for (;;) {} }", limits: { timeMsPerTest: 1_500 } });
    const running = [sandbox.pool.run(spin), sandbox.pool.run(spin)];
    await new Promise((r) => setTimeout(r, 100));
    process.kill(pid, "SIGKILL");
    const verdicts = (await Promise.all(running)).map((r) => r.verdict).sort();
    expect(verdicts).toEqual(["InternalError", "TimeLimit"]);
    const next = await sandbox.pool.run(req({ source: "function solve(x) { return x; }" }));
    expect(next.verdict).toBe("Accepted");
    expect(sandbox.pool.stats().pids).not.toContain(pid);
    expect(sandbox.pool.stats().crashed).toBe(1);
  });

  it("rejects runs after close", async () => {
    const pool = createSandboxPool({ workers: 1 });
    await pool.close();
    await expect(pool.run(req({ source: "function solve(x) { return x; }" }))).rejects.toBeInstanceOf(SandboxClosedError);
  });
});
