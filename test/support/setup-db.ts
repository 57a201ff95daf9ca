// Runs before each test file: its own copy of the migrated database, so files run in parallel.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";

const file = path.join(os.tmpdir(), `loopwright-test-${crypto.randomUUID()}.db`);
fs.copyFileSync(inject("dbTemplate"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.SESSION_SECRET ??= "test-secret-test-secret-test-secret-0123";
afterAll(() => fs.rmSync(file, { force: true }));
