import { beforeAll, describe, expect, it } from "vitest";
import { isStateful, skillShareTable, summaryLine } from "../../questions/bank-stats.ts";
import { loadBank } from "../../questions/loader.ts";
import { toPublicQuestion } from "../../questions/public-view.ts";
import { buildRunRequest, methodName } from "../../questions/run-request.ts";
import { questionSchema, type CodingQuestion, type Question, type SqlQuestion } from "../../questions/schema.ts";

let bank: Question[];
beforeAll(async () => {
  const loaded = await loadBank("questions");
  expect(loaded.problems).toEqual([]);
  bank = loaded.questions;
});
const byId = <T extends Question>(id: string) => bank.find((q) => q.id === id) as T;

describe("stateful and expected-error tests", () => {
  const base = {
    id: "tiny-counter",
    title: "Counter",
    stage: "coding",
    kind: "coding",
    tracks: ["junior"],
    skills: ["python"],
    difficulty: "easy",
    minutes: 5,
    prompt: "p",
    explanation: "e",
    languages: ["python", "js"],
    entry: { python: "Counter", js: "Counter" },
    starter: { python: "class Counter: pass", js: "class Counter {}" },
    solutions: { python: { reference: "class Counter: pass", wrong: { w: "x" } }, js: { reference: "class Counter {}", wrong: { w: "x" } } },
  };

  it("reads `- method: [args]` calls with expected values and expected errors", () => {
    const parsed = questionSchema.safeParse({
      ...base,
      examples: [{ calls: [{ new: [1] }, { incrementBy: [2] }, { value: [], expected: 3 }] }],
      hidden: [{ calls: [{ new: [-1], raises: "ValueError", throws: "RangeError", message: "negative" }] }],
    });
    expect(parsed.success).toBe(true);
    const q = parsed.data as CodingQuestion;
    expect(q.examples[0].calls).toEqual([{ method: "new", args: [1] }, { method: "incrementBy", args: [2] }, { method: "value", args: [], expected: 3 }]);
    expect(isStateful({ ...q, source: "" })).toBe(true);
  });

  it("asks for an error class in every offered language, and refuses mixed or malformed tests", () => {
    const problems = (extra: object) => {
      const r = questionSchema.safeParse({ ...base, ...extra });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(problems({ examples: [{ calls: [{ new: [] }] }], hidden: [{ calls: [{ new: [] }, { get: [1], raises: "KeyError" }] }] })).toEqual([
      expect.stringMatching(/^hidden\.0\.calls\.1: call expects an error: add throws/),
    ]);
    expect(problems({ examples: [{ calls: [{ get: [1] }] }], hidden: [{ calls: [{ new: [] }, { new: [] }] }] })).toEqual([
      "examples.0.calls.0: must be the constructor: - new: [arguments]",
      "hidden.0.calls.1: new may only be the first call",
    ]);
    expect(problems({ examples: [{ calls: [{ new: [] }, { a: [], b: [] }] }], hidden: [{ calls: [{ new: [] }] }] })[0]).toMatch(/must name exactly one method/);
    expect(problems({ examples: [{ calls: [{ new: [] }] }], hidden: [{ args: [1], expected: 1 }] })).toEqual(
      expect.arrayContaining([expect.stringMatching(/mixes stateful tests/), "signature: is required for function tests"]),
    );
  });

  it("becomes a sandbox sequence, with Python's snake_case method names and its own error class", () => {
    const q = byId<CodingQuestion>("experiment-tracker");
    const py = buildRunRequest(q, "python", "", "submit");
    const js = buildRunRequest(q, "js", "", "submit");
    const seq = (r: typeof py) => r.tests[0].sequence!;
    expect(seq(py).steps[0]).toEqual({ method: "start_run", args: ["a"], expected: 1 });
    expect(seq(js).steps[0]).toEqual({ method: "startRun", args: ["a"], expected: 1 });
    expect(seq(py).steps[1].throws).toEqual({ name: "ValueError", message: "unknown run" });
    expect(seq(js).steps[1].throws).toEqual({ name: "RangeError", message: "unknown run" });
    expect(methodName("getTopK", "python")).toBe("get_top_k");
  });
});

describe("sql questions", () => {
  it("carry expected results computed from the reference query, per dataset", () => {
    const q = byId<SqlQuestion>("sql-spend-per-customer-with-nulls");
    expect(q.expected?.examples[0]).toEqual({ columns: ["customer_id", "name", "total_spend"], rows: [[1, "Ana", 20], [2, "Bo", 0], [3, "Cy", 5.5]] });
    expect(q.expected?.hidden).toHaveLength(q.hidden.length);
    const submit = buildRunRequest(q, "sql", "SELECT 1", "submit");
    expect(submit).toMatchObject({ language: "sql", mode: "submit", compare: { ordered: false, columnNames: false } });
    expect(submit.tests.map((t) => t.expected)).toEqual(q.expected?.hidden);
    // the dataset lists every table, empty when the dataset leaves it out
    expect(submit.tests[1].args[0]).toEqual({ tables: [expect.objectContaining({ name: "customers" }), expect.objectContaining({ name: "orders", rows: [] })] });
  });

  it("show the candidate tables, sample rows and their expected result, never hidden data or the reference", () => {
    for (const q of bank.filter((x): x is SqlQuestion => x.kind === "sql")) {
      const shown = JSON.stringify(toPublicQuestion(q));
      expect(shown).not.toContain(q.solutions.reference.trim().slice(0, 40));
      for (const d of q.hidden) for (const rows of Object.values(d.rows)) for (const r of rows) if (!JSON.stringify(q.examples).includes(JSON.stringify(r))) expect(shown).not.toContain(JSON.stringify(r));
      expect(shown).not.toContain('"hidden"');
    }
    const pub = toPublicQuestion(byId("sql-leaderboard-dense-rank"));
    expect(pub).toMatchObject({ kind: "sql", ordered: true, columnNames: false, samples: [{ expected: { columns: ["rank", "run_id", "val_accuracy"] } }] });
  });
});

describe("questions:check output", () => {
  it("counts sql and stateful questions and prints skill shares next to the report's frequencies", () => {
    const line = summaryLine(bank);
    expect(Number(/ sql=(\d+)/.exec(line)![1])).toBeGreaterThanOrEqual(15);
    expect(Number(/ stateful=(\d+)/.exec(line)![1])).toBeGreaterThanOrEqual(10);
    const table = skillShareTable(bank).split("\n");
    expect(table[0]).toMatch(/^skill\s+questions\s+share\s+report frequency$/);
    expect(table.find((l) => l.startsWith("sql "))).toMatch(/^sql\s+\d+\s+\d+\.\d%\s+17\.1%$/);
  });
});
