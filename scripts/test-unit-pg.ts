// `npm run test:unit:pg [-- vitest args]`: the unit suite on PostgreSQL (TEST_POSTGRES_URL,
// default postgresql://loopwright:loopwright@127.0.0.1:5432/postgres). Without a PostgreSQL
// server, CI fails and a developer's run skips loudly (see postgresOrSkip).
import { spawnSync } from "node:child_process";
import { postgresOrSkip } from "../test/support/test-database";

if (!(await postgresOrSkip("The unit tests"))) process.exit(0);
const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE: "postgresql" },
});
process.exit(result.status ?? 1);
