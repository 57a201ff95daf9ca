import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("has no load_extension", async () => {
  const result = await sandbox.runSql("SELECT load_extension('/usr/lib/x86_64-linux-gnu/libc.so.6')");
  expect(result.verdict).toBe("RuntimeError");
  expect(result.tests[0].error).toMatch(/no such function: load_extension/);
  await sandbox.expectSqlHealthy();
});
