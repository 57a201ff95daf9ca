import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("ends a cross join of billions of rows with TimeLimit", async () => {
  const result = await sandbox.runSql(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT count(*) FROM n a, n b, n c",
  );
  expect(result.verdict).toBe("TimeLimit");
  expect(result.tests[0].error).toMatch(/Time limit/);
  await sandbox.expectSqlHealthy();
});
