import { describe, expect, it } from "vitest";
import { languageTimeFactors, resolveLimits, runRequestSchema, type RunRequest, type RunResult } from "../../sandbox/protocol.ts";
import { loadBank } from "../../questions/loader.ts";
import { buildRunRequest } from "../../questions/run-request.ts";
import type { CodingQuestion } from "../../questions/schema.ts";
import { verifySolutions, type Runner } from "../../questions/verify-solutions.ts";

const bank = await loadBank("questions");
// the real question, offered in two of its three languages, so "not offered" has a case
const full = bank.questions.find((x): x is CodingQuestion => x.kind === "coding" && x.id === "top-k-cosine")!;
const q: CodingQuestion = { ...full, languages: ["js", "ts"] };

describe("buildRunRequest", () => {
  it("runs the public examples for Run and the hidden tests for Submit", () => {
    const run = buildRunRequest(q, "ts", "src", "run");
    const submit = buildRunRequest(q, "js", "src", "submit");
    expect(run).toMatchObject({ language: "ts", source: "src", entry: "topKCosine", mode: "run", limits: { timeMsPerTest: 1000 } });
    expect(run.tests.map((t) => t.id)).toEqual(["example-1", "example-2"]);
    expect(run.tests[0]).toEqual({ id: "example-1", args: q.examples[0].args, expected: q.examples[0].expected });
    expect(submit.tests).toHaveLength(q.hidden.length);
    expect(submit.tests[6].id).toBe("hidden-7");
    expect(submit).not.toHaveProperty("compare"); // nothing set: the sandbox's defaults apply
  });

  it("produces requests the sandbox protocol accepts", () => {
    for (const mode of ["run", "submit"] as const) expect(runRequestSchema.safeParse(buildRunRequest(q, "js", "function topKCosine() {}", mode)).success).toBe(true);
  });

  it("gives each language the question's time limits times its factor: Python 3× by default, a question may set its own", () => {
    const py = buildRunRequest(full, "python", "def top_k_cosine(): pass", "submit");
    expect(py.limits).toEqual({ timeMsPerTest: 3000, wallMs: 45_000 });
    expect(buildRunRequest(full, "js", "function topKCosine() {}", "submit").limits).toEqual({ timeMsPerTest: 1000 });
    const own: CodingQuestion = { ...full, limits: { timeMsPerTest: 400, memoryMb: 64, timeFactors: { python: 2, ts: 1.5 } } };
    expect(buildRunRequest(own, "python", "x", "run").limits).toEqual({ timeMsPerTest: 800, memoryMb: 64, wallMs: 30_000 });
    expect(buildRunRequest(own, "ts", "x", "run").limits).toEqual({ timeMsPerTest: 600, memoryMb: 64, wallMs: 22_500 });
    // the sandbox still caps what a factor asks for
    const slow: CodingQuestion = { ...full, limits: { timeMsPerTest: 5000 } };
    expect(resolveLimits(buildRunRequest(slow, "python", "x", "run").limits).timeMsPerTest).toBe(10_000);
  });

  it("reads operator factors from SANDBOX_TIME_FACTORS and ignores nonsense", () => {
    expect(languageTimeFactors("python=4, ts=1.2")).toEqual({ js: 1, ts: 1.2, python: 4, sql: 1 });
    expect(languageTimeFactors("python=0.5,ruby=2,js=abc,python")).toEqual({ js: 1, ts: 1, python: 3, sql: 1 });
  });

  it("refuses a language the question does not offer yet", () => {
    expect(() => buildRunRequest(q, "python", "def top_k_cosine(): pass", "submit")).toThrow(/not offered in python/);
  });
});

describe("verifySolutions", () => {
  const result = (verdict: RunResult["verdict"], passed: number, total: number): RunResult => ({ verdict, passed, total, timeMs: 1, tests: [] });

  it("passes when references are Accepted and wrong solutions are refused", async () => {
    const runner: Runner = {
      run: async (req: RunRequest) => (req.source.includes("Ranks by the raw dot product") ? result("WrongAnswer", 4, 7) : result("Accepted", req.tests.length, req.tests.length)),
    };
    const checks = await verifySolutions([q], runner);
    expect(checks.map((c) => `${c.language} ${c.solution} ${c.ok}`)).toEqual([
      "js reference true",
      "js wrong-dot-product true",
      "ts reference true",
      "ts wrong-dot-product true",
    ]);
  });

  it("fails a wrong solution that passes every hidden test and a reference that does not", async () => {
    const runner: Runner = {
      run: async (req) => (req.mode === "run" && !req.source.includes("raw dot") ? result("RuntimeError", 0, 2) : result("Accepted", req.tests.length, req.tests.length)),
    };
    const checks = await verifySolutions([q], runner);
    expect(checks.filter((c) => !c.ok).map((c) => `${c.language} ${c.solution}`)).toEqual(["js reference", "js wrong-dot-product", "ts reference", "ts wrong-dot-product"]);
    expect(checks.find((c) => c.solution === "wrong-dot-product")!.detail).toMatch(/passed every hidden test/);
  });

  it("fails a reference that takes more than half its language's time limit on any test", async () => {
    // every test of q takes 450 ms of CPU: within half of Python's 3000 ms, not of JavaScript's 1000 ms
    const offered: CodingQuestion = { ...full, languages: ["js", "python"] };
    const runner: Runner = {
      run: async (req) => ({
        verdict: "Accepted",
        passed: req.tests.length,
        total: req.tests.length,
        timeMs: 1,
        tests: req.tests.map((t) => ({ id: t.id, status: "Accepted" as const, timeMs: t.id === "hidden-3" ? 510 : 450, stdout: "" })),
      }),
    };
    const checks = await verifySolutions([offered], runner);
    const js = checks.find((c) => c.language === "js" && c.solution === "reference")!;
    const py = checks.find((c) => c.language === "python" && c.solution === "reference")!;
    expect(js.ok).toBe(false);
    expect(js.detail).toMatch(/slowest hidden-3 510\.0 ms of 1000 ms — the reference must finish each test within half the js time limit \(500 ms\)/);
    expect(py.ok).toBe(true);
    expect(py.detail).toMatch(/slowest hidden-3 510\.0 ms of 3000 ms$/);
  });

  it("keeps no more runs in flight than its concurrency and reports sandbox errors per solution", async () => {
    let inFlight = 0;
    let peak = 0;
    const runner: Runner = {
      run: async (req) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        if (req.language === "ts") throw new Error("queue full");
        return result(req.source.includes("raw dot") ? "WrongAnswer" : "Accepted", 1, 1);
      },
    };
    const checks = await verifySolutions([q, q, q], runner, { concurrency: 2 });
    // a reference issues two runs (examples and hidden) at once, so two jobs make at most four
    expect(peak).toBeLessThanOrEqual(4);
    expect(checks).toHaveLength(12);
    expect(checks.filter((c) => c.language === "ts").every((c) => !c.ok && c.detail === "sandbox error: queue full")).toBe(true);
  });
});
