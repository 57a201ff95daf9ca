import { describe, expect, it } from "vitest";
import { runRequestSchema, type RunRequest, type RunResult } from "../../sandbox/protocol.ts";
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
