// Build one migrated template database per test run; each test file gets its own copy of it
// (SQLite: a copied file; PostgreSQL with TEST_DATABASE=postgresql: CREATE DATABASE … TEMPLATE).
import Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  adminUrl,
  createMigratedDatabase,
  dropDatabase,
  dropDatabasesLabelled,
  migrationFolders,
  postgresProblem,
  randomDatabaseName,
  SQLITE_MIGRATIONS,
  testDatabase,
} from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the template file's path; PostgreSQL: the template database's name. */
    dbTemplate: string;
    /** PostgreSQL: the label every database of this run carries, so the run can drop them all. */
    dbRun: string;
  }
}

export default async function setup(project: TestProject) {
  if (testDatabase() === "postgresql") {
    const problem = await postgresProblem();
    if (problem) {
      throw new Error(
        `PostgreSQL is not reachable at ${adminUrl()} (${problem}). Start it with ` +
          "`pg_ctlcluster 15 main start`, or point TEST_POSTGRES_URL at a server where the role may CREATEDB.",
      );
    }
    const run = crypto.randomBytes(4).toString("hex");
    const template = randomDatabaseName(`${run}_template`);
    await createMigratedDatabase(template);
    project.provide("dbTemplate", template);
    project.provide("dbRun", run);
    // a file whose tests are all skipped never runs its afterAll: its copy is dropped here
    return async () => {
      await dropDatabase(template);
      await dropDatabasesLabelled(run);
    };
  }

  const template = path.join(os.tmpdir(), `loopwright-test-template-${crypto.randomUUID()}.db`);
  const db = new Database(template);
  for (const name of migrationFolders(SQLITE_MIGRATIONS)) {
    db.exec(fs.readFileSync(path.join(SQLITE_MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  db.close();
  project.provide("dbTemplate", template);
  return () => fs.rmSync(template, { force: true });
}
