// Before the end-to-end run: an empty database at DATABASE_URL (the app's start migrates it).
// SQLite: the e2e data folder is removed. PostgreSQL (E2E_DATABASE_URL): the database is
// dropped and created again on its server, so name one for the tests alone.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { providerOf } from "../app/db-url";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
if (providerOf(url) === "sqlite") {
  fs.rmSync(path.dirname(path.resolve(url.slice("file:".length))), { recursive: true, force: true });
} else {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`E2E database name must be letters, digits and _, got "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
