// Runs before each test file: its own copy of the migrated database, so files run in parallel.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { createFromTemplate, dropDatabase, randomDatabaseName, testDatabase } from "./test-database";

process.env.SESSION_SECRET ??= "test-secret-test-secret-test-secret-0123";

if (testDatabase() === "postgresql") {
  const name = randomDatabaseName(inject("dbRun"));
  process.env.DATABASE_URL = await createFromTemplate(name, inject("dbTemplate"));
  afterAll(async () => {
    const { prisma } = await import("../../app/db.server");
    await prisma.$disconnect();
    await dropDatabase(name);
  });
} else {
  const file = path.join(os.tmpdir(), `loopwright-test-${crypto.randomUUID()}.db`);
  fs.copyFileSync(inject("dbTemplate"), file);
  process.env.DATABASE_URL = `file:${file}`;
  // WAL mode (app/db.server.ts) keeps a log and an index next to the file
  afterAll(() => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  });
}
