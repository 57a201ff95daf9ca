// Which database the unit tests run on, and the PostgreSQL helpers for it.
// TEST_DATABASE=postgresql runs the suite on PostgreSQL (`npm run test:unit:pg`): a template
// database is migrated once per run and every test file gets its own copy of it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const DEFAULT_TEST_POSTGRES_URL = "postgresql://loopwright:loopwright@127.0.0.1:5432/postgres";

export type TestDatabase = "sqlite" | "postgresql";

export function testDatabase(env: NodeJS.ProcessEnv = process.env): TestDatabase {
  const value = env.TEST_DATABASE ?? "sqlite";
  if (value === "sqlite" || value === "postgresql") return value;
  throw new Error(`TEST_DATABASE must be sqlite or postgresql, got "${value}"`);
}

/** The server's maintenance database: where test databases are created and dropped. */
export function adminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
}

/** The same server, another database. */
export function urlFor(database: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = new URL(adminUrl(env));
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Every test database is named lwtest_<random>, so a shared server's owner knows what to clean
 * (TEST_DATABASE_PREFIX replaces "lwtest_" where several people share one server).
 */
export const randomDatabaseName = (label = "") =>
  `${process.env.TEST_DATABASE_PREFIX || "lwtest_"}${label ? `${label}_` : ""}${crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`;

/** Runs `fn` with a connection to the maintenance database. */
export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(env), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Null when PostgreSQL answers at TEST_POSTGRES_URL, else why not. */
export async function postgresProblem(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  try {
    await withAdmin((c) => c.query("SELECT 1"), env);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

/** The migration folders of one history, oldest first (Prisma's order: by folder name). */
export function migrationFolders(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((n) => fs.statSync(path.join(dir, n)).isDirectory())
    .sort();
}

export const SQLITE_MIGRATIONS = path.resolve("prisma/migrations");
export const POSTGRES_MIGRATIONS = path.resolve("prisma/postgresql/migrations");

/** Creates `name` and applies the PostgreSQL history to it, as `migrate deploy` would (minus its bookkeeping table). */
export async function createMigratedDatabase(name: string): Promise<string> {
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = urlFor(name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const folder of migrationFolders(POSTGRES_MIGRATIONS)) {
      // One simple-protocol query per file: PostgreSQL runs the whole script, atomically.
      await client.query(fs.readFileSync(path.join(POSTGRES_MIGRATIONS, folder, "migration.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
  return url;
}

/** Copies `template` (nobody may be connected to it) into a new database. */
export async function createFromTemplate(name: string, template: string): Promise<string> {
  await withAdmin(async (c) => {
    // Two files copying one template at the same instant can collide ("source database is
    // being accessed by other users"): that is a moment's contention, so try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
  return urlFor(name);
}

/** Drops every database randomDatabaseName(label…) made, whoever forgot it. */
export async function dropDatabasesLabelled(label: string): Promise<void> {
  const prefix = `${process.env.TEST_DATABASE_PREFIX || "lwtest_"}${label}_`;
  const { rows } = await withAdmin((c) => c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]));
  for (const { datname } of rows) await dropDatabase(datname);
}

export async function dropDatabase(name: string): Promise<void> {
  // FORCE: a client the test left open must not keep its database alive.
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * For the scripts that run a suite on PostgreSQL: true when it answers. When it does not, CI
 * (CI=true) stops with how to start it, and a developer's run says loudly that it skipped.
 */
export async function postgresOrSkip(what: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const problem = await postgresProblem(env);
  if (!problem) return true;
  const where = adminUrl(env).replace(/:[^:@/]*@/, ":***@");
  const how =
    "Start it with `pg_ctlcluster 15 main start` (Debian: `apt-get install -y postgresql` first), create a role that may " +
    "CREATEDB (`su postgres -c \"psql -c \\\"CREATE ROLE loopwright LOGIN PASSWORD 'loopwright' CREATEDB\\\"\"`), " +
    "or set TEST_POSTGRES_URL.";
  if (env.CI === "true" || env.CI === "1") {
    console.error(`${what}: PostgreSQL not reachable at ${where} (${problem}). ${how}`);
    process.exit(1);
  }
  const line = "=".repeat(100);
  console.warn(`${line}\nskipped: PostgreSQL not reachable at ${where} (${problem}).\n${what} did NOT run on PostgreSQL. ${how}\n${line}`);
  return false;
}
