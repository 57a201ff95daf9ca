// Build one migrated SQLite template per test run; each test file copies it.
import Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}

export default function setup(project: TestProject) {
  const template = path.join(os.tmpdir(), `loopwright-test-template-${crypto.randomUUID()}.db`);
  const db = new Database(template);
  const dir = path.resolve("prisma/migrations");
  for (const name of fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isDirectory()).sort()) {
    db.exec(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  }
  db.close();
  project.provide("dbTemplate", template);
  return () => fs.rmSync(template, { force: true });
}
