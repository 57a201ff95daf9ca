import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses PRAGMA statements, and a query cannot change the data it is graded on", async () => {
  for (const query of ["PRAGMA writable_schema = ON", "PRAGMA max_page_count = 1", "pragma journal_mode", "VACUUM", "DROP TABLE t", "CREATE TABLE u(x)"]) {
    const result = await sandbox.runSql(query);
    expect(result.verdict, query).toBe("RuntimeError");
  }
  const write = await sandbox.runSql("WITH z AS (SELECT 1) INSERT INTO t SELECT 4 FROM z");
  expect(write.verdict).toBe("RuntimeError");
  // Read-only pragma functions inside a SELECT change nothing and are allowed.
  const tableInfo = await sandbox.runSql("SELECT name FROM pragma_table_info('t')");
  expect(tableInfo.tests[0].status).toBe("WrongAnswer");
  await sandbox.expectSqlHealthy();
});
