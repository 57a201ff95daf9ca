// The end-to-end tests named on the command line, with the app and the tests on a new
// PostgreSQL database instead of the SQLite file, when a server answers at TEST_POSTGRES_URL:
//   TEST_POSTGRES_URL=postgresql://user:pass@127.0.0.1:5432/loopwright_test \
//     node --import tsx test/e2e/on-postgres.ts test/e2e/two-servers.spec.ts
// Without one it says so and succeeds, as the PostgreSQL unit tests skip.
import { spawnSync } from "node:child_process";
import { freshPostgresDatabase, postgresAnswers } from "../support/postgres";

if (!(await postgresAnswers())) {
  console.log("No PostgreSQL answers at TEST_POSTGRES_URL: the end-to-end tests on PostgreSQL are skipped.");
  process.exit(0);
}
// empty: `npm start` (the webServer) applies the migrations, as it would in production
const database = await freshPostgresDatabase("e2e", { migrated: false });
let status = 1;
try {
  const run = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: database.url },
  });
  status = run.status ?? 1;
} finally {
  await database.drop();
}
process.exit(status);
