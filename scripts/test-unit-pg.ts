// `npm run test:unit:pg [-- vitest args]`: the unit suite on PostgreSQL (TEST_POSTGRES_URL,
// default postgresql://loopwright:loopwright@127.0.0.1:5432/postgres).
// No PostgreSQL answering: CI (CI=true) fails and says how to start one; a developer's run
// says loudly that it skipped and succeeds, so `npm test` stays usable on a laptop without it.
import { spawnSync } from "node:child_process";
import { adminUrl, postgresProblem } from "../test/support/test-database";

const problem = await postgresProblem();
if (problem) {
  const where = adminUrl().replace(/:[^:@/]*@/, ":***@");
  const how =
    "Start it with `pg_ctlcluster 15 main start` (Debian: `apt-get install -y postgresql` first), create a role that may " +
    "CREATEDB (`su postgres -c \"psql -c \\\"CREATE ROLE loopwright LOGIN PASSWORD 'loopwright' CREATEDB\\\"\"`), " +
    "or set TEST_POSTGRES_URL.";
  if (process.env.CI === "true" || process.env.CI === "1") {
    console.error(`test:unit:pg: PostgreSQL not reachable at ${where} (${problem}). ${how}`);
    process.exit(1);
  }
  const line = "=".repeat(100);
  console.warn(`${line}\nskipped: PostgreSQL not reachable at ${where} (${problem}).\nThe unit tests did NOT run on PostgreSQL. ${how}\n${line}`);
  process.exit(0);
}

const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE: "postgresql" },
});
process.exit(result.status ?? 1);
