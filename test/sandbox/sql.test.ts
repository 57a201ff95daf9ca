import { describe, expect, it } from "vitest";
import { runTrustedQuery, type SqlDataset } from "../../sandbox/sql-host";
import { rowDiff } from "../../sandbox/sql-compare";
import { usePool } from "./helpers";

const sandbox = usePool();

const dataset: SqlDataset = {
  tables: [
    {
      name: "orders",
      columns: [
        { name: "id", type: "INTEGER" },
        { name: "customer", type: "TEXT" },
        { name: "amount", type: "REAL" },
      ],
      rows: [
        [1, "ana", 10],
        [2, "ana", null],
        [3, "bo", 2.5],
      ],
    },
  ],
};
const expected = { columns: ["customer", "total"], rows: [["ana", 10], ["bo", 2.5]] };

function runSql(source: string, opts: { mode?: "run" | "submit"; ordered?: boolean; columnNames?: boolean } = {}) {
  return sandbox.run({
    language: "sql",
    entry: "query",
    mode: opts.mode ?? "run",
    source,
    tests: [{ id: "d1", args: [dataset], expected }],
    compare: { ordered: opts.ordered, columnNames: opts.columnNames },
    limits: { timeMsPerTest: 1_000, memoryMb: 32, wallMs: 10_000 },
  });
}

describe("SQL in the sandbox", () => {
  it("accepts a query whose rows match as a multiset, whatever their order and column names", async () => {
    const result = await runSql("SELECT customer AS c, SUM(amount) FROM orders GROUP BY customer ORDER BY customer DESC");
    expect(result.tests[0].error).toBeUndefined();
    expect(result.verdict).toBe("Accepted");
    expect(result.tests[0].actual).toEqual({ columns: ["c", "SUM(amount)"], rows: [["bo", 2.5], ["ana", 10]] });
  });

  it("compares order and column names when the question says so", async () => {
    expect((await runSql("SELECT customer, SUM(amount) AS total FROM orders GROUP BY 1 ORDER BY 1 DESC", { ordered: true })).verdict).toBe("WrongAnswer");
    expect((await runSql("SELECT customer, SUM(amount) AS sum FROM orders GROUP BY 1", { columnNames: true })).verdict).toBe("WrongAnswer");
    expect((await runSql("SELECT customer, SUM(amount) AS total FROM orders GROUP BY 1 ORDER BY 1", { ordered: true, columnNames: true })).verdict).toBe("Accepted");
  });

  it("reports a wrong answer with the rows that differ", async () => {
    const result = await runSql("SELECT customer, SUM(amount) FROM orders WHERE amount > 5 GROUP BY customer");
    expect(result.verdict).toBe("WrongAnswer");
    const actual = result.tests[0].actual as { rows: unknown[][] };
    expect(rowDiff(actual.rows, expected.rows)).toEqual({ extra: [], missing: [1] });
  });

  it("turns SQL errors into a runtime error with SQLite's message", async () => {
    const result = await runSql("SELECT nope FROM orders");
    expect(result.verdict).toBe("RuntimeError");
    expect(result.tests[0].error).toMatch(/no such column: nope/);
  });

  it("refuses statements that are not a single query", async () => {
    const two = await runSql("SELECT 1; SELECT 2");
    expect(two.tests[0].error).toMatch(/exactly one query/);
    const del = await runSql("WITH x AS (SELECT 1) DELETE FROM orders");
    expect(del.verdict).toBe("RuntimeError");
  });

  it("computes the same result on the host for trusted reference queries", async () => {
    const host = await runTrustedQuery(dataset, "SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer");
    expect(host).toEqual({ ok: true, result: expected });
  });
});
