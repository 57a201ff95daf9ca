import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "#app": path.resolve("app"),
      "#sandbox": path.resolve("sandbox"),
      "#questions": path.resolve("questions"),
    },
  },
  test: {
    include: ["test/**/*.test.ts", "app/**/*.test.ts", "sandbox/**/*.test.ts", "questions/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    // isolated-vm needs this flag in any process that loads it (Node 20)
    execArgv: ["--no-node-snapshot"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/setup-db.ts"],
    testTimeout: 30_000,
    // On PostgreSQL a test file's first bank sync (hundreds of questions, a few statements
    // each, over the network) takes many seconds more than in-process SQLite on a busy machine.
    hookTimeout: process.env.TEST_DATABASE === "postgresql" ? 180_000 : 60_000,
  },
});
