import { defineConfig } from "@playwright/test";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3123);
// test/e2e/assessments-build.spec.ts listens here with an in-process SMTP receiver; while
// nothing listens, invite mail fails and the app shows the links to copy instead.
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
const dataDir = path.resolve("data/e2e");
// The tests and the server share the database and the session secret, so fixtures can
// create users and sessions directly instead of clicking through forms every time.
// E2E_DATABASE_URL=postgresql://…/lwtest_e2e runs the suite on PostgreSQL; that database is
// dropped and created again first.
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL || `file:${path.join(dataDir, "loopwright.db")}`;
process.env.SESSION_SECRET = "e2e-session-secret-e2e-session-secret-e2e";

export default defineConfig({
  testDir: "test/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Chromium itself calls Google hosts; the app must not, and the tests check it.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
      ],
    },
  },
  webServer: {
    command: "node --import tsx scripts/e2e-reset-db.ts && npm start",
    url: `http://localhost:${PORT}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: process.env.DATABASE_URL,
      SESSION_SECRET: process.env.SESSION_SECRET,
      LOOPWRIGHT_ADMIN_EMAIL: "root@e2e.test",
      LOOPWRIGHT_ADMIN_PASSWORD: "e2e-admin-password",
      // every test signs up from 127.0.0.1
      SIGNUPS_PER_HOUR: "1000",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    },
  },
});
