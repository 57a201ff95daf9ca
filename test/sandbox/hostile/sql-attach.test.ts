import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("refuses ATTACH (and DETACH) before they run", async () => {
  for (const query of ["ATTACH DATABASE ':memory:' AS other", "ATTACH 'file:/etc/passwd' AS p", "DETACH DATABASE main"]) {
    const result = await sandbox.runSql(query);
    expect(result.verdict, query).toBe("RuntimeError");
    expect(result.tests[0].error).toMatch(/Only a query that reads data is allowed/);
  }
  // Hidden after a comment or a second statement.
  const sneaky = await sandbox.runSql("/* hi */ -- there\n ATTACH ':memory:' AS x");
  expect(sneaky.verdict).toBe("RuntimeError");
  const second = await sandbox.runSql("SELECT 1; ATTACH ':memory:' AS x");
  expect(second.tests[0].error).toMatch(/exactly one query/);
  await sandbox.expectSqlHealthy();
});
