// The end-to-end tests named on the command line with the app and the tests on a new
// PostgreSQL database instead of the SQLite file (the server at TEST_POSTGRES_URL, as for
// `npm run test:unit:pg`):
//   node --import tsx test/e2e/on-postgres.ts test/e2e/two-servers.spec.ts
// No PostgreSQL answering: CI fails, a developer's run says loudly that it skipped.
import { spawnSync } from "node:child_process";
import { adminUrl, dropDatabase, postgresProblem, randomDatabaseName, urlFor, withAdmin } from "../support/test-database";

const problem = await postgresProblem();
if (problem) {
  const message = `PostgreSQL not reachable at ${adminUrl().replace(/:[^:@/]*@/, ":***@")} (${problem}): the end-to-end tests did NOT run on PostgreSQL.`;
  if (process.env.CI === "true" || process.env.CI === "1") {
    console.error(message);
    process.exit(1);
  }
  const line = "=".repeat(100);
  console.warn(`${line}\nskipped: ${message}\n${line}`);
  process.exit(0);
}
// empty: `npm start` (the webServer) applies the migrations, as it does in production
const name = randomDatabaseName("e2e");
await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
let status = 1;
try {
  const run = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: urlFor(name) },
  });
  status = run.status ?? 1;
} finally {
  await dropDatabase(name);
}
process.exit(status);
