import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("ends a recursive CTE that never stops with TimeLimit, and the next query is fine", async () => {
  const result = await sandbox.runSql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n");
  expect(result.verdict).toBe("TimeLimit");
  // Rows streamed out instead of counted: the row cap stops it first.
  const rows = await sandbox.runSql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n");
  expect(["RuntimeError", "TimeLimit"]).toContain(rows.verdict);
  await sandbox.expectSqlHealthy();
});
