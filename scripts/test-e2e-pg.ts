// `npm run test:e2e:pg [-- playwright args]`: end-to-end specs on PostgreSQL, in a database
// lwtest_e2e_<random> on TEST_POSTGRES_URL's server, dropped after. Without arguments, the
// representative subset `npm test` runs (a whole round with code runs, accounts, reviewing, two web servers on one database);
// the whole suite on PostgreSQL: `npm run test:e2e:pg -- test/e2e`.
import { spawnSync } from "node:child_process";
import { dropDatabase, postgresOrSkip, randomDatabaseName, urlFor } from "../test/support/test-database";

export const PG_E2E_SUBSET = ["test/e2e/round.spec.ts", "test/e2e/accounts.spec.ts", "test/e2e/reviews.spec.ts", "test/e2e/two-servers.spec.ts"];

if (!(await postgresOrSkip("The end-to-end tests"))) process.exit(0);
const name = randomDatabaseName("e2e");
const args = process.argv.slice(2);
let status = 1;
try {
  // the config drops and creates this database before starting the app on it
  const result = spawnSync("npx", ["playwright", "test", ...(args.length ? args : PG_E2E_SUBSET)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: urlFor(name) },
  });
  status = result.status ?? 1;
} finally {
  await dropDatabase(name);
}
process.exit(status);
