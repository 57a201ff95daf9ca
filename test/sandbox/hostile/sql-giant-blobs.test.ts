import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses gigabyte zeroblob/randomblob values within the memory limit (MemoryLimit or RuntimeError)", async () => {
  for (const query of [
    "SELECT length(randomblob(2000000000))",
    "SELECT randomblob(900000000)",
    "SELECT zeroblob(2000000000)",
    "SELECT length(zeroblob(900000000) || zeroblob(900000000))",
    "WITH RECURSIVE n(i, b) AS (SELECT 1, zeroblob(10000000) UNION ALL SELECT i + 1, b FROM n WHERE i < 100) SELECT length(group_concat(b)) FROM n",
  ]) {
    const result = await sandbox.runSql(query);
    expect(["MemoryLimit", "RuntimeError"], query).toContain(result.verdict);
  }
  await sandbox.expectSqlHealthy();
});
