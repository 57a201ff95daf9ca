// The two migration histories (prisma/migrations for SQLite, prisma/postgresql/migrations for
// PostgreSQL) must build the same database as the models say, with the same rows.
// Checks that need PostgreSQL run in the PostgreSQL run (`npm run test:unit:pg`).
import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { render, TARGETS } from "../../scripts/generate-schemas";
import {
  dropDatabase,
  migrationFolders,
  POSTGRES_MIGRATIONS,
  randomDatabaseName,
  SQLITE_MIGRATIONS,
  testDatabase,
  urlFor,
  withAdmin,
} from "../support/test-database";

/** The last SQLite migration the PostgreSQL baseline reproduces; every later one needs a twin. */
const BASELINE = "20261122170000_baseline";
const BASELINE_COVERS_UP_TO = "202612062602_integrity_away_duration";

const run = promisify(execFile);
const onPostgres = testDatabase() === "postgresql";

/** The Prisma CLI as `npm run prisma` runs it (offline: adapter mode, no engine download). */
async function prisma(args: string[], databaseUrl: string) {
  try {
    return await run(path.resolve("node_modules/.bin/prisma"), args, {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: path.resolve("package.json"),
        CHECKPOINT_DISABLE: "1",
        PRISMA_SHADOW_DATABASE_PREFIX: "lwtest_shadow_",
      },
    });
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    throw new Error(`prisma ${args.join(" ")} exited with ${e.code}:\n${e.stdout}\n${e.stderr}`);
  }
}

/** Replays a history into an empty shadow database and compares it with the schema; empty diff or it throws. */
async function expectHistoryMatchesSchema(migrations: string, schema: string, databaseUrl: string) {
  const { stdout } = await prisma(
    ["migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--exit-code"],
    databaseUrl,
  );
  expect(stdout).toContain("No difference detected");
}

const tmpFiles: string[] = [];
afterAll(() => tmpFiles.forEach((f) => fs.rmSync(f, { force: true })));
function tmpSqliteUrl() {
  const file = path.join(os.tmpdir(), `loopwright-drift-${crypto.randomUUID()}.db`);
  tmpFiles.push(file, `${file}-journal`);
  return { file, url: `file:${file}` };
}

describe("migration histories", () => {
  it("the generated schemas are what prisma/models.prisma gives (npm run db:schemas)", () => {
    const models = fs.readFileSync("prisma/models.prisma", "utf8");
    for (const target of TARGETS) expect(fs.readFileSync(target.schema, "utf8"), target.schema).toBe(render(target, models));
  });

  it("every SQLite migration after the baseline has a PostgreSQL twin of the same name, and no twin is orphaned", () => {
    const sqlite = migrationFolders(SQLITE_MIGRATIONS);
    const postgres = migrationFolders(POSTGRES_MIGRATIONS);
    expect(postgres[0]).toBe(BASELINE);
    expect(sqlite).toContain(BASELINE_COVERS_UP_TO);
    const needTwins = sqlite.filter((name) => name > BASELINE_COVERS_UP_TO);
    expect(postgres.slice(1), "PostgreSQL twins (prisma/postgresql/migrations) of the SQLite migrations").toEqual(needTwins);
  });

  it.skipIf(onPostgres)("SQLite: the history replayed into an empty database matches prisma/schema.prisma", async () => {
    await expectHistoryMatchesSchema("prisma/migrations", "prisma/schema.prisma", tmpSqliteUrl().url);
  }, 120_000);

  it.runIf(onPostgres)("PostgreSQL: the history replayed into an empty database matches prisma/postgresql/schema.prisma", async () => {
    await expectHistoryMatchesSchema("prisma/postgresql/migrations", "prisma/postgresql/schema.prisma", urlFor("postgres"));
  }, 180_000);

  it.runIf(onPostgres)("both histories, deployed with `prisma migrate deploy`, hold the same rows (roles, permissions, bars, settings)", async () => {
    const sqlite = tmpSqliteUrl();
    await prisma(["migrate", "deploy"], sqlite.url);
    const name = randomDatabaseName("deploy");
    await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
    try {
      await prisma(["migrate", "deploy"], urlFor(name));
      const fromSqlite = sqliteRows(sqlite.file);
      const fromPostgres = await postgresRows(urlFor(name));
      expect(Object.keys(fromSqlite)).toEqual(expect.arrayContaining(["Permission", "Role", "_PermissionToRole"]));
      expect(fromPostgres).toEqual(fromSqlite);
    } finally {
      await dropDatabase(name);
    }
  }, 180_000);
});

type Rows = Record<string, string[]>;
// Values compared as text, timestamps left out (CURRENT_TIMESTAMP differs by design).
const TIME_COLUMNS = /At$/;
const rowKey = (row: Record<string, unknown>) =>
  JSON.stringify(
    Object.entries(row)
      .filter(([column]) => !TIME_COLUMNS.test(column))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([column, value]) => [column, value === null ? null : String(value)]),
  );

function sqliteRows(file: string): Rows {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
      .all() as { name: string }[];
    const out: Rows = {};
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      if (rows.length) out[name] = rows.map(rowKey).sort();
    }
    return out;
  } finally {
    db.close();
  }
}

async function postgresRows(url: string): Promise<Rows> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
    );
    const out: Rows = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query(`SELECT * FROM "${name}"`);
      if (rows.length) out[name] = rows.map(rowKey).sort();
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  } finally {
    await client.end();
  }
}
